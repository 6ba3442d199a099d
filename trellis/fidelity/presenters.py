"""What the fidelity pages show, worked out here so templates stay plain."""

from dataclasses import dataclass
from datetime import date

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse

from trellis.plans.models import CoreComponent
from trellis.projects.models import Project

from .models import ComponentRating, FidelityCheck, Rating, RecordedBy
from .services import SOURCE
from .tally import Tally, months_before, weakest_first

CHECKS_PER_PAGE = 25
RECENT_MONTHS = 3


def measure_url(project_pk: int, measure_pk: int | None) -> str:
    if measure_pk is None:
        return ""
    try:
        return reverse("monitoring:measure", args=[project_pk, measure_pk])
    except NoReverseMatch:  # the measure pages are optional to this app
        return ""


@dataclass(frozen=True)
class ComponentRow:
    component: CoreComponent
    number: int
    recent: Tally
    total: Tally
    measure_url: str

    @property
    def name(self) -> str:
        return self.component.name


def since(today: date) -> date:
    """The first day of the recent window: the last three months up to today."""
    return months_before(today, RECENT_MONTHS)


def component_rows(project: Project, today: date) -> list[ComponentRow]:
    """Each core component with its ratings in the last three months and in total,
    weakest first, in three queries. Retired components appear while they
    have ratings."""
    start = since(today)
    counts = (ComponentRating.objects.filter(fidelity_check__project=project)
              .values("core_component_id", "rating")
              .annotate(total=Count("pk"),
                        recent=Count("pk", filter=Q(fidelity_check__delivered_on__gte=start))))
    totals: dict[int, dict[str, int]] = {}
    recents: dict[int, dict[str, int]] = {}
    for row in counts:
        totals.setdefault(row["core_component_id"], {})[row["rating"]] = row["total"]
        recents.setdefault(row["core_component_id"], {})[row["rating"]] = row["recent"]
    components = project.core_components.filter(
        Q(retired_at__isnull=True) | Q(pk__in=list(totals))).order_by("position", "pk")
    measures = dict(project.measures.filter(source=SOURCE, core_component__isnull=False)
                    .order_by("-pk").values_list("core_component_id", "pk"))
    rows = [ComponentRow(c, number, Tally.of(recents.get(c.pk, {})),
                         Tally.of(totals.get(c.pk, {})),
                         measure_url(project.pk, measures.get(c.pk)))
            for number, c in enumerate(components, start=1)]
    return weakest_first(rows, recent=lambda r: r.recent, total=lambda r: r.total)


def check_page(project: Project, number: str | None) -> Page:
    """One page of the checks, newest episode first, with their ratings."""
    checks = project.fidelity_checks.prefetch_related("ratings__core_component").order_by(
        "-delivered_on", "-pk")
    return Paginator(checks, CHECKS_PER_PAGE).get_page(number)


@dataclass(frozen=True)
class RatingLine:
    component: str
    rating: str
    colour: str
    note: str


@dataclass(frozen=True)
class CheckCard:
    check: FidelityCheck
    title: str
    recorded_by: str
    summary: str
    lines: list[RatingLine]
    edit_url: str
    remove_url: str


COLOURS = {Rating.AS_INTENDED: "green", Rating.PARTLY: "yellow",
           Rating.NOT_DELIVERED: "red", Rating.NOT_APPLICABLE: "grey"}


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def tally_summary(tally: Tally) -> str:
    return (f"{tally.as_intended} as intended, {tally.partly} partly, "
            f"{tally.not_delivered} not delivered, {tally.not_applicable} not applicable")


def check_cards(project_pk: int, checks) -> list[CheckCard]:
    cards = []
    for check in checks:
        ratings = list(check.ratings.all())
        args = [project_pk, check.pk]
        cards.append(CheckCard(
            check=check, title=f"{long_date(check.delivered_on)}: {check.setting}",
            recorded_by=RecordedBy(check.recorded_by).label,
            summary=tally_summary(Tally.count(r.rating for r in ratings)),
            lines=[RatingLine(r.core_component.name, Rating(r.rating).label,
                              COLOURS[Rating(r.rating)], r.note) for r in ratings],
            edit_url=reverse("fidelity:edit", args=args),
            remove_url=reverse("fidelity:remove", args=args)))
    return cards
