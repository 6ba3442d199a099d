"""Adaptations to the framework's example plan (Family Group Conferences at
the pre-proceedings stage), for the demo: one that changes only how
conferences are delivered, and one that touches a core component."""

from datetime import date

from trellis.organisations.models import User
from trellis.plans.models import CoreComponent
from trellis.projects.models import Project

from .models import Adaptation, Timing
from .services import record_adaptation


def add_fgc_adaptations(project: Project, user: User,
                        components: list[CoreComponent]) -> list[Adaptation]:
    """Record the demo adaptations on `project`. The second changes the
    component about private family time (or else the first of `components`),
    so the plan shows its flag; with no components only the first is recorded."""
    adaptations = [record_adaptation(
        project=project, created_by=user,
        what_changed="Conferences can be held in the evening and at weekends so that family "
                     "members who work can attend.",
        core_component=None, planned=Timing.PLANNED,
        decided_by="FGC service lead, with the co-ordinators",
        goal="More of the family network takes part in each conference.",
        reason="Many grandparents, aunts and uncles work during the day and could not come "
               "to daytime conferences.",
        decided_on=date(2025, 10, 20),
        outcome="Attendance by the wider family rose; most conferences now start after 5pm.",
    )]
    if components:
        component = next((c for c in components if "private family time" in c.name.lower()),
                         components[0])
        adaptations.append(record_adaptation(
            project=project, created_by=user,
            what_changed="Private family time was cut to 45 minutes when the venue was only "
                         "booked for two hours.",
            core_component=component, planned=Timing.REACTIVE,
            decided_by="Duty co-ordinator, on the day",
            goal="Finish the conference within the venue booking.",
            reason="Community venues in the north of the borough can only be booked in "
                   "two-hour slots.",
            decided_on=date(2025, 11, 12),
            outcome="Families said they felt rushed. The service lead now books longer slots "
                    "so that private family time is not shortened.",
        ))
    return adaptations
