"""One round's results: each instrument's scores with their spread and a
distribution per item, a summary per questionnaire question, the free-text
answers for team editors, and hiding those that could identify someone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q

from trellis.organisations.models import User, audit

from .. import answers as kinds
from ..instruments import Instrument, ScalePoint, get_instruments
from ..models import Answer, Question, ResponseScore, SurveyRound
from ..statistics import (
    Distribution,
    Summary,
    distribution_from_counts,
    fewer_than,
    reportable,
    summarise_counts,
)
from .common import number_text, percent_text, score_text

FREE_TEXT_SHOWN = 500  # free-text answers listed on the page; the download has them all


# Fill colours for the five points of an agreement or faces scale, from the
# disagreeing end (GOV.UK red) through grey to the agreeing end (GOV.UK green),
# and for the options of a choice question. The numbers are always in a table
# beside the bar, so colour is never the only way to read them.
SCALE_COLOURS = ("#d4351c", "#f47738", "#b1b4b6", "#85994b", "#00703c")
OPTION_COLOURS = ("#1d70b8", "#4c2c92", "#28a197", "#f499be", "#b58840", "#912b88",
                  "#003078", "#6f72af", "#85994b", "#d53880")


@dataclass(frozen=True)
class Segment:
    """One band of a distribution bar: where it starts and how wide it is (in
    percent of the bar), its colour, and what it stands for."""

    label: str
    count: int
    percent: float
    start: int
    width: int
    colour: str

    @property
    def percent_text(self) -> str:
        return percent_text(self.percent)


@dataclass(frozen=True)
class Bar:
    """A distribution drawn as one stacked bar, with the same figures for a table."""

    segments: tuple[Segment, ...]
    answered: int
    skipped: int

    @property
    def drawn(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.width)


def bar(distribution: Distribution, colours: Sequence[str] = SCALE_COLOURS) -> Bar:
    segments, start = [], 0
    for index, band in enumerate(distribution.bands):
        segments.append(Segment(band.label, band.count, band.percent, start, band.rounded,
                                colours[index % len(colours)]))
        start += band.rounded
    return Bar(tuple(segments), distribution.answered, distribution.skipped)


@dataclass(frozen=True)
class ScoreResult:
    """One score of an instrument over the round's responses: the total, or an
    ORIC subscale. `not_scored` counts responses that skipped too many items."""

    key: str
    name: str
    summary: Summary
    not_scored: int

    @property
    def mean(self) -> str:
        return score_text(self.summary.mean)

    @property
    def median(self) -> str:
        return score_text(self.summary.median)

    @property
    def quartiles(self) -> str:
        s = self.summary
        if s.lower_quartile is None:
            return ""
        return f"{score_text(s.lower_quartile)} to {score_text(s.upper_quartile)}"


@dataclass(frozen=True)
class ItemResult:
    number: int
    text: str
    subscale: str
    bar: Bar


@dataclass(frozen=True)
class InstrumentResult:
    slug: str
    name: str
    short_name: str
    citation: str
    source_url: str
    scores: tuple[ScoreResult, ...]
    items: tuple[ItemResult, ...]

    @property
    def total(self) -> ScoreResult:
        return self.scores[0]

    @property
    def subscales(self) -> tuple[ScoreResult, ...]:
        return self.scores[1:]


@dataclass(frozen=True)
class Choice:
    """How many respondents chose one option of a multiple-choice question, as a
    share of those who answered it (the shares can add up to more than 100%)."""

    label: str
    count: int
    percent: float

    @property
    def percent_text(self) -> str:
        return percent_text(self.percent)


@dataclass(frozen=True)
class QuestionResult:
    number: int
    question: Question
    answered: int
    skipped: int
    bar: Bar | None = None  # agreement, faces and single choice
    choices: tuple[Choice, ...] = ()  # multiple choice
    summary: Summary | None = None  # number
    shown_text: int = 0  # free text: answers not hidden

    @property
    def kind(self) -> str:
        return self.question.kind

    @property
    def is_text(self) -> bool:
        return self.question.kind == kinds.TEXT

    def statistic(self, name: str) -> str:
        return number_text(getattr(self.summary, name)) if self.summary else ""


@dataclass(frozen=True)
class RoundResults:
    round: SurveyRound
    minimum: int
    responses: int
    instruments: tuple[InstrumentResult, ...] = ()
    questions: tuple[QuestionResult, ...] = ()

    @property
    def reportable(self) -> bool:
        return reportable(self.responses, self.minimum)

    @property
    def notice(self) -> str:
        return fewer_than(self.minimum)

    @property
    def text_questions(self) -> tuple[QuestionResult, ...]:
        return tuple(q for q in self.questions if q.is_text)


def _scale_points(question: Question) -> list[ScalePoint]:
    if question.kind == kinds.AGREEMENT:
        labels: Sequence[str] = kinds.AGREEMENT_LABELS
    elif question.kind == kinds.FACES:
        labels = kinds.FACES_LABELS
    else:
        labels = question.option_list
    return [ScalePoint(n, label) for n, label in enumerate(labels, start=1)]


def _known(counts: dict, points: Sequence[ScalePoint]) -> dict[int, int]:
    """Counts of values on the scale; anything else (an option removed since, which
    cannot happen once a questionnaire is answered) is left out, not an error."""
    values = {p.value for p in points}
    return {v: n for v, n in counts.items() if v in values}


def _instrument_result(instrument: Instrument, intervention: str, responses: int,
                       scores: dict, items: dict) -> InstrumentResult:
    names = {s.slug: s.name for s in instrument.subscales}
    score_results = []
    for key in instrument.score_keys:
        counts = scores.get(key, {})
        name = f"{instrument.short_name} score" if key == "total" else names[key]
        score_results.append(ScoreResult(key, name, summarise_counts(counts),
                                         counts.get(None, 0)))
    item_results = []
    for item in instrument.items:
        counts = _known(items.get(item.number, {}), instrument.scale)
        answered = sum(counts.values())
        distribution = distribution_from_counts(counts, instrument.scale,
                                                skipped=max(responses - answered, 0))
        item_results.append(ItemResult(item.number, instrument.item_text(item, intervention),
                                       names.get(item.subscale or "", ""), bar(distribution)))
    return InstrumentResult(instrument.slug, instrument.name, instrument.short_name,
                            instrument.citation, instrument.source_url,
                            tuple(score_results), tuple(item_results))


def _question_result(number: int, question: Question, responses: int, counts: dict,
                     respondents: dict) -> QuestionResult:
    kind = question.kind
    if kind in (kinds.AGREEMENT, kinds.FACES, kinds.SINGLE):
        points = _scale_points(question)
        known = _known(counts, points)
        answered = sum(known.values())
        colours = OPTION_COLOURS if kind == kinds.SINGLE else SCALE_COLOURS
        distribution = distribution_from_counts(known, points,
                                                skipped=max(responses - answered, 0))
        return QuestionResult(number, question, answered, responses - answered,
                              bar=bar(distribution, colours))
    if kind == kinds.MULTIPLE:
        answered, _ = respondents.get(question.pk, (0, 0))
        known = _known(counts, _scale_points(question))
        choices = tuple(Choice(label, known.get(n, 0),
                               known.get(n, 0) * 100 / answered if answered else 0.0)
                        for n, label in enumerate(question.option_list, start=1))
        return QuestionResult(number, question, answered, responses - answered,
                              choices=choices)
    if kind == kinds.NUMBER:
        summary = summarise_counts(counts)
        return QuestionResult(number, question, summary.n, responses - summary.n,
                              summary=summary)
    answered, shown = respondents.get(question.pk, (0, 0))
    return QuestionResult(number, question, answered, responses - answered, shown_text=shown)


def round_results(survey_round: SurveyRound, minimum: int) -> RoundResults:
    """The round's results, or only its response count when it is below `minimum`.
    Expects the round's instruments (and questionnaire) as get_round_for_user
    fetches them. At most six queries, whatever the number of responses."""
    responses = survey_round.responses.count()
    if not reportable(responses, minimum):
        return RoundResults(survey_round, minimum, responses)
    known = get_instruments()
    slugs = [s for s in survey_round.instrument_slugs if s in known]
    instruments = []
    if slugs:
        scores: dict[str, dict] = defaultdict(lambda: defaultdict(dict))
        for slug, scale, value, n in (
                ResponseScore.objects.filter(round=survey_round, instrument__in=slugs)
                .values_list("instrument", "scale", "value").annotate(n=Count("pk"))
                .order_by()):
            scores[slug][scale][value] = n
        items: dict[str, dict] = defaultdict(lambda: defaultdict(dict))
        for slug, number, value, n in (
                Answer.objects.filter(round=survey_round, instrument__in=slugs)
                .exclude(value=None).values_list("instrument", "item", "value")
                .annotate(n=Count("pk")).order_by()):
            items[slug][number][value] = n
        instruments = [_instrument_result(known[slug], survey_round.intervention_name,
                                          responses, scores[slug], items[slug])
                       for slug in slugs]
    questions = []
    if survey_round.questionnaire_id:
        asked = list(survey_round.questionnaire.questions.all())
        questions = _question_results(survey_round, asked, responses)
    return RoundResults(survey_round, minimum, responses, tuple(instruments), tuple(questions))


def _question_results(survey_round: SurveyRound, asked: list[Question],
                      responses: int) -> list[QuestionResult]:
    counts: dict[int, dict] = defaultdict(dict)
    valued = [q.pk for q in asked if q.kind != kinds.TEXT]
    if valued:
        for question_pk, value, n in (
                Answer.objects.filter(round=survey_round, question__in=valued)
                .exclude(value=None).values_list("question_id", "value")
                .annotate(n=Count("pk")).order_by()):
            counts[question_pk][value] = n
    # Multiple choice has a row per option chosen, and free text may be hidden:
    # count the people who answered (and, for free text, the answers shown).
    per_person = [q.pk for q in asked if q.kind in (kinds.MULTIPLE, kinds.TEXT)]
    respondents: dict[int, tuple[int, int]] = {}
    if per_person:
        for question_pk, people, shown in (
                Answer.objects.filter(round=survey_round, question__in=per_person)
                .values_list("question_id")
                .annotate(people=Count("response", distinct=True),
                          shown=Count("pk", filter=Q(hidden=False) & ~Q(text="")))
                .order_by()):
            respondents[question_pk] = (people, shown)
    return [_question_result(n, q, responses, counts[q.pk], respondents)
            for n, q in enumerate(asked, start=1)]


@dataclass(frozen=True)
class FreeText:
    pk: int
    text: str


@dataclass(frozen=True)
class FreeTextGroup:
    question: QuestionResult
    answers: tuple[FreeText, ...]

    @property
    def more(self) -> int:
        """Answers not listed on the page (they are in the responses download)."""
        return self.question.shown_text - len(self.answers)


def free_text(results: RoundResults, limit: int = FREE_TEXT_SHOWN) -> list[FreeTextGroup]:
    """The free-text answers not hidden, by question, for team editors: nothing for
    a round below the minimum. One query."""
    asked = results.text_questions
    if not results.reportable or not asked:
        return []
    rows = (Answer.objects.filter(round=results.round, question__in=[q.question.pk
                                                                     for q in asked],
                                  hidden=False)
            .exclude(text="").order_by("question_id", "pk")
            .values_list("pk", "question_id", "text")[:limit])
    by_question: dict[int, list[FreeText]] = defaultdict(list)
    for pk, question_pk, text in rows:
        by_question[question_pk].append(FreeText(pk, text))
    return [FreeTextGroup(q, tuple(by_question[q.question.pk])) for q in asked]


def free_text_answers(survey_round: SurveyRound):
    """The round's free-text answers that are still shown."""
    return Answer.objects.filter(round=survey_round, hidden=False).exclude(text="")


@transaction.atomic
def hide_free_text(*, answer: Answer, hidden_by: User) -> None:
    """Hide an answer that could identify someone, for good, and record who did
    it and when in the audit log (without the words, which are the problem)."""
    Answer.objects.filter(pk=answer.pk).update(hidden=True)
    survey_round = answer.round
    project = survey_round.project
    audit(organisation=project.organisation, actor=hidden_by,
          action="surveys.answer_hidden",
          summary=f"'{project.title}': hid a free-text answer in survey round "
                  f"'{survey_round.label}'")
