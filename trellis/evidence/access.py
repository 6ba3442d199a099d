"""Reach evidence only through a project already fetched for the current
organisation: an item of another project, or another organisation, is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import EvidenceItem


def get_evidence_for_user(request: HttpRequest, project: Project, pk: int) -> EvidenceItem:
    """One evidence item of this project, or 404."""
    return get_object_or_404(project.evidence.select_related("created_by"), pk=pk)
