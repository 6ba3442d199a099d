"""Reach strategies only through a project already fetched for the current
organisation: another project's strategy is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import Strategy


def get_strategy_for_user(request: HttpRequest, project: Project, pk: int) -> Strategy:
    """One of this project's strategies, or 404."""
    return get_object_or_404(project.strategies.select_related("owner", "updated_by"), pk=pk)
