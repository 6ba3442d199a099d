"""Reach root causes and practice notes only through their project, which
was itself fetched within the current organisation: another project's or
organisation's record is a 404, like a missing one."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import PracticeNote, RootCause


def get_root_cause_for_user(request: HttpRequest, project: Project, pk: int) -> RootCause:
    """One of this project's root causes, or 404."""
    return get_object_or_404(project.root_causes.all(), pk=pk)


def get_practice_note_for_user(request: HttpRequest, project: Project,
                               pk: int) -> PracticeNote:
    """One of this project's practice notes, or 404."""
    return get_object_or_404(project.practice_notes.all(), pk=pk)
