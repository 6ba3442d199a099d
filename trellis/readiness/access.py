"""Reach readiness items only through a project already fetched for the
current organisation: another project's item is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import ReadinessItem


def get_item_for_user(request: HttpRequest, project: Project, pk: int) -> ReadinessItem:
    """One of this project's readiness items, or 404."""
    return get_object_or_404(project.readiness_items.select_related("owner"), pk=pk)
