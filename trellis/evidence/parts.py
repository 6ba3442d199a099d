"""How many evidence items a project has in each slice of the Evidence Pie. The
critical friend's "evidence" part is gathered with the needs part in one query
(trellis/needs/parts.py)."""

from django.db.models import Count

from trellis.framework.loader import get_framework
from trellis.projects.models import Project

from .snapshot import EvidenceFacts


def slice_counts(found: dict[str, int]) -> dict[str, int]:
    """{slice slug: number of items} for every slice, in framework order."""
    return {s.slug: found.get(s.slug, 0) for s in get_framework().evidence_pie.slices}


def counts_by_slice(project: Project) -> dict[str, int]:
    return slice_counts(dict(project.evidence.order_by().values_list("slice")
                             .annotate(n=Count("pk"))))


def evidence_facts(project: Project) -> EvidenceFacts:
    """The evidence part on its own (the project page gathers it with the needs part)."""
    return EvidenceFacts(counts_by_slice=counts_by_slice(project))
