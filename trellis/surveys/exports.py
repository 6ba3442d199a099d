"""A survey round's responses and results as tables for CSV and Excel
(trellis.core.spreadsheets neutralises anything a spreadsheet would run).

Both follow the page's rules: a round below the organisation's minimum number
of responses gives only the notice, no rows; hidden free text is never
written. Responses are one row per response and one column per question or
instrument item, then the response's scores."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from trellis.core.spreadsheets import Cell, Column

from . import answers as kinds
from .instruments import get_instruments
from .models import Answer, Question, ResponseScore, SurveyRound
from .results import RoundResults, fewer_than


@dataclass(frozen=True)
class Table:
    title: str
    columns: Sequence[Column]
    rows: list[Sequence[Cell]]


def notice_table(results: RoundResults, title: str) -> Table:
    text = (f"{fewer_than(results.minimum)}: survey round '{results.round.label}' has too few "
            "responses for anything about them to be shown.")
    return Table(title, [Column("Notice", width=90)], [[text]])


# --- Results ---------------------------------------------------------------

RESULT_COLUMNS = [Column("Section", width=24), Column("Number", "integer", 8),
                  Column("Question or score", width=60), Column("Statistic or answer", width=28),
                  Column("Value", "number", 10), Column("Percent", "number", 10)]


def _rounded(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def _bar_rows(section: str, number: int, text: str, bar) -> list[list[Cell]]:
    rows: list[list[Cell]] = [[section, number, text, s.label, s.count, _rounded(s.percent, 1)]
                              for s in bar.segments]
    rows.append([section, number, text, "Answered", bar.answered, None])
    rows.append([section, number, text, "Skipped", bar.skipped, None])
    return rows


def _summary_rows(section: str, number: int | None, text: str, summary, extra=()) -> list:
    stats = [("Mean", summary.mean), ("Median", summary.median),
             ("Lower quartile", summary.lower_quartile),
             ("Upper quartile", summary.upper_quartile), ("Lowest", summary.minimum),
             ("Highest", summary.maximum)]
    rows = [[section, number, text, "Answered" if number else "Scored", summary.n, None]]
    rows += [[section, number, text, name, _rounded(value), None] for name, value in stats]
    rows += [[section, number, text, name, value, None] for name, value in extra]
    return rows


def results_table(results: RoundResults) -> Table:
    """The round's results, one figure a row. Below the minimum: the notice only."""
    if not results.reportable:
        return notice_table(results, "Results")
    r = results.round
    rows: list[Sequence[Cell]] = [
        ["Round", None, r.label, "Responses", results.responses, None],
        ["Round", None, r.label, f"Open from {r.opens_on.isoformat()} to "
                                 f"{r.closes_on.isoformat()}", None, None],
    ]
    for instrument in results.instruments:
        for score in instrument.scores:
            rows += _summary_rows(instrument.short_name, None, score.name, score.summary,
                                  [("Not scored (too many items skipped)", score.not_scored)])
        for item in instrument.items:
            rows += _bar_rows(instrument.short_name, item.number, item.text, item.bar)
    section = r.questionnaire.name if r.questionnaire_id else ""
    for q in results.questions:
        text = q.question.text
        if q.bar is not None:
            rows += _bar_rows(section, q.number, text, q.bar)
        elif q.choices:
            rows += [[section, q.number, text, c.label, c.count, _rounded(c.percent, 1)]
                     for c in q.choices]
            rows += [[section, q.number, text, "Answered", q.answered, None],
                     [section, q.number, text, "Skipped", q.skipped, None]]
        elif q.summary is not None:
            rows += _summary_rows(section, q.number, text, q.summary,
                                  [("Skipped", q.skipped)])
        else:
            rows += [[section, q.number, text, "Free-text answers (in the responses download)",
                      q.shown_text, None],
                     [section, q.number, text, "Skipped", q.skipped, None]]
    return Table("Results", RESULT_COLUMNS, rows)


# --- Responses -------------------------------------------------------------

