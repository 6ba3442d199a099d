"""Reach the plan's parts only through a project already fetched for the
current organisation: another project's or organisation's part is a 404."""

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import CoreComponent, FinalOutcome, ImplementationOutcome, Perspective, PlanRevision


def get_perspective_or_404(slug: str) -> Perspective:
    """One of the four points of view the problem is described from."""
    try:
        return Perspective(slug)
    except ValueError:
        raise Http404 from None


def get_component_for_user(request: HttpRequest, project: Project, pk: int) -> CoreComponent:
    """One core component of this project (current or retired), or 404."""
    return get_object_or_404(project.core_components, pk=pk)


def get_outcome_for_user(request: HttpRequest, project: Project,
                         pk: int) -> ImplementationOutcome:
    """One implementation outcome of this project, or 404."""
    return get_object_or_404(project.implementation_outcomes, pk=pk)


def get_final_outcome_for_user(request: HttpRequest, project: Project,
                               pk: int) -> FinalOutcome:
    """One final outcome of this project, or 404."""
    return get_object_or_404(project.final_outcomes, pk=pk)


def get_revision_for_user(request: HttpRequest, project: Project, number: int) -> PlanRevision:
    """One revision of this project's plan, by its number, or 404."""
    return get_object_or_404(project.plan_revisions.select_related("created_by"), number=number)
