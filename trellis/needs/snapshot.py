"""What the critical-friend rules know about a project's needs analysis:
plain frozen data, built by parts.py, read as `snapshot.part("needs")`."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class RootCauseFacts:
    statement: str
    slices: frozenset[str]  # slugs of the slices its evidence comes from

    @property
    def is_hunch(self) -> bool:
        return not self.slices


@dataclass(frozen=True)
class NeedsFacts:
    root_causes: tuple[RootCauseFacts, ...] = ()
    has_need: bool = False
    has_target_population: bool = False
    practice_notes: int = 0


def needs_facts(rows: Iterable[tuple[int, str, str | None]], *, need: str,
                target_population: str, practice_notes: int) -> NeedsFacts:
    """Facts from (cause id, statement, slice of one linked item or None)
    rows, as a left join of causes and their evidence gives them."""
    statements: dict[int, str] = {}
    slices: dict[int, set[str]] = {}
    for cause_id, statement, slice_slug in rows:
        statements.setdefault(cause_id, statement)
        found = slices.setdefault(cause_id, set())
        if slice_slug:
            found.add(slice_slug)
    causes = tuple(RootCauseFacts(statements[c], frozenset(slices[c])) for c in statements)
    return NeedsFacts(root_causes=causes, has_need=bool(need.strip()),
                      has_target_population=bool(target_population.strip()),
                      practice_notes=practice_notes)
