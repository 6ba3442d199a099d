"""Reach the decision tool's records only through a project already fetched
for the current organisation: another project's candidate is a 404, the same
as one that does not exist."""

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from . import criteria
from .models import Candidate


def get_candidate_for_user(request: HttpRequest, project: Project, pk: int) -> Candidate:
    """One of this project's candidate approaches, or 404."""
    return get_object_or_404(project.candidates.select_related("project"), pk=pk)


def get_criterion_or_404(slug: str) -> criteria.Criterion:
    """A criterion of the decision tool, or 404 for an unknown slug."""
    try:
        return criteria.criterion(slug)
    except KeyError:
        raise Http404 from None