@dataclass(frozen=True)
class _Field:
    header: str
    kind: str  # Column kind
    question: Question | None = None
    instrument: str = ""
    item: int | None = None
    scale: str = ""


def _fields(survey_round: SurveyRound, questions: list[Question]) -> list[_Field]:
    known = get_instruments()
    fields = []
    slugs = [s for s in survey_round.instrument_slugs if s in known]
    for slug in slugs:
        instrument = known[slug]
        for item in instrument.items:
            text = instrument.item_text(item, survey_round.intervention_name)
            fields.append(_Field(f"{instrument.short_name} {item.number}: {text} "
                                 "(1 completely disagree to 5 completely agree)", "integer",
                                 instrument=slug, item=item.number))
    for slug in slugs:
        instrument = known[slug]
        names = {s.slug: s.name for s in instrument.subscales}
        for key in instrument.score_keys:
            name = "score" if key == "total" else names[key].lower()
            fields.append(_Field(f"{instrument.short_name} {name}", "number", instrument=slug,
                                 scale=key))
    for number, question in enumerate(questions, start=1):
        kind = "integer" if question.kind in (kinds.AGREEMENT, kinds.FACES,
                                              kinds.NUMBER) else "text"
        hint = {kinds.AGREEMENT: " (1 completely disagree to 5 completely agree)",
                kinds.FACES: " (1 very unhappy to 5 very happy)"}.get(question.kind, "")
        fields.append(_Field(f"Q{number}: {question.text}{hint}", kind, question=question))
    return fields


def _cell(field: _Field, values: list, texts: list) -> Cell:
    question = field.question
    if question is None or question.kind in (kinds.AGREEMENT, kinds.FACES, kinds.NUMBER):
        return values[0] if values else None
    if question.kind == kinds.TEXT:
        return texts[0] if texts else None
    options = question.option_list
    labels = [options[v - 1] for v in sorted(values) if 1 <= v <= len(options)]
    return "; ".join(labels) if labels else None


def responses_table(results: RoundResults) -> Table:
    """Every response, in the order they were sent. Hidden free text is left
    blank. Below the minimum: the notice only. Three queries."""
    if not results.reportable:
        return notice_table(results, "Responses")
    survey_round = results.round
    questions = [q.question for q in results.questions]
    fields = _fields(survey_round, questions)
    values: dict[tuple, list] = defaultdict(list)
    texts: dict[tuple, list] = defaultdict(list)
    for response_pk, question_pk, instrument, item, value, text, hidden in (
            Answer.objects.filter(round=survey_round).order_by("pk")
            .values_list("response_id", "question_id", "instrument", "item", "value", "text",
                         "hidden")):
        key = (response_pk, question_pk, instrument, item)
        if value is not None:
            values[key].append(value)
        if text and not hidden:
            texts[key].append(text)
    scores = {(response_pk, slug, scale): value for response_pk, slug, scale, value in (
        ResponseScore.objects.filter(round=survey_round)
        .values_list("response_id", "instrument", "scale", "value"))}
    rows: list[Sequence[Cell]] = []
    for number, (response_pk, sent_on) in enumerate(
            survey_round.responses.order_by("pk").values_list("pk", "submitted_on"), start=1):
        row: list[Cell] = [number, sent_on]
        for field in fields:
            if field.scale:
                value = scores.get((response_pk, field.instrument, field.scale))
                row.append(None if value is None else round(value, 2))
                continue
            key = (response_pk, field.question.pk if field.question else None,
                   field.instrument, field.item)
            row.append(_cell(field, values.get(key, []), texts.get(key, [])))
        rows.append(row)
    columns = [Column("Response", "integer", 10), Column("Sent on", "date", 12)]
    columns += [Column(f.header, f.kind, 30 if f.kind == "text" else 14) for f in fields]
    return Table("Responses", columns, rows)


def filename(survey_round: SurveyRound, what: str, extension: str) -> str:
    return f"survey-round-{survey_round.pk}-{what}.{extension}"
