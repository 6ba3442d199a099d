"""The fidelity measures match hand-worked figures from the checks after every
add, correction and removal, and each change is in the measure's history."""

from datetime import date

import pytest

from tests.factories import ProjectFactory
from tests.fidelity.factories import ComponentFactory
from trellis.fidelity import services
from trellis.fidelity.services import Answer
from trellis.monitoring.models import DataPoint, DataPointChange, Measure
from trellis.organisations.models import AuditEntry
from trellis.plans.models import ImplementationOutcome


@pytest.fixture
def offer(project):
    return ComponentFactory(project=project, name="Offered at the right time", position=1)


@pytest.fixture
def private_time(project):
    return ComponentFactory(project=project, name="Private family time", position=2)


def record(project, editor, day, **ratings):
    components = {c.name: c for c in project.core_components.all()}
    answers = [Answer(components[name.replace("_", " ")], rating)
               for name, rating in ratings.items()]
    return services.record_check(project=project, created_by=editor, delivered_on=day,
                                 setting="North team", recorded_by="practitioner",
                                 answers=answers)


def points(component):
    """{period: (numerator, denominator)} of the component's fidelity measure."""
    measure = Measure.objects.get(core_component=component, source="fidelity")
    return {p.period: (p.numerator, p.denominator) for p in measure.points.all()}


def test_the_first_check_makes_a_measure_per_component(project, editor, offer, private_time):
    outcome = ImplementationOutcome.objects.create(
        project=project, outcome_type="fidelity", term="medium",
        statement="Practices for core components are being implemented well")
    record(project, editor, date(2026, 2, 10), Offered_at_the_right_time="as-intended",
           Private_family_time="partly")
    measure = Measure.objects.get(core_component=private_time)
    assert (measure.name, measure.kind, measure.direction, measure.frequency, measure.source,
            measure.unit, measure.implementation_outcome, measure.created_by) == (
        "Fidelity: Private family time", "proportion", "up", "monthly", "fidelity", "%",
        outcome, editor)
    assert "'not applicable' are left out" in measure.definition
    assert Measure.objects.filter(source="fidelity").count() == 2


def test_outcome_about_components_is_preferred(project, editor, offer):
    ImplementationOutcome.objects.create(project=project, outcome_type="fidelity",
                                         term="short", statement="Training meets the standard")
    wanted = ImplementationOutcome.objects.create(
        project=project, outcome_type="fidelity", term="long",
        statement="All components are delivered in line with the UK standards")
    ImplementationOutcome.objects.create(project=project, outcome_type="reach", term="short",
                                         statement="Every component reaches families")
    record(project, editor, date(2026, 2, 10), Offered_at_the_right_time="as-intended")
    assert Measure.objects.get().implementation_outcome == wanted


def test_without_a_fidelity_outcome_the_measure_is_unlinked_until_there_is_one(
        project, editor, offer):
    record(project, editor, date(2026, 2, 10), Offered_at_the_right_time="as-intended")
    assert Measure.objects.get().implementation_outcome is None
    outcome = ImplementationOutcome.objects.create(
        project=project, outcome_type="fidelity", term="short", statement="Done well")
    record(project, editor, date(2026, 2, 11), Offered_at_the_right_time="as-intended")
    assert Measure.objects.get().implementation_outcome == outcome


