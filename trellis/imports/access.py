"""Reach import jobs only through a project already fetched for the current
organisation: another project's job is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import ImportJob


def get_job_for_user(request: HttpRequest, project: Project, pk: int) -> ImportJob:
    """One of this project's import jobs, or 404."""
    return get_object_or_404(project.imports.select_related("created_by", "confirmed_by"),
                             pk=pk)
