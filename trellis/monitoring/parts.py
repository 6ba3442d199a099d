"""The "deliver" and "surveys" parts of a project's snapshot, in one query.

The project page builds every part on each view within a fixed budget of queries, so
everything the Deliver and survey checks read — outcomes, measures with their points
and recalculations, when each measure was last discussed, overdue review actions,
current core components, survey rounds with their responses and mean scores, and the
organisation's settings — comes back as one UNION ALL of rows shaped alike: a row
kind, then three whole numbers, two dates, three texts and three real numbers."""

from collections import defaultdict
from datetime import date
from types import SimpleNamespace
from typing import NamedTuple

from django.db.models import (
    Avg,
    CharField,
    Count,
    DateField,
    F,
    FloatField,
    IntegerField,
    Max,
    OuterRef,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Concat
from django.utils import timezone

from trellis.core.prepared import PreparedQuery
from trellis.insights.parts import snapshot_part
from trellis.organisations.models import Organisation
from trellis.plans.models import CoreComponent, ImplementationOutcome
from trellis.projects.models import Project
from trellis.reflection.models import Action, ReviewMeeting
from trellis.surveys.checks import RoundFacts, ScoreFacts, SurveyFacts
from trellis.surveys.instruments import get_instruments
from trellis.surveys.models import Response, ResponseScore, RoundInstrument, SurveyRound

from .deliver import ActionFacts, DeliverFacts, MeasureFacts, OutcomeFacts
from .models import DataPoint, Measure, Recalculation
from .series import Observation
from .status import status_of

COLUMNS = {"i1": IntegerField(), "i2": IntegerField(), "i3": IntegerField(),
           "d1": DateField(), "d2": DateField(), "s1": CharField(), "s2": CharField(),
           "s3": CharField(), "f1": FloatField(), "f2": FloatField(), "f3": FloatField()}


class Row(NamedTuple):
    i1: int | None
    i2: int | None
    i3: int | None
    d1: date | None
    d2: date | None
    s1: str | None
    s2: str | None
    s3: str | None
    f1: float | None
    f2: float | None
    f3: float | None


def _branch(queryset, kind: str, **columns):
    """`queryset` as rows (kind, *Row); columns not given are NULL."""
    values = {"row_kind": Value(kind, output_field=CharField())}
    for name, field in COLUMNS.items():
        given = columns.get(name)
        # A typed NULL: PostgreSQL reads an untyped one as text, which does not
        # match a date or number in the same column of a later branch.
        values[f"c_{name}"] = (Cast(Value(None), output_field=field) if given is None
                               else given if hasattr(given, "resolve_expression")
                               else F(given))
    return queryset.order_by().annotate(**values).values_list(*values)


def _rows(project_pk: int, organisation_pk: int, today: date):
    responses = (Response.objects.filter(round=OuterRef("pk")).order_by().values("round")
                 .annotate(n=Count("pk")).values("n"))
    discussed = (ReviewMeeting.measures.through.objects
                 .filter(reviewmeeting__project_id=project_pk).values("measure_id")
                 .annotate(on=Max("reviewmeeting__held_on")))
    scores = (ResponseScore.objects.filter(round__project_id=project_pk, value__isnull=False)
              .values("round_id", "instrument", "scale").annotate(mean=Avg("value")))
    branches = [
        _branch(Organisation.objects.filter(pk=organisation_pk), "organisation",
                i1="spc_run_length", i2="survey_minimum_responses",
                i3=Cast("spc_screen_outliers", output_field=IntegerField())),
        _branch(ImplementationOutcome.objects.filter(project_id=project_pk), "outcome",
                i1="pk", s1="outcome_type", s2="statement"),
        _branch(CoreComponent.objects.filter(project_id=project_pk).current(), "component",
                i1="pk", s1="name"),
        _branch(Measure.objects.filter(project_id=project_pk), "measure",
                i1="pk", i2="core_component_id", i3="implementation_outcome_id",
                d1="baseline_until", s1="name", s2="implementation_outcome__outcome_type",
                s3=_settings_text(), f1="target"),
        _branch(DataPoint.objects.filter(measure__project_id=project_pk), "point",
                i1="measure_id", d1="period", f1="value", f2="numerator", f3="denominator"),
        _branch(Recalculation.objects.filter(measure__project_id=project_pk), "recalculation",
                i1="measure_id", d1="period"),
        _branch(discussed, "discussed", i1="measure_id", d1="on"),
        _branch(ReviewMeeting.objects.filter(project_id=project_pk).values("project")
                .annotate(n=Count("pk"), last=Max("held_on")), "reviews", i1="n", d1="last"),
        _branch(Action.objects.filter(meeting__project_id=project_pk).overdue(today), "action",
                d1="due_on", s1="description", s2="owner"),
        _branch(SurveyRound.objects.filter(project_id=project_pk), "round",
                i1="pk", i2=Coalesce(Subquery(responses), 0, output_field=IntegerField()),
                i3="core_component_id", d1="opens_on", d2="closes_on", s1="label",
                s2="audience", s3="outcome__outcome_type"),
        _branch(RoundInstrument.objects.filter(round__project_id=project_pk), "instrument",
                i1="round_id", s1="instrument"),
        _branch(scores, "score", i1="round_id", s1="instrument", s2="scale", f1="mean"),
    ]
    first, *rest = branches
    return first.union(*rest, all=True)


# Built and compiled once per process: the project page runs it on every view.
ROWS = PreparedQuery(_rows)


def _settings_text():
    """A measure's kind, direction, frequency and chart type in one text column."""
    bar = Value("|")
    return Concat("kind", bar, "direction", bar, "frequency", bar, "chart_type",
                  output_field=CharField())


def gather(project: Project, today: date | None = None) -> tuple[DeliverFacts, SurveyFacts]:
    today = today or timezone.localdate()
    by_kind: dict[str, list[Row]] = defaultdict(list)
    for kind, *row in ROWS.rows(project_pk=project.pk,
                                organisation_pk=project.organisation_id, today=today):
        by_kind[kind].append(Row(*row))
    settings = by_kind["organisation"][0]
    organisation = SimpleNamespace(spc_run_length=settings.i1,
                                   spc_screen_outliers=bool(settings.i3))
    return _deliver(by_kind, organisation, today), _surveys(by_kind, settings.i2)


def _deliver(by_kind: dict[str, list[Row]], organisation, today: date) -> DeliverFacts:
    points: dict[int, list[Observation]] = defaultdict(list)
    for row in by_kind["point"]:
        points[row.i1].append(Observation(row.d1, row.f1, row.f2, row.f3))
    recalculations: dict[int, list[date]] = defaultdict(list)
    for row in by_kind["recalculation"]:
        recalculations[row.i1].append(row.d1)
    discussed = {row.i1: row.d1 for row in by_kind["discussed"]}
    measures = []
    for row in sorted(by_kind["measure"], key=lambda row: (row.s1, row.i1)):
        kind, direction, frequency, chart_type = row.s3.split("|")
        measure = Measure(pk=row.i1, name=row.s1, kind=kind, direction=direction,
                          frequency=frequency, chart_type=chart_type, target=row.f1,
                          baseline_until=row.d1)
        observations = tuple(sorted(points[row.i1], key=lambda o: o.period))
        status = status_of(measure, observations, recalculations[row.i1], organisation, today)
        measures.append(MeasureFacts(
            pk=row.i1, name=row.s1, outcome_type=row.s2 or "", outcome_pk=row.i3,
            core_component_pk=row.i2,
            latest_period=status.latest.period if status.latest else None,
            overdue_periods=status.overdue_periods, concern_since=status.concern_since,
            discussed_on=discussed.get(row.i1)))
    return DeliverFacts(
        outcomes=tuple(OutcomeFacts(row.i1, row.s1, row.s2)
                       for row in sorted(by_kind["outcome"], key=lambda row: row.i1)),
        measures=tuple(measures),
        components=tuple(sorted((row.i1, row.s1) for row in by_kind["component"])),
        overdue_actions=tuple(ActionFacts(row.s1, row.s2, row.d1) for row in
                              sorted(by_kind["action"], key=lambda row: row.d1)),
        surveyed_outcome_types=_surveyed(by_kind),
        reviews=sum(row.i1 for row in by_kind["reviews"]),
        last_review=max((row.d1 for row in by_kind["reviews"]), default=None))


def _surveyed(by_kind: dict[str, list[Row]]) -> frozenset[str]:
    """Outcome types measured by a survey round that has had responses: the round's own
    outcome, and the outcome each of its instruments measures."""
    answered = {row.i1: row.s3 for row in by_kind["round"] if row.i2}
    instruments = get_instruments()
    types = {outcome for outcome in answered.values() if outcome}
    types |= {instruments[row.s1].outcome for row in by_kind["instrument"]
              if row.i1 in answered and row.s1 in instruments and instruments[row.s1].outcome}
    return frozenset(types)


def _surveys(by_kind: dict[str, list[Row]], minimum: int) -> SurveyFacts:
    instruments: dict[int, list[str]] = defaultdict(list)
    for row in by_kind["instrument"]:
        instruments[row.i1].append(row.s1)
    scores: dict[int, list[ScoreFacts]] = defaultdict(list)
    for row in by_kind["score"]:
        scores[row.i1].append(ScoreFacts(row.s1, row.s2, row.f1))
    rounds = tuple(
        RoundFacts(title=row.s1, audience=row.s2, opens=row.d1, closes=row.d2,
                   responses=row.i2, outcome=row.s3 or "", about=str(row.i3 or ""),
                   instruments=tuple(sorted(instruments[row.i1])),
                   scores=tuple(sorted(scores[row.i1], key=lambda s: (s.instrument, s.score))))
        for row in sorted(by_kind["round"], key=lambda row: (row.d1, row.i1)))
    outcome_types = tuple(sorted({row.s1 for row in by_kind["outcome"]}))
    return SurveyFacts(outcome_types=outcome_types, rounds=rounds, minimum_responses=minimum)


@snapshot_part("deliver", "surveys")
def deliver_parts(project: Project) -> tuple[DeliverFacts, SurveyFacts]:
    return gather(project)