def test_figures_follow_add_correct_and_remove(project, editor, admin, offer, private_time):
    feb, mar = date(2026, 2, 1), date(2026, 3, 1)
    first = record(project, editor, date(2026, 2, 3), Offered_at_the_right_time="as-intended",
                   Private_family_time="partly")
    record(project, editor, date(2026, 2, 17), Offered_at_the_right_time="not-applicable",
           Private_family_time="as-intended")
    third = record(project, editor, date(2026, 2, 28), Offered_at_the_right_time="not-delivered",
                   Private_family_time="as-intended")
    record(project, editor, date(2026, 3, 2), Offered_at_the_right_time="as-intended",
           Private_family_time="not-applicable")
    # By hand: February offer 1 of 2 applied (one n/a), private time 2 of 3;
    # March offer 1 of 1, private time never applied so no figure.
    assert points(offer) == {feb: (1, 2), mar: (1, 1)}
    assert points(private_time) == {feb: (2, 3)}

    # The third check really happened in March, and private time was only partly done.
    services.update_check(check=third, version=1, changed_by=admin,
                          delivered_on=date(2026, 3, 5), setting="North team",
                          recorded_by="peer",
                          answers=[Answer(offer, "not-delivered"),
                                   Answer(private_time, "partly")])
    assert points(offer) == {feb: (1, 1), mar: (1, 2)}
    assert points(private_time) == {feb: (1, 2), mar: (0, 1)}

    services.remove_check(check=first, removed_by=admin)
    # February: offer only n/a left, so its point goes; private time 1 of 1.
    assert points(offer) == {mar: (1, 2)}
    assert points(private_time) == {feb: (1, 1), mar: (0, 1)}
    point = DataPoint.objects.get(measure__core_component=private_time, period=feb)
    assert point.value == 1.0
    assert point.note == ("From 1 fidelity check where it applied: 1 as intended, 0 partly, "
                          "0 not delivered")

    history = DataPointChange.objects.filter(measure__core_component=offer, period=feb)
    assert [(c.change, c.old_numerator, c.old_denominator, c.new_numerator,
             c.new_denominator) for c in history.order_by("pk")] == [
        ("added", None, None, 1, 1), ("changed", 1, 1, 1, 2), ("changed", 1, 2, 1, 1),
        ("removed", 1, 1, None, None)]
    assert set(DataPointChange.objects.values_list("via", flat=True)) == {"fidelity checks"}
    assert history.order_by("pk").last().changed_by == admin
    assert [a.action for a in AuditEntry.objects.order_by("pk")][-2:] == [
        "fidelity.updated", "fidelity.removed"]


def test_an_unchanged_month_writes_no_history(project, editor, offer):
    check = record(project, editor, date(2026, 2, 3), Offered_at_the_right_time="as-intended")
    services.update_check(check=check, version=1, changed_by=editor,
                          delivered_on=date(2026, 2, 4), setting="South team",
                          recorded_by="practitioner", answers=[Answer(offer, "as-intended")])
    assert DataPointChange.objects.count() == 1


def test_a_stale_correction_changes_nothing(project, editor, offer):
    check = record(project, editor, date(2026, 2, 3), Offered_at_the_right_time="as-intended")
    services.update_check(check=check, version=1, changed_by=editor,
                          delivered_on=date(2026, 2, 3), setting="North team",
                          recorded_by="peer", answers=[Answer(offer, "partly")])
    with pytest.raises(services.StaleEditError):
        services.update_check(check=check, version=1, changed_by=editor,
                              delivered_on=date(2026, 2, 3), setting="Elsewhere",
                              recorded_by="peer", answers=[Answer(offer, "not-delivered")])
    check.refresh_from_db()
    assert (check.setting, check.ratings.get().rating) == ("North team", "partly")
    assert points(offer) == {date(2026, 2, 1): (0, 1)}


def test_another_projects_component_is_refused(project, editor, offer, org_a):
    elsewhere = ComponentFactory(project=ProjectFactory(organisation=org_a))
    with pytest.raises(ValueError, match="its own project"):
        services.record_check(project=project, created_by=editor,
                              delivered_on=date(2026, 2, 3), setting="North",
                              recorded_by="peer",
                              answers=[Answer(offer, "as-intended"),
                                       Answer(elsewhere, "as-intended")])
    assert not project.fidelity_checks.exists()
    assert not Measure.objects.exists()


def test_a_measure_name_people_already_use_is_not_taken(project, editor, offer):
    Measure.objects.create(project=project, name="Fidelity: Offered at the right time",
                           kind="count", direction="up", frequency="monthly")
    record(project, editor, date(2026, 2, 3), Offered_at_the_right_time="as-intended")
    assert Measure.objects.get(source="fidelity").name == (
        "Fidelity: Offered at the right time (2)")
