"""Reach projects only through the current organisation: another
organisation's project is a 404, the same as one that does not exist."""

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from trellis.framework.loader import get_framework

from .models import Project, TeamMember


def get_project_for_user(request: HttpRequest, pk: int) -> Project:
    return get_object_or_404(Project.objects.for_organisation(request.organisation), pk=pk)


def get_team_member_for_user(request: HttpRequest, project: Project, pk: int) -> TeamMember:
    return get_object_or_404(TeamMember.objects.filter(project=project).select_related("user"),
                             pk=pk)


def get_phase_or_404(slug: str):
    try:
        return get_framework().phase(slug)
    except KeyError:
        raise Http404 from None


def get_checklist_item_or_404(phase, slug: str):
    for item in phase.checklist:
        if item.slug == slug:
            return item
    raise Http404
