"""Formatting shared by the results pages and downloads, and response counts."""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from ..models import Response


def score_text(value: float | None) -> str:
    """A score or statistic as shown: two decimal places ("3.75")."""
    return "" if value is None else f"{value:.2f}"


def number_text(value: float | None) -> str:
    """A number answer's statistic: whole numbers as they are, others to one place."""
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def percent_text(value: float) -> str:
    return f"{value:.0f}%"


def with_response_counts(rounds: QuerySet) -> QuerySet:
    """Rounds annotated with `response_count`: a correlated count over the
    responses' index, much faster than a join grouped by every round column."""
    counted = (Response.objects.filter(round=OuterRef("pk")).order_by().values("round")
               .annotate(n=Count("pk")).values("n"))
    return rounds.annotate(response_count=Coalesce(Subquery(counted), 0,
                                                   output_field=IntegerField()))
