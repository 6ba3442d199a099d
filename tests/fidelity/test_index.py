import datetime

import pytest
import time_machine
from django.urls import NoReverseMatch, reverse

from tests.fidelity.factories import ComponentFactory
from trellis.fidelity import services
from trellis.fidelity.services import Answer
from trellis.monitoring.models import Measure


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel("2026-03-14 10:00Z", tick=False):
        yield


@pytest.fixture
def components(project):
    return [ComponentFactory(project=project, name="Offered at the right time", position=1),
            ComponentFactory(project=project, name="Private family time", position=2),
            ComponentFactory(project=project, name="Co-ordinator is independent", position=3)]


def record(project, editor, day, *ratings):
    components = list(project.core_components.current())
    return services.record_check(
        project=project, created_by=editor, delivered_on=day, setting="North team",
        recorded_by="peer",
        answers=[Answer(c, r) for c, r in zip(components, ratings, strict=False) if r])


def test_weakest_component_first_with_recent_and_total_counts(viewer_client, editor, project,
                                                              components):
    old, recent = datetime.date(2025, 10, 1), datetime.date(2026, 1, 20)
    record(project, editor, old, "not-delivered", "not-delivered", "as-intended")
    record(project, editor, old, "not-delivered", "not-delivered", "as-intended")
    record(project, editor, recent, "as-intended", "partly", "as-intended")
    record(project, editor, recent, "as-intended", "as-intended", "not-applicable")
    record(project, editor, datetime.date(2026, 3, 14), "partly", "not-applicable", "")
    response = viewer_client.get(reverse("fidelity:index", args=[project.pk]))
    rows = response.context["rows"]
    # Since 14 December 2025: offer 2 of 3 (67%), private time 1 of 2 (50%),
    # independence 1 of 1 (100%). Private time is weakest.
    assert [(r.name, r.recent.percent, r.total.percent) for r in rows] == [
        ("Private family time", "50%", "25%"),
        ("Offered at the right time", "67%", "40%"),
        ("Co-ordinator is independent", "100%", "100%")]
    private = rows[0]
    assert (private.recent.as_intended, private.recent.partly, private.recent.not_delivered,
            private.recent.not_applicable) == (1, 1, 0, 1)
    assert (private.total.as_intended, private.total.partly, private.total.not_delivered,
            private.total.not_applicable) == (1, 1, 2, 1)
    page = response.content.decode()
    assert "episodes on or after 14 December 2025" in page
    assert "divided by the number of episodes where it applied" in page
    assert "See all 5 fidelity checks" in page
    assert "Record a fidelity check" not in page  # a viewer reads only
    measure = Measure.objects.get(core_component=components[1])
    try:
        expected = reverse("monitoring:measure", args=[project.pk, measure.pk])
    except NoReverseMatch:  # the measure pages are not there yet
        expected = ""
    assert private.measure_url == expected


def test_a_component_with_no_checks_comes_last(editor_client, editor, project, components):
    record(project, editor, datetime.date(2026, 3, 2), "partly", "as-intended", "")
    rows = editor_client.get(reverse("fidelity:index", args=[project.pk])).context["rows"]
    assert [r.name for r in rows] == ["Offered at the right time", "Private family time",
                                      "Co-ordinator is independent"]
    assert rows[-1].total.percent == "–"
    assert rows[-1].measure_url == ""


def test_a_retired_component_shows_while_it_has_checks(editor_client, editor, project,
                                                       components):
    record(project, editor, datetime.date(2026, 3, 2), "partly", "as-intended", "as-intended")
    components[0].retired_at = datetime.datetime(2026, 3, 3, tzinfo=datetime.UTC)
    components[0].save(update_fields=["retired_at"])
    ComponentFactory(project=project, name="Retired unused",
                     retired_at=datetime.datetime(2026, 3, 3, tzinfo=datetime.UTC))
    page = editor_client.get(reverse("fidelity:index", args=[project.pk])).content.decode()
    assert "Offered at the right time" in page and "Retired</strong>" in page
    assert "Retired unused" not in page
    assert "Record a fidelity check" in page


def test_no_components(viewer_client, project):
    page = viewer_client.get(reverse("fidelity:index", args=[project.pk])).content.decode()
    assert "This project’s plan has no core components yet" in page


def test_checks_are_listed_newest_first_in_pages(editor_client, viewer_client, editor, project,
                                                 components):
    for day in range(1, 28):
        record(project, editor, datetime.date(2026, 2, day), "as-intended", "partly", "")
    url = reverse("fidelity:checks", args=[project.pk])
    response = editor_client.get(url)
    cards = response.context["cards"]
    assert len(cards) == 25
    assert cards[0].title == "27 February 2026: North team"
    assert cards[0].summary == "1 as intended, 1 partly, 0 not delivered, 0 not applicable"
    assert [line.rating for line in cards[0].lines] == ["Delivered as intended",
                                                        "Partly delivered"]
    page = response.content.decode()
    assert "27 checks, showing 1 to 25" in page
    assert "Edit<span class=\"govuk-visually-hidden\"> check: 27 February 2026" in page
    second = editor_client.get(url, {"page": "2"}).context["cards"]
    assert [c.title for c in second] == ["2 February 2026: North team",
                                         "1 February 2026: North team"]
    assert "Edit<span" not in viewer_client.get(url).content.decode()


def test_outsider_and_wrong_method(outsider_client, viewer_client, project):
    for name in ("fidelity:index", "fidelity:checks"):
        url = reverse(name, args=[project.pk])
        assert outsider_client.get(url).status_code == 404
        assert viewer_client.post(url).status_code == 405
