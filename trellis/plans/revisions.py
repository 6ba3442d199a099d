"""Every save of any part of the plan records a revision of the whole plan."""

from django.db import transaction
from django.db.models import Max

from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import PlanRevision
from .sections import plan_content


def record_revision(*, project: Project, user: User | None, summary: str) -> PlanRevision:
    """Call inside the transaction that changed the plan, after the change.
    Locks the project row so two saves cannot take the same number."""
    with transaction.atomic():
        Project.objects.select_for_update().filter(pk=project.pk).first()
        last = project.plan_revisions.aggregate(n=Max("number"))["n"] or 0
        return PlanRevision.objects.create(project=project, number=last + 1,
                                           summary=summary[:300], created_by=user,
                                           content=plan_content(project))
