"""Reach review meetings and their actions only through a project already
fetched for the current organisation: another project's is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import Action, ReviewMeeting


def get_review_for_user(request: HttpRequest, project: Project, pk: int) -> ReviewMeeting:
    """One of this project's review meetings, or 404."""
    return get_object_or_404(project.review_meetings.all(), pk=pk)


def get_action_for_user(request: HttpRequest, project: Project, pk: int) -> Action:
    """An action from one of this project's review meetings, or 404."""
    return get_object_or_404(
        Action.objects.for_organisation(request.organisation)
        .filter(meeting__project=project).select_related("meeting"), pk=pk)
