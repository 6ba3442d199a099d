"""The engagement from the framework's kinship care case study, for the demo."""

from datetime import timedelta

from django.utils import timezone

from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import Audience, EngagementActivity, Method
from .services import log_activity

KINSHIP_ENGAGEMENT = [
    {
        "days_ago": 120, "method": Method.CONSULTATION, "people_count": 38,
        "audiences": [Audience.PARENTS_CARERS],
        "summary": "A consultation with kinship carers in all types of legal arrangement, "
                   "including informal carers, SGO and CAO carers, about what support they "
                   "have and what they would value.",
        "what_changed": "The team decided to focus on peer support for informal, SGO and CAO "
                        "carers rather than extending the existing offer for foster carers.",
    },
    {
        "days_ago": 90, "method": Method.WORKSHOP, "people_count": 16,
        "audiences": [Audience.PRACTITIONERS, Audience.PARTNERS],
        "summary": "A workshop with professionals from education and the local Family Hubs, "
                   "whom the kinship team had not traditionally worked with, on how to reach "
                   "carers who are not known to children's services.",
        "what_changed": "Schools and Family Hubs agreed to share information about the groups "
                        "with carers they meet.",
    },
    {
        "days_ago": 45, "method": Method.CO_PRODUCTION, "people_count": 11,
        "audiences": [Audience.PARENTS_CARERS],
        "summary": "Co-production sessions with carers on where to hold the peer groups, "
                   "the times of day that suit them, and whether they need a creche for the "
                   "children in their care so they have time to talk and relax.",
        "what_changed": "Groups moved to school hours at two Family Hubs, with a creche. "
                        "Carers offered to act as champions for new members.",
    },
]


def add_kinship_engagement(project: Project, user: User) -> list[EngagementActivity]:
    """Log the case study's three activities on `project`, oldest first."""
    today = timezone.localdate()
    activities = []
    for spec in KINSHIP_ENGAGEMENT:
        fields = {k: v for k, v in spec.items() if k != "days_ago"}
        activities.append(log_activity(project=project, created_by=user,
                                       held_on=today - timedelta(days=spec["days_ago"]),
                                       **fields))
    return activities
