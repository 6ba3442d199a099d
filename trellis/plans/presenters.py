"""Turn the plan into what pages show, so templates stay simple."""

from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Page, Paginator
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from trellis.framework.loader import get_framework
from trellis.insights.engine import Finding, registered_rules, review
from trellis.projects.models import Project
from trellis.projects.snapshot import ProjectSnapshot

from . import diff, layout
from .models import CoreComponent, Perspective, PlanRevision
from .parts import plan_counts, plan_facts
from .sections import sections

REVISIONS_PER_PAGE = 50


@dataclass(frozen=True)
class PlanSummary:
    """For the project page: how far the plan has got."""

    components: int
    implementation_outcomes: int
    final_outcomes: int
    revisions: int
    last_revised: datetime | None
    url: str

    @property
    def outcomes(self) -> int:
        return self.implementation_outcomes + self.final_outcomes


def plan_summary(project: Project) -> PlanSummary:
    """Counts of the plan's parts and when it was last revised, in one query."""
    counts = plan_counts(project)
    return PlanSummary(counts["components"], counts["implementation_outcomes"],
                       counts["final_outcomes"], counts["revisions"], counts["last_revised"],
                       reverse("plans:detail", kwargs={"project_pk": project.pk}))


def _edit_urls(project: Project) -> dict[str, str]:
    urls = {}
    for section in sections():
        if section.edit_url:
            try:
                urls[section.slug] = reverse(section.edit_url, kwargs={"project_pk": project.pk})
            except NoReverseMatch:
                continue
    return urls


def plan_layout(project: Project, content: dict, *, editable: bool) -> layout.PlanLayout:
    """The Figure 5 layout of some content of this project's plan, with links
    to edit each part for editors and to the evidence it draws on."""
    prefix = _evidence_prefix(project)
    return layout.arrange(content, sections(), _edit_urls(project) if editable else {},
                          evidence_href=lambda pk: f"{prefix}{pk}/")


def revision_page(project: Project, number: str | None) -> Page:
    """One page of the revision history, newest first, without the content."""
    revisions = (project.plan_revisions.select_related("created_by").defer("content")
                 .order_by("-number"))
    return Paginator(revisions, REVISIONS_PER_PAGE).get_page(number)


def revision_titles(content: dict) -> dict[str, str]:
    known = {s.slug: s.title for s in sections()}
    return {slug: known.get(slug, diff.label_for(slug)) for slug in content}


def comparison(before: PlanRevision, after: PlanRevision) -> list[diff.SectionChange]:
    """Two revisions compared section by section, item by item."""
    titles = revision_titles(before.content) | revision_titles(after.content)
    return diff.compare(before.content, after.content, titles)


def who(revision: PlanRevision) -> str:
    user = revision.created_by
    return (user.name or user.email) if user else "Trellis"


def plan_findings(project: Project) -> list[Finding]:
    """What the plan's own critical-friend rules find."""
    rules = [r for r in registered_rules() if r.area == "plans"]
    snapshot = ProjectSnapshot(title=project.title, phase=project.phase, status=project.status,
                               today=timezone.localdate(), parts={"plan": plan_facts(project)})
    return review(snapshot, rules)


@dataclass(frozen=True)
class ConflictRow:
    label: str
    saved: str
    differs: bool  # the latest saved value is not what the editor submitted


def conflict_rows(form, latest, names: list[str]) -> list[ConflictRow]:
    """The latest saved values beside the editor's own, marking those that differ,
    so they can merge the other person's changes into theirs."""
    rows = []
    for name in names:
        field = form.fields[name]
        saved = getattr(latest, name)
        display = getattr(latest, f"get_{name}_display", None)
        submitted = str(form.data.get(name, "")).replace("\r\n", "\n").strip()
        rows.append(ConflictRow(str(field.label), display() if display else str(saved),
                                submitted != str(saved).strip()))
    return rows


def _evidence_prefix(project: Project) -> str:
    return reverse("evidence:detail", args=[project.pk, 0]).removesuffix("0/")


@dataclass(frozen=True)
class ProblemRow:
    perspective: str
    label: str
    text: str
    evidence: list[tuple[str, str]]  # (link, title)
    edit_url: str


