"""Reach measures only through a project already fetched for the current
organisation: another project's measure is a 404."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import DataPoint, Measure, Recalculation


def get_measure_for_user(request: HttpRequest, project: Project, pk: int) -> Measure:
    """One of this project's measures, or 404."""
    return get_object_or_404(
        project.measures.select_related("implementation_outcome", "final_outcome",
                                        "core_component"), pk=pk)


def get_point_for_user(request: HttpRequest, measure: Measure, pk: int) -> DataPoint:
    """One of this measure's data points, or 404."""
    return get_object_or_404(measure.points.all(), pk=pk)


def get_recalculation_for_user(request: HttpRequest, measure: Measure, pk: int) -> Recalculation:
    """One of this measure's recalculation points, or 404."""
    return get_object_or_404(measure.recalculations.all(), pk=pk)
