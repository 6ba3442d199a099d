"""Reach engagement activities only through a project already fetched for the
current organisation: another project's activity is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import EngagementActivity


def get_activity_for_user(request: HttpRequest, project: Project, pk: int) -> EngagementActivity:
    """One of this project's engagement activities, with its audiences, or 404."""
    return get_object_or_404(project.engagement_activities.prefetch_related("audiences"), pk=pk)
