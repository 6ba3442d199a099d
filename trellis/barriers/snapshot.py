"""What the critical friend knows about a project's barriers and enablers,
and the counting both it and the register page use. Pure: no Django."""

from collections.abc import Iterable
from dataclasses import dataclass, field

OPEN_STATUSES = frozenset({"open", "being_addressed"})


@dataclass(frozen=True)
class BarrierFacts:
    open_barriers: int  # barriers open or being addressed
    enablers: int  # every enabler, whatever its status
    total: int  # every entry
    by_domain: dict[str, int] = field(default_factory=dict)  # CFIR domain slug -> entries


@dataclass
class DomainTally:
    """Counts for one CFIR domain. "Resolved" includes no longer relevant."""

    open_barriers: int = 0
    resolved_barriers: int = 0
    open_enablers: int = 0
    resolved_enablers: int = 0

    @property
    def total(self) -> int:
        return (self.open_barriers + self.resolved_barriers + self.open_enablers
                + self.resolved_enablers)


def tally(rows: Iterable[tuple[str, str, str, int]],
          domains: Iterable[str]) -> dict[str, DomainTally]:
    """Counts per domain, every domain present, from (domain, kind, status, n) rows."""
    tallies = {slug: DomainTally() for slug in domains}
    for domain, kind, status, n in rows:
        entry = tallies.setdefault(domain, DomainTally())
        state = "open" if status in OPEN_STATUSES else "resolved"
        name = f"{state}_{'barriers' if kind == 'barrier' else 'enablers'}"
        setattr(entry, name, getattr(entry, name) + n)
    return tallies


def facts_from_counts(rows: Iterable[tuple[str, str, str, int]]) -> BarrierFacts:
    rows = list(rows)
    by_domain: dict[str, int] = {}
    for domain, _, _, n in rows:
        by_domain[domain] = by_domain.get(domain, 0) + n
    return BarrierFacts(
        open_barriers=sum(n for _, kind, status, n in rows
                          if kind == "barrier" and status in OPEN_STATUSES),
        enablers=sum(n for _, kind, _, n in rows if kind == "enabler"),
        total=sum(n for *_, n in rows),
        by_domain=by_domain,
    )
