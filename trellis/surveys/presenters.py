"""What the survey round and questionnaire pages show, worked out here so
templates stay plain."""

from collections.abc import Iterable
from dataclasses import dataclass

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from .instruments import get_instruments
from .models import Question, RoundStatus, SurveyRound
from .statistics import fewer_than, reportable

STATUS_COLOURS = {RoundStatus.NOT_OPEN: "grey", RoundStatus.OPEN: "green",
                  RoundStatus.CLOSED: "blue"}


def day(value) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def public_link(survey_round: SurveyRound) -> str:
    """The full address people answer from (SITE_URL is the public address)."""
    path = reverse("surveys_public:start", args=[survey_round.token])
    return settings.SITE_URL.rstrip("/") + path


def qr_code(link: str) -> SafeString:
    """The link as an inline SVG QR code, with a title for screen readers."""
    svg = segno.make(link, error="m").svg_inline(
        scale=8, border=4, title="QR code for the survey link", svgclass="trellis-qr")
    return mark_safe(svg)  # noqa: S308 - segno builds the SVG from the escaped link


@dataclass(frozen=True)
class RoundRow:
    round: SurveyRound
    status: str
    status_text: str
    colour: str
    dates: str
    responses: str
    asks: str
    url: str


def responses_text(n: int, minimum: int) -> str:
    """How many responses a round has, as anyone may see it: below the organisation's
    minimum only "Fewer than N responses", since even a count can identify people."""
    if n == 0:
        return "No responses yet"
    if not reportable(n, minimum):
        return fewer_than(minimum)
    return f"{n} response{'s' if n != 1 else ''}"


def asks(survey_round: SurveyRound) -> str:
    """What the round asks, in a few words: "AIM, FIM and Family feedback"."""
    instruments = get_instruments()
    names = [instruments[s].short_name for s in survey_round.instrument_slugs
             if s in instruments]
    if survey_round.questionnaire_id:
        names.append(survey_round.questionnaire.name)
    if len(names) > 1:
        return f"{', '.join(names[:-1])} and {names[-1]}"
    return "".join(names)


def round_rows(project_pk: int, rounds: Iterable[SurveyRound],
               minimum: int) -> list[RoundRow]:
    """Rows for rounds annotated with their `response_count`."""
    today = timezone.localdate()
    rows = []
    for r in rounds:
        status = r.status(today)
        rows.append(RoundRow(
            round=r, status=status, status_text=RoundStatus(status).label,
            colour=STATUS_COLOURS[status],
            dates=f"{day(r.opens_on)} to {day(r.closes_on)}",
            responses=responses_text(r.response_count, minimum),
            asks=asks(r), url=reverse("surveys:round", args=[project_pk, r.pk])))
    return rows


@dataclass(frozen=True)
class InstrumentNote:
    name: str
    short_name: str
    citation: str
    source_url: str
    licence: str


def instrument_notes(survey_round: SurveyRound) -> list[InstrumentNote]:
    instruments = get_instruments()
    return [InstrumentNote(i.name, i.short_name, i.citation, i.source_url, i.licence)
            for i in (instruments[s] for s in survey_round.instrument_slugs
                      if s in instruments)]


@dataclass(frozen=True)
class QuestionRow:
    question: Question
    number: int
    kind: str
    detail: str
    first: bool
    last: bool


def question_rows(questions: list[Question]) -> list[QuestionRow]:
    rows = []
    for n, q in enumerate(questions, start=1):
        detail = ""
        if q.option_list:
            detail = "Options: " + "; ".join(q.option_list)
        elif q.minimum is not None or q.maximum is not None:
            low = f"{q.minimum:,}" if q.minimum is not None else "any"
            high = f"{q.maximum:,}" if q.maximum is not None else "any"
            detail = f"From {low} to {high}"
        rows.append(QuestionRow(q, n, q.get_kind_display(), detail, n == 1,
                                n == len(questions)))
    return rows
