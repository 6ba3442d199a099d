"""What a survey round's results show, and each score over time, worked out from
aggregate queries: counts of each answer (GROUP BY value) and of each score,
never the rows themselves, so a page takes the same few queries for 10
responses or 10,000 (see bench/survey_results.py).

The small-number rule is applied here, once: a round with fewer responses than
the organisation's minimum has no results at all, only its notice, and the
queries for its scores and answers are never run.

- `round`: one round's scores, distributions, question summaries and free text,
  and hiding free text that could identify someone;
- `over_time`: each score over the rounds that asked it, with a small chart."""

from ..statistics import fewer_than, reportable
from .common import number_text, percent_text, score_text, with_response_counts
from .over_time import Chart, RoundPoint, Series, chart, score_series, trend_summary
from .round import (
    FREE_TEXT_SHOWN,
    Bar,
    Choice,
    FreeText,
    FreeTextGroup,
    InstrumentResult,
    ItemResult,
    QuestionResult,
    RoundResults,
    ScoreResult,
    Segment,
    bar,
    free_text,
    free_text_answers,
    hide_free_text,
    round_results,
)

__all__ = [
    "FREE_TEXT_SHOWN", "Bar", "Chart", "Choice", "FreeText", "FreeTextGroup",
    "InstrumentResult", "ItemResult", "QuestionResult", "RoundPoint", "RoundResults",
    "ScoreResult", "Segment", "Series", "bar", "chart", "fewer_than", "free_text",
    "free_text_answers", "hide_free_text", "number_text", "percent_text", "reportable",
    "round_results", "score_series", "score_text", "trend_summary", "with_response_counts",
]
