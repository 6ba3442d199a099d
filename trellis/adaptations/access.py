"""Reach adaptations only through a project already fetched for the current
organisation: another project's adaptation is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import Adaptation


def get_adaptation_for_user(request: HttpRequest, project: Project, pk: int) -> Adaptation:
    """One of this project's adaptations, or 404."""
    return get_object_or_404(project.adaptations.select_related("core_component"), pk=pk)
