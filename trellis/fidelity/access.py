"""Reach fidelity checks only through a project already fetched for the current
organisation: another project's check is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import FidelityCheck


def get_check_for_user(request: HttpRequest, project: Project, pk: int) -> FidelityCheck:
    """One of this project's fidelity checks, or 404."""
    return get_object_or_404(project.fidelity_checks.all(), pk=pk)
