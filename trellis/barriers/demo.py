"""Barriers and enablers from the framework's kinship care case study, for the demo."""

from trellis.engagement.models import EngagementActivity
from trellis.evidence.models import EvidenceItem
from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import Kind, Status, Strength
from .services import record_barrier

# (description, kind, CFIR domain, strength, status,
#  Evidence Pie slices of the evidence it cites, indexes of the engagement it cites)
KINSHIP_REGISTER = [
    ("Informal kinship carers are not known to services, so they are hard to reach and "
     "invite.", Kind.BARRIER, "outer-setting", Strength.STRONG_BARRIER, Status.BEING_ADDRESSED,
     ("population-data", "organisational-data"), (0, 1)),
    ("Carers cannot attend groups without childcare for the children in their care.",
     Kind.BARRIER, "innovation", Strength.BARRIER, Status.RESOLVED, ("lived-experience",), (2,)),
    ("Carers are willing to act as champions and bring other carers to the groups.",
     Kind.ENABLER, "individuals", Strength.STRONG_ENABLER, Status.OPEN, ("lived-experience",),
     (2,)),
    ("Family Hubs offer familiar, local venues and staff who already meet kinship families.",
     Kind.ENABLER, "inner-setting", Strength.ENABLER, Status.OPEN, ("professional-knowledge",),
     (1,)),
]


def add_kinship_barriers(project: Project, user: User, evidence: list[EvidenceItem],
                         engagement: list[EngagementActivity]) -> None:
    """Record the case study's barriers and enablers on `project`, citing this
    project's `evidence` by Evidence Pie slice and the `engagement` returned by
    add_kinship_engagement (consultation, workshop, co-production, in that order)."""
    for description, kind, domain, strength, status, slices, activities in KINSHIP_REGISTER:
        record_barrier(
            project=project, created_by=user, description=description, kind=kind,
            cfir_domain=domain, strength=strength, status=status,
            evidence=[item for item in evidence if item.slice in slices],
            engagement=[engagement[i] for i in activities if i < len(engagement)],
        )
