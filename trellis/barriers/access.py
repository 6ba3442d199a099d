"""Reach register entries only through a project already fetched for the
current organisation: another project's entry is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import BarrierEnabler


def get_barrier_for_user(request: HttpRequest, project: Project, pk: int) -> BarrierEnabler:
    """One of this project's barriers or enablers, or 404."""
    return get_object_or_404(project.barriers_enablers, pk=pk)
