"""Turn evidence into what the pages show, so templates stay plain."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.urls import reverse
from django.utils.http import urlencode

from trellis.core.presenters import tag_html
from trellis.framework.loader import get_framework
from trellis.projects.models import Project

from .models import Confidence, EvidenceItem
from .parts import counts_by_slice
from .pie import Pie, SliceCount, build_pie

CONFIDENCE_COLOURS = {"low": "orange", "moderate": "yellow", "high": "green"}


def slice_names() -> dict[str, str]:
    return {s.slug: s.name for s in get_framework().evidence_pie.slices}


def in_framework_order(items: QuerySet) -> QuerySet:
    """Evidence in the Evidence Pie's order of slices, then by title."""
    order = Case(*[When(slice=slug, then=Value(i)) for i, slug in enumerate(slice_names())],
                 default=Value(len(slice_names())), output_field=IntegerField())
    return items.annotate(slice_order=order).order_by("slice_order", "title", "pk")


@dataclass(frozen=True)
class PieDisplay:
    """The Evidence Pie of one project, ready for evidence/_pie.html."""

    chart: Pie
    element_id: str
    project_title: str
    list_url: str
    rows: tuple[dict, ...]

    @property
    def summary(self) -> str:
        return self.chart.summary


def evidence_pie(project: Project, counts: dict[str, int] | None = None) -> PieDisplay:
    """The project's Evidence Pie, in one query (none when `counts` per slice
    are given, e.g. from the project's snapshot)."""
    counts = counts_by_slice(project) if counts is None else counts
    chart = build_pie([SliceCount(s.slug, s.name, s.short_name, counts[s.slug])
                       for s in get_framework().evidence_pie.slices])
    list_url = reverse("evidence:list", args=[project.pk])
    rows = tuple({"segment": segment, "url": f"{list_url}?{urlencode({'slice': segment.slug})}"}
                 for segment in chart.segments)
    return PieDisplay(chart=chart, element_id=f"evidence-pie-{project.pk}",
                      project_title=project.title, list_url=list_url, rows=rows)


@dataclass(frozen=True)
class Filtered:
    items: QuerySet  # of EvidenceItem
    chosen: str  # slug of the slice shown, "" for all
    chosen_name: str
    problem: str  # why the filter was ignored, if it was

    @property
    def query(self) -> str:
        """The filter as it goes before another parameter in a link ("slice=…&")."""
        return f"{urlencode({'slice': self.chosen})}&" if self.chosen else ""


def filter_evidence(project: Project, slug: str) -> Filtered:
    """The project's evidence, only one slice's when `slug` names a real slice;
    an unknown slice shows everything, with a message saying why."""
    names = slice_names()
    items = in_framework_order(project.evidence.all())
    slug = (slug or "").strip()
    if not slug:
        return Filtered(items, "", "", "")
    if slug not in names:
        return Filtered(items, "", "", "There is no Evidence Pie slice called "
                                             f"\u2018{slug[:60]}\u2019, so all evidence is "
                                             "shown.")
    return Filtered(items.filter(slice=slug), slug, names[slug], "")


def add_url(project: Project, chosen: str) -> str:
    """The add page, with the slice being looked at chosen in advance."""
    url = reverse("evidence:add", args=[project.pk])
    return f"{url}?{urlencode({'slice': chosen})}" if chosen else url


EVIDENCE_PER_PAGE = 100


def evidence_page(items: QuerySet, number: str | None) -> Page:
    """One page of the items as plain values; a page number that is not a number
    shows the first page, one past the end the last."""
    values = items.values_list("pk", "title", "attachment_name", "slice", "period",
                               "confidence")
    return Paginator(values, EVIDENCE_PER_PAGE).get_page(number)


def evidence_rows(project: Project, page: Page) -> list[dict]:
    """One row per item on the page, with the confidence tag ready."""
    names = slice_names()
    base = reverse("evidence:list", args=[project.pk])
    tags = {value: tag_html(label, CONFIDENCE_COLOURS.get(value, ""))
            for value, label in Confidence.choices}
    return [{
        "title": title,
        "attachment_name": attachment_name,
        "url": f"{base}{pk}/",
        "slice": names.get(slice_slug, slice_slug),
        "period": period,
        "confidence": tags.get(confidence, confidence),
    } for pk, title, attachment_name, slice_slug, period, confidence in page.object_list]


def slice_options(chosen: str) -> list[dict]:
    return [{"value": "", "text": "All slices", "selected": not chosen}] + [
        {"value": s.slug, "text": s.name, "selected": s.slug == chosen}
        for s in get_framework().evidence_pie.slices
    ]


def item_facts(item: EvidenceItem) -> list[tuple[str, str]]:
    """(label, text) rows for the detail page; empty optional fields say so."""
    return [
        ("Evidence Pie slice", slice_names().get(item.slice, item.slice)),
        ("What it shows", item.finding),
        ("Source or reference", item.source or "Not given"),
        ("Date or period it covers", item.period or "Not given"),
        ("Who it came from", item.source_group or "Not given"),
        ("Confidence", item.get_confidence_display()),
        ("Why this level of confidence", item.confidence_reason or "Not given"),
    ]


def file_size(size: int | None) -> str:
    if not size:
        return ""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"
