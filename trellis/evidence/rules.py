"""Critical-friend rules about the breadth of a project's evidence: the
framework asks for a rich picture from several slices of the Evidence Pie,
triangulated, including the voices of children and families."""

from trellis.framework.loader import get_framework
from trellis.insights.engine import Severity, rule
from trellis.projects.snapshot import ProjectSnapshot

from .snapshot import EvidenceFacts

ENOUGH_SLICES = 3
LIVED_EXPERIENCE = "lived-experience"


def _facts(p: ProjectSnapshot) -> EvidenceFacts | None:
    if p.status == "closed":
        return None
    return p.part("evidence")


@rule("evidence-few-slices", guide="explore-problem-and-current-practice")
def evidence_few_slices(p: ProjectSnapshot):
    facts = _facts(p)
    if facts is None:
        return
    covered = facts.covered
    if not covered:
        yield Severity.WARNING, (
            "No evidence is recorded yet. Build a picture of the need from at least "
            f"{ENOUGH_SLICES} slices of the Evidence Pie, including lived experience."
        )
    elif len(covered) < ENOUGH_SLICES:
        names = {s.slug: s.short_name.lower() for s in get_framework().evidence_pie.slices}
        listed = " and ".join(names.get(slug, slug) for slug in covered)
        slices = "slice" if len(covered) == 1 else "slices"
        yield Severity.WARNING, (
            f"Evidence comes from only {len(covered)} {slices} of the Evidence Pie ({listed}). "
            f"Triangulate across at least {ENOUGH_SLICES} slices rather than relying on "
            "one kind of evidence."
        )


@rule("no-lived-experience-evidence", guide=LIVED_EXPERIENCE)
def no_lived_experience_evidence(p: ProjectSnapshot):
    facts = _facts(p)
    if facts is None or not facts.total:
        return  # with no evidence at all, evidence-few-slices already says so
    if facts.counts_by_slice.get(LIVED_EXPERIENCE, 0) == 0:
        yield Severity.WARNING, (
            "None of the evidence comes from lived experience. Seek out the views of "
            "children, young people and families and weigh them alongside research and "
            "local data."
        )
