"""Survey scores into monitoring: each validated instrument asked in a round that
is linked to an implementation outcome keeps a measure of that outcome, with one
figure per round, so the scores are charted beside the project's other measures.

The rules
---------
* **Which outcome.** A round names one implementation outcome, but it may ask
  several instruments (AIM and FIM together, say). Each instrument feeds the
  round's outcome when that outcome is of the type the instrument measures
  (AIM acceptability, IAM appropriateness, FIM feasibility, ORIC buy-in);
  otherwise the plan's first outcome of the instrument's type, if there is one;
  otherwise the round's outcome. A round linked to no outcome feeds nothing.
* **Which measure.** One measure per outcome and instrument, kept by Trellis
  (source "survey"), named like "AIM score (acceptability)": an average, in
  "score out of 5", higher is better, monthly. It is made the first time there
  is a figure to put in it. It is found again by its outcome and the start of
  its name ("AIM score"), so its edit page does not let people change either.
* **Which figures.** One per round with at least the organisation's minimum
  number of responses (the small-number rule): the mean of the round's
  instrument scores, to two decimal places. Its period is the month the round
  closed, or the month it opened while it is still open. When two rounds fall
  in the same month the later one (by closing date, then opening date) is the
  month's figure, and its note names both rounds.
* **Kept in step.** `refresh_project_measures` works out every figure afresh
  and adds, corrects or removes data points through the monitoring services, so
  each change is in the measure's history (via "survey round <label>"). Run
  twice, the second run changes nothing. A change to the organisation's minimum
  refreshes every project of the organisation at once, in the same transaction
  (`refresh_organisation_measures`), so a raised minimum never leaves a figure
  from a round that is now too small in monitoring.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Avg, Count, Q
from django.utils import timezone

from trellis.framework.loader import get_framework
from trellis.monitoring import services as monitoring
from trellis.monitoring.models import DataPoint, Measure
from trellis.monitoring.periods import period_start
from trellis.organisations.models import Organisation, User
from trellis.plans.models import ImplementationOutcome
from trellis.projects.models import Project

from .instruments import Instrument, get_instruments
from .models import Audience, ResponseScore, RoundStatus, SurveyRound
from .results import with_response_counts
from .statistics import reportable

SOURCE = "survey"
FREQUENCY = "monthly"
FAMILIES = (Audience.CHILDREN, Audience.PARENTS)


def outcome_for(instrument: Instrument, survey_round: SurveyRound,
                outcomes: list[ImplementationOutcome]) -> ImplementationOutcome | None:
    """The outcome this instrument's scores from this round go to (see the rules)."""
    linked = survey_round.outcome
    if linked is None:
        return None
    if not instrument.outcome or linked.outcome_type == instrument.outcome:
        return linked
    same_type = [o for o in outcomes if o.outcome_type == instrument.outcome]
    return same_type[0] if same_type else linked


def period_of(survey_round: SurveyRound, today: date) -> date:
    """The month a round's figure is for: when it closed, or opened if still open."""
    closed = survey_round.status(today) == RoundStatus.CLOSED
    return period_start(survey_round.closes_on if closed else survey_round.opens_on, FREQUENCY)


def name_start(instrument: Instrument) -> str:
    return f"{instrument.short_name} score"


@dataclass(frozen=True)
class Figure:
    """A round's figure for a measure."""

    round: SurveyRound
    mean: float
    scored: int


@dataclass(frozen=True)
class Wanted:
    value: float
    note: str
    label: str


