"""Practical preparations for the framework's example plan (Family Group
Conferences at the pre-proceedings stage), for the demo: mixed statuses."""

from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import ReadinessItem, Status
from .services import add_item

# (area, what needs to be in place, status, note)
FGC_READINESS = [
    ("admin_support", "A business support officer books venues, arranges interpreters and "
     "sends invitations to the family network", Status.READY, ""),
    ("data_systems", "The case management system records referrals, conversions into a "
     "conference and outcomes for each child", Status.IN_PROGRESS,
     "New FGC fields are due in the next system release"),
    ("technical_support", "Laptops and secure video calls so co-ordinators can include "
     "family members who live far away", Status.READY, ""),
    ("time", "Co-ordinators' caseloads are capped so each has time to prepare every family "
     "well", Status.IN_PROGRESS, "Caps agreed for two of the three co-ordinators so far"),
    ("funding", "Funding agreed for two further co-ordinator posts", Status.READY,
     "Agreed for two years from the Families First grant"),
    ("governance", "An FGC steering group reporting to the Family Help board",
     Status.NOT_STARTED, "Terms of reference to be drafted"),
]


def add_fgc_readiness(project: Project, user: User) -> list[ReadinessItem]:
    """The six standard areas, owned by `user`, some ready and some not yet."""
    return [add_item(project=project, created_by=user, area=area, description=description,
                     owner=user, status=status, note=note)
            for area, description, status, note in FGC_READINESS]