def problem_rows(project: Project, saved: dict) -> list[ProblemRow]:
    """One row per perspective, described or not yet."""
    prefix = _evidence_prefix(project)
    rows = []
    for perspective in Perspective:
        record = saved.get(perspective.value)
        evidence = sorted(record.evidence.all(), key=lambda e: e.title) if record else []
        rows.append(ProblemRow(
            perspective.value, perspective.label, record.text if record else "",
            [(f"{prefix}{e.pk}/", e.title) for e in evidence],
            reverse("plans:edit_problem", args=[project.pk, perspective.value])))
    return rows


def problem_conflict(form, latest) -> list[ConflictRow]:
    """The other person's saved description and evidence beside the editor's own."""
    if latest is None:
        return []
    submitted = str(form.data.get("text", "")).replace("\r\n", "\n").strip()
    chosen = {str(pk) for pk in form.data.getlist("evidence")}
    saved_evidence = sorted(latest.evidence.all(), key=lambda e: e.title)
    return [
        ConflictRow(str(form.fields["text"].label), latest.text,
                    submitted != latest.text.strip()),
        ConflictRow("Evidence", "; ".join(e.title for e in saved_evidence) or "None",
                    chosen != {str(e.pk) for e in saved_evidence}),
    ]


@dataclass(frozen=True)
class ComponentRow:
    component: CoreComponent
    number: int
    first: bool
    last: bool


@dataclass(frozen=True)
class ComponentLists:
    current: list[ComponentRow]
    retired: list[CoreComponent]


def component_lists(project: Project) -> ComponentLists:
    """Current components in order, and retired ones most recent first, in one query."""
    everything = list(project.core_components.order_by("position", "pk"))
    current = [c for c in everything if not c.is_retired]
    retired = sorted((c for c in everything if c.is_retired), key=lambda c: c.retired_at,
                     reverse=True)
    return ComponentLists(
        [ComponentRow(c, n, n == 1, n == len(current)) for n, c in enumerate(current, start=1)],
        retired)


@dataclass(frozen=True)
class OutcomeGroup:
    heading: str
    description: str
    outcomes: list


def outcome_groups(project: Project) -> list[OutcomeGroup]:
    """Implementation outcomes by term (short, medium, long), in one query."""
    terms = get_framework().outcomes.terms
    outcomes = list(project.implementation_outcomes.order_by("position", "pk"))
    return [OutcomeGroup(term.name, term.description,
                         [o for o in outcomes if o.term == term.slug]) for term in terms]


def final_outcome_groups(project: Project) -> list[OutcomeGroup]:
    """Final outcomes by audience, in one query."""
    audiences = get_framework().outcomes.audiences
    outcomes = list(project.final_outcomes.order_by("pk"))
    return [OutcomeGroup(a.name, a.description, [o for o in outcomes if o.audience == a.slug])
            for a in audiences]


@dataclass(frozen=True)
class RevisionRow:
    number: int
    url: str
    who: str
    when: datetime
    summary: str


def revision_rows(project: Project, page: Page) -> list[RevisionRow]:
    prefix = reverse("plans:revision", args=[project.pk, 0]).removesuffix("0/")
    return [RevisionRow(r.number, f"{prefix}{r.number}/", who(r), r.created_at, r.summary)
            for r in page]


def _day(when) -> str:
    return f"{when.day} {when:%B %Y}"


def document_subtitle(project: Project, revision: PlanRevision | None,
                      source: PlanRevision | None) -> str:
    """Which version of the plan a printed or downloaded copy is."""
    if revision is not None:
        saved = timezone.localtime(revision.created_at)
        return (f"Revision {revision.number}, saved {_day(saved)} by {who(revision)}: "
                f"{revision.summary}")
    today = _day(timezone.localdate())
    if source is None:
        return f"The plan as it stands on {today}. It has not been revised yet."
    return (f"The plan as it stands on {today} (latest revision {source.number}, "
            f"{_day(timezone.localtime(source.created_at))}).")


def no_revision_by(project: Project, day) -> str:
    """Why there is no plan to show for a date."""
    first = project.plan_revisions.order_by("number").only("created_at").first()
    if first is None:
        return "The plan has no revisions yet, so there is nothing to show for any date"
    return (f"The plan had no revisions on or before {_day(day)}. The first revision was "
            f"saved on {_day(timezone.localtime(first.created_at))}")
