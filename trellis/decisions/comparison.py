"""Side-by-side scores for candidate approaches, and the order to show them in.

Averages are exact fractions, so two candidates with the same ratings always
tie (and are then ordered by name), whatever order the ratings were added in.

- A stage average is the mean of the ratings given so far in that stage.
- The overall average gives suitability and feasibility equal weight (so six
  feasibility criteria do not outweigh the three suitability ones). It needs at
  least one rating in each stage; until then there is no overall score.

Plain Python, no Django."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from .criteria import CRITERIA, FEASIBILITY, SUITABILITY, for_stage

SORTS = {
    "name": "Name",
    "suitability": "Suitability average",
    "feasibility": "Feasibility average",
    "overall": "Overall average",
}
DEFAULT_SORT = "name"


@dataclass(frozen=True)
class Scores:
    """One candidate's ratings: {criterion slug: 1 to 5}."""

    key: int
    name: str
    ratings: Mapping[str, int] = field(default_factory=dict)

    def average(self, stage: str) -> Fraction | None:
        given = [self.ratings[c.slug] for c in for_stage(stage) if c.slug in self.ratings]
        return Fraction(sum(given), len(given)) if given else None

    @property
    def overall(self) -> Fraction | None:
        suitability, feasibility = self.average(SUITABILITY), self.average(FEASIBILITY)
        if suitability is None or feasibility is None:
            return None
        return (suitability + feasibility) / 2

    @property
    def rated(self) -> int:
        return sum(1 for c in CRITERIA if c.slug in self.ratings)

    @property
    def complete(self) -> bool:
        return self.rated == len(CRITERIA)

    def score(self, sort: str) -> Fraction | None:
        return self.overall if sort == "overall" else self.average(sort)


def clean_sort(sort: str | None) -> str:
    """The sort asked for, or the default when it is missing or unknown."""
    return sort if sort in SORTS else DEFAULT_SORT


def _by_name(scores: Scores) -> tuple[str, str, int]:
    return (scores.name.casefold(), scores.name, scores.key)


def order(candidates: Iterable[Scores], sort: str | None) -> list[Scores]:
    """Candidates by name (A to Z), or by a score, highest first. Candidates
    without that score come last; ties are broken by name, then by key, so
    the order never depends on the order they were passed in."""
    sort = clean_sort(sort)
    if sort == "name":
        return sorted(candidates, key=_by_name)

    def key(scores: Scores) -> tuple:
        value = scores.score(sort)
        return (value is None, -(value or 0), *_by_name(scores))

    return sorted(candidates, key=key)


def format_average(value: Fraction | None) -> str:
    """'3.7', or '' when there is nothing to average."""
    if value is None:
        return ""
    return f"{float(value):.1f}"
