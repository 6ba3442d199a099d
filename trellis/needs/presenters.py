"""What the needs pages show, worked out here so templates stay plain."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from trellis.evidence.models import EvidenceItem
from trellis.framework.loader import get_framework
from trellis.insights.engine import Finding, registered_rules, review
from trellis.projects.models import Project
from trellis.projects.snapshot import ProjectSnapshot

from . import rules
from .models import PracticeKind, PracticeNote, RootCause
from .snapshot import needs_facts
from .triangulation import CauseSupport, Triangulation, triangulate

HUNCH_HINT = ("A hunch is a cause that no evidence supports yet. Link evidence to it, or look "
              "for some, before relying on it.")


def slices():
    return get_framework().evidence_pie.slices


def slice_names() -> dict[str, str]:
    return {s.slug: s.short_name for s in slices()}


def support_tag(support: CauseSupport) -> tuple[str, str]:
    """(text, colour) of the tag that says how well evidence supports a cause."""
    if support.is_hunch:
        return "Hunch", "orange"
    return support.summary, "green" if support.slices > 1 else "blue"


@dataclass(frozen=True)
class EvidenceLine:
    title: str
    slice_name: str


@dataclass(frozen=True)
class CauseCard:
    cause: RootCause
    support: CauseSupport
    tag_text: str
    tag_colour: str
    evidence: tuple[EvidenceLine, ...]


def root_causes(project: Project) -> list[RootCause]:
    """The project's root causes with their evidence: two queries in all."""
    return list(project.root_causes.prefetch_related(
        Prefetch("evidence", queryset=EvidenceItem.objects.only("pk", "title", "slice"))))


def _triangulation(causes: list[RootCause]) -> Triangulation:
    return triangulate([(c.pk, c.statement) for c in causes],
                       [(c.pk, e.slice) for c in causes for e in c.evidence.all()],
                       [s.slug for s in slices()])


def cause_cards(causes: list[RootCause]) -> list[CauseCard]:
    names = slice_names()
    order = {slug: i for i, slug in enumerate(names)}
    cards = []
    for cause, support in zip(causes, _triangulation(causes).rows, strict=True):
        items = sorted(cause.evidence.all(), key=lambda e: (order.get(e.slice, 99), e.title))
        text, colour = support_tag(support)
        cards.append(CauseCard(cause, support, text, colour, tuple(
            EvidenceLine(e.title, names.get(e.slice, e.slice)) for e in items)))
    return cards


@dataclass(frozen=True)
class NoteGroup:
    kind: str
    heading: str
    hint: str
    notes: tuple[PracticeNote, ...]


GROUPS = (
    (PracticeKind.CURRENT_PRACTICE, "Current practice",
     "What is already done in relation to the need, and how consistently."),
    (PracticeKind.BELIEF_OR_VALUE, "Beliefs and values",
     "The beliefs and values behind current practice. They can explain why some practices "
     "have not been taken up."),
    (PracticeKind.CONTEXTUAL_FACTOR, "Contextual factors",
     "What shapes current practice, such as a longstanding programme or a wider policy."),
)


def note_groups(notes: list[PracticeNote]) -> list[NoteGroup]:
    return [NoteGroup(kind, heading, hint, tuple(n for n in notes if n.kind == kind))
            for kind, heading, hint in GROUPS]


@dataclass(frozen=True)
class NeedRow:
    key: str
    value: str
    action_href: str
    action_hidden: str


def need_rows(project: Project, *, can_edit: bool) -> list[NeedRow]:
    """The need and target population, with a link to change them for editors."""
    edit = reverse("projects:edit", args=[project.pk]) if can_edit else ""
    return [
        NeedRow("Child and family need", project.need or "Not stated yet", edit,
                "child and family need"),
        NeedRow("Target population", project.target_population or "Not stated yet", edit,
                "target population"),
    ]


def findings(project: Project, causes: list[RootCause], practice_notes: int) -> list[Finding]:
    """What the needs rules find, from the records the page has already loaded."""
    rows = [(c.pk, c.statement, None) for c in causes]
    rows += [(c.pk, c.statement, e.slice) for c in causes for e in c.evidence.all()]
    facts = needs_facts(rows, need=project.need, target_population=project.target_population,
                        practice_notes=practice_notes)
    snapshot = ProjectSnapshot(title=project.title, phase=project.phase, status=project.status,
                               today=timezone.localdate(), parts={"needs": facts})
    return review(snapshot, [r for r in registered_rules() if r.slug in rules.SLUGS])


@dataclass(frozen=True)
class TriangulationRow:
    support: CauseSupport
    tag_colour: str


@dataclass(frozen=True)
class TriangulationTable:
    headers: tuple[str, ...]
    rows: tuple[TriangulationRow, ...]
    causes_per_slice: tuple[int, ...]
    unused: tuple[str, ...]
    hunches: int


def triangulation_table(project: Project) -> TriangulationTable:
    """One query: each root cause joined to the slice of each linked item."""
    found = project.root_causes.order_by("created_at", "pk").values_list(
        "pk", "statement", "evidence__slice")
    causes: dict[int, str] = {}
    links = []
    for pk, statement, slice_slug in found:
        causes.setdefault(pk, statement)
        if slice_slug:
            links.append((pk, slice_slug))
    names = slice_names()
    result = triangulate(causes.items(), links, list(names))
    return TriangulationTable(
        headers=tuple(names.values()),
        rows=tuple(TriangulationRow(r, support_tag(r)[1]) for r in result.rows),
        causes_per_slice=result.causes_per_slice,
        unused=tuple(names[s] for s in result.unused_slices),
        hunches=len(result.hunches),
    )
