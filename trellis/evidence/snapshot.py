"""What the critical-friend rules know about a project's evidence (pure)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class EvidenceFacts:
    # Every Evidence Pie slice, in framework order, with its number of items.
    counts_by_slice: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts_by_slice.values())

    @property
    def covered(self) -> list[str]:
        """Slugs of the slices that have at least one item."""
        return [slug for slug, count in self.counts_by_slice.items() if count > 0]
