"""Reach plan activities only through a project already fetched for the
current organisation: another project's activity is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import PdActivity


def get_activity_for_user(request: HttpRequest, project: Project, pk: int) -> PdActivity:
    """One of this project's professional development activities, or 404."""
    return get_object_or_404(project.pd_activities.prefetch_related("mechanisms"), pk=pk)