def wanted_points(figures: list[Figure], short_name: str, today: date) -> dict[date, Wanted]:
    """Each month's figure: the latest round in the month wins and its note says so."""
    by_month: dict[date, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_month[period_of(figure.round, today)].append(figure)
    wanted = {}
    for month, those in by_month.items():
        those.sort(key=lambda f: (f.round.closes_on, f.round.opens_on, f.round.pk))
        last = those[-1]
        note = (f"Mean {short_name} score of {last.scored} response"
                f"{'s' if last.scored != 1 else ''} to survey round '{last.round.label}'")
        if len(those) > 1:
            earlier = ", ".join(f"'{f.round.label}'" for f in those[:-1])
            note += f"; the later of the rounds in this month (also {earlier})"
        wanted[month] = Wanted(round(last.mean, 2), note[:500], last.round.label)
    return wanted


def _type_name(slug: str) -> str:
    names = {t.slug: t.name for t in get_framework().outcomes.types}
    return names.get(slug, slug).lower()


def _new_measure(project: Project, instrument: Instrument, outcome: ImplementationOutcome,
                 families: bool, by: User | None) -> Measure:
    base = f"{name_start(instrument)} ({_type_name(outcome.outcome_type)})"
    taken = set(project.measures.filter(name__startswith=base).values_list("name", flat=True))
    name, number = base, 1
    while name in taken:  # another outcome of the same type has one already
        number += 1
        name = f"{base} ({number})"
    return Measure.objects.create(
        project=project, name=name,
        definition=(f"The mean {instrument.name} ({instrument.short_name}) score of each "
                    "survey round linked to this outcome, from 1 (completely disagree) to 5 "
                    "(completely agree). Kept by Trellis from the survey responses: a round "
                    "with fewer responses than the organisation's minimum is left out, and "
                    "when two rounds fall in the same month the later one is shown."),
        kind="average", unit="score out of 5", direction="up", frequency=FREQUENCY,
        data_source="lived-experience" if families else "professional-knowledge",
        implementation_outcome=outcome, source=SOURCE, created_by=by)


def _match(measure: Measure, points: dict[date, DataPoint], wanted: dict[date, Wanted],
           by: User | None) -> int:
    changed = 0
    for month, want in sorted(wanted.items()):
        via = f"survey round {want.label}"[:100]
        point = points.get(month)
        if point is None:
            monitoring.record_point(measure=measure, period=month, entered_by=by,
                                    note=want.note, via=via, value=want.value)
        elif (point.value, point.note) != (want.value, want.note):
            monitoring.correct_point(point=point, version=point.version, changed_by=by,
                                     note=want.note, via=via, value=want.value)
        else:
            continue
        changed += 1
    for month, point in sorted(points.items()):
        if month not in wanted:
            monitoring.remove_point(point=point, removed_by=by,
                                    via="survey round no longer counted")
            changed += 1
    return changed


@transaction.atomic
def refresh_project_measures(project: Project, *, by: User | None = None,
                             today: date | None = None) -> int:
    """Make every survey measure of the project match its rounds' scores (see the
    module's rules); returns how many figures were added, corrected or removed.
    Refreshes of one project wait for each other."""
    today = today or timezone.localdate()
    list(Project.objects.select_for_update().filter(pk=project.pk).values_list("pk"))
    minimum = project.organisation.survey_minimum_responses
    known = get_instruments()
    outcomes = list(project.implementation_outcomes.all())
    rounds = list(with_response_counts(
        project.survey_rounds.select_related("outcome").prefetch_related("instruments")))
    means = {(round_pk, slug): (mean, n) for round_pk, slug, mean, n in (
        ResponseScore.objects.filter(round__project=project, scale="total")
        .exclude(value=None).values_list("round_id", "instrument")
        .annotate(mean=Avg("value"), n=Count("pk")).order_by())}

    figures: dict[tuple[int, str], list[Figure]] = defaultdict(list)
    families: dict[tuple[int, str], bool] = {}
    by_pk = {o.pk: o for o in outcomes}
    for survey_round in rounds:
        for slug in survey_round.instrument_slugs:
            if slug not in known:
                continue
            outcome = outcome_for(known[slug], survey_round, outcomes)
            if outcome is None:
                continue
            by_pk.setdefault(outcome.pk, outcome)
            key = (outcome.pk, slug)
            families.setdefault(key, survey_round.audience in FAMILIES)
            mean, scored = means.get((survey_round.pk, slug), (None, 0))
            if reportable(survey_round.response_count, minimum) and mean is not None:
                figures[key].append(Figure(survey_round, mean, scored))

    measures: dict[tuple[int, str], Measure] = {}
    for measure in project.measures.filter(source=SOURCE).order_by("pk"):
        slug = next((s for s, i in known.items() if measure.name.startswith(name_start(i))),
                    None)
        if slug and measure.implementation_outcome_id:
            measures.setdefault((measure.implementation_outcome_id, slug), measure)
    for key in figures:
        if key not in measures:
            outcome_pk, slug = key
            measures[key] = _new_measure(project, known[slug], by_pk[outcome_pk],
                                         families[key], by)

    points: dict[int, dict[date, DataPoint]] = defaultdict(dict)
    for point in DataPoint.objects.filter(measure__in=list(measures.values())):
        points[point.measure_id][point.period] = point
    changed = 0
    for (outcome_pk, slug), measure in measures.items():
        wanted = wanted_points(figures.get((outcome_pk, slug), []), known[slug].short_name,
                               today)
        done = _match(measure, points[measure.pk], wanted, by)
        if done:
            monitoring.touch(measure)
        changed += done
    return changed


def refresh_round_measures(survey_round: SurveyRound, *, by: User | None = None,
                           today: date | None = None) -> int:
    """Bring the survey measures up to date after a round changed: a response
    sent, its dates or outcome edited. The whole project is refreshed, so a round
    moved from one outcome to another leaves neither measure out of step."""
    return refresh_project_measures(survey_round.project, by=by, today=today)


def refresh_organisation_measures(organisation: Organisation, *, by: User | None = None,
                                  today: date | None = None) -> int:
    """Refresh the survey measures of every project of the organisation that has
    survey rounds or survey measures: after its minimum number of responses
    changed. Returns how many figures were added, corrected or removed."""
    projects = Project.objects.filter(organisation=organisation).filter(
        Q(survey_rounds__isnull=False) | Q(measures__source=SOURCE)).distinct().order_by("pk")
    return sum(refresh_project_measures(project, by=by, today=today) for project in projects)
