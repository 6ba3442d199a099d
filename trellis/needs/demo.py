"""Root causes and current practice for the demo kinship carers' project."""

from trellis.evidence.models import EvidenceItem
from trellis.organisations.models import User
from trellis.projects.models import Project

from . import services
from .models import PracticeKind

# (statement, explanation, slices it would ideally draw on); the last is a hunch.
CAUSES = (
    ("Kinship carers do not know what support they are entitled to ask for",
     "Carers told us they found out about allowances and groups by chance, and requests "
     "for support are low compared with the number of arrangements.",
     ("lived-experience", "organisational-data")),
    ("Carers outside formal fostering have no regular contact with other carers, so "
     "isolation goes unnoticed",
     "Practitioners see carers only at crisis points; the number of informal arrangements "
     "is growing.",
     ("population-data", "professional-knowledge")),
    ("Daytime groups clash with school runs and work, so carers cannot come",
     "Raised at a team meeting. Nobody has asked carers yet.",
     ()),
)

NOTES = (
    (PracticeKind.CURRENT_PRACTICE,
     "Carers are given a leaflet at the end of a special guardianship assessment and are "
     "not contacted again unless something goes wrong."),
    (PracticeKind.BELIEF_OR_VALUE,
     "Some practitioners believe family members caring informally 'want to be left alone' "
     "and that offering support would feel intrusive."),
    (PracticeKind.CONTEXTUAL_FACTOR,
     "The local kinship policy was written for formal family and friends fostering and says "
     "little about carers under special guardianship or child arrangements orders."),
)


def _pick(evidence: list[EvidenceItem], wanted: tuple[str, ...],
          used: set[int]) -> list[EvidenceItem]:
    """Items of the wanted slices if there are any; otherwise the next unused
    items of two different slices, so each cause draws on more than one."""
    chosen: list[EvidenceItem] = []
    for slug in wanted:
        match = next((e for e in evidence if e.slice == slug and e.pk not in used), None)
        if match is not None:
            chosen.append(match)
    for item in evidence:
        if len(chosen) >= 2:
            break
        if item.pk not in used and item not in chosen and all(
                c.slice != item.slice for c in chosen):
            chosen.append(item)
    used.update(e.pk for e in chosen)
    return chosen


def add_kinship_needs(project: Project, user: User, evidence: list) -> None:
    """Three root causes (two supported by the given evidence items, across
    slices, and one hunch) and three practice notes. Does nothing if the
    project already has root causes, so the demo can be loaded again."""
    if project.root_causes.exists():
        return
    own = [item for item in evidence if item.project_id == project.pk]
    used: set[int] = set()
    for statement, explanation, wanted in CAUSES:
        items = _pick(own, wanted, used) if wanted else []
        services.add_root_cause(project=project, statement=statement, explanation=explanation,
                                evidence=items, created_by=user)
    for kind, description in NOTES:
        services.add_practice_note(project=project, kind=kind, description=description,
                                   created_by=user)
