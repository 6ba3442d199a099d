"""The living document: every change is a revision of the whole plan, listed,
shown as it stood, found by date and compared side by side."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from tests.plans.factories import CoreComponentFactory
from trellis.plans import services
from trellis.plans.models import PlanRevision
from trellis.plans.revisions import record_revision


def revise(project, user, summary, when=None):
    revision = record_revision(project=project, user=user, summary=summary)
    if when is not None:
        PlanRevision.objects.filter(pk=revision.pk).update(created_at=when)
    return revision


def test_every_write_records_a_whole_plan_revision(project, editor):
    component = services.add_component(project=project, created_by=editor, name="Voluntary")
    services.update_component(component=component, version=1, changed_by=editor,
                              name="Voluntary", done_well="Families chose it")
    services.add_outcome(project=project, created_by=editor, outcome_type="fidelity",
                         term="short", statement="Aligned with standards")
    services.add_final_outcome(project=project, created_by=editor, audience="families",
                               statement="Trust")
    services.save_problem(project=project, perspective="leaders", text="Drift", evidence=[],
                          version=0, changed_by=editor)
    revisions = list(project.plan_revisions.order_by("number"))
    assert [r.number for r in revisions] == [1, 2, 3, 4, 5]
    assert all(r.created_by == editor for r in revisions)
    latest = revisions[-1].content
    assert {"problem", "components", "implementation-outcomes", "final-outcomes"} <= set(latest)
    assert latest["components"][0]["detail"] == "Done well: Families chose it"
    assert revisions[0].content["implementation-outcomes"] == []


def test_the_list_is_newest_first_fifty_a_page(viewer_client, project, editor,
                                               django_assert_max_num_queries):
    for n in range(55):
        revise(project, editor if n % 2 else None, f"Change {n + 1}")
    url = reverse("plans:revisions", args=[project.pk])
    with django_assert_max_num_queries(12):
        page = viewer_client.get(url).content.decode()
    assert "55 revisions, newest first" in page
    assert page.index("Revision 55") < page.index("Revision 54")
    assert "Revision 5<" not in page and "Older<span" in page
    assert "Eddie" in page and "Trellis" in page
    second = viewer_client.get(url + "?page=2").content.decode()
    assert "Revision 5<" in second and "Revision 1<" in second and "Revision 6<" not in second
    assert viewer_client.get(url + "?page=lots").status_code == 200


def test_a_revision_shows_the_plan_as_it_stood(viewer_client, project, editor):
    component = CoreComponentFactory(project=project, name="Original name")
    first = revise(project, editor, "Plan started")
    services.update_component(component=component, version=1, changed_by=editor,
                              name="Renamed later")
    page = viewer_client.get(reverse("plans:revision", args=[project.pk, first.number])
                             ).content.decode()
    assert "Revision 1 of the plan" in page and "Original name" in page
    assert "Renamed later" not in page
    assert "Plan started" in page and "by Eddie" in page
    assert 'href="/projects/' in page and "plan.docx?revision=1" in page
    assert reverse("plans:edit_component", args=[project.pk, component.pk]) not in page
    latest = viewer_client.get(reverse("plans:revision", args=[project.pk, 2])).content.decode()
    assert "Renamed later" in latest and "?from=1&amp;to=2" in latest


def test_a_missing_revision_is_404(viewer_client, project):
    assert viewer_client.get(reverse("plans:revision", args=[project.pk, 3])).status_code == 404


@pytest.fixture
def dated(project, editor):
    now = timezone.now()
    CoreComponentFactory(project=project, name="First idea")
    revise(project, editor, "March plan", now.replace(year=2026, month=3, day=2, hour=12))
    CoreComponentFactory(project=project, name="Second idea")
    revise(project, editor, "June plan", now.replace(year=2026, month=6, day=15, hour=9))


@time_machine.travel("2026-11-26 10:00Z", tick=False)
@pytest.mark.parametrize(("typed", "summary"), [
    ("02/03/2026", "March plan"), ("2026-06-14", "March plan"), ("15/06/2026", "June plan"),
    ("26/11/2026", "June plan"),
])
def test_the_plan_as_it_stood_on_a_date(viewer_client, project, dated, typed, summary):
    page = viewer_client.get(reverse("plans:as_of", args=[project.pk]), {"date": typed}
                             ).content.decode()
    assert "The plan as it stood on" in page and summary in page
    assert "the latest on or before that date" in page


@time_machine.travel("2026-11-26 10:00Z", tick=False)
@pytest.mark.parametrize(("typed", "message"), [
    ("", "Enter a date"),
    ("yesterday", "Enter a date like 27/03/2026 or 2026-03-27"),
    ("30/02/2026", "30/02/2026 is not a real date"),
    ("27/11/2026", "The date must be today or in the past"),
    ("01/03/2026", "The plan had no revisions on or before 1 March 2026. The first revision "
                   "was saved on 2 March 2026"),
])
def test_dates_that_show_nothing_say_why(viewer_client, project, dated, typed, message):
    response = viewer_client.get(reverse("plans:as_of", args=[project.pk]), {"date": typed})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page and message in page
    assert "<title>Error: " in page


def test_as_of_without_a_date_shows_the_question(viewer_client, project):
    page = viewer_client.get(reverse("plans:as_of", args=[project.pk])).content.decode()
    assert "See the plan as it stood on a date" in page and "There is a problem" not in page


def test_as_of_with_no_revisions_at_all(viewer_client, project):
    page = viewer_client.get(reverse("plans:as_of", args=[project.pk]),
                             {"date": timezone.localdate().isoformat()}).content.decode()
    assert "The plan has no revisions yet" in page


def test_compare_defaults_to_the_two_latest(viewer_client, project, editor):
    component = CoreComponentFactory(project=project, name="Voluntary", done_well="Chosen")
    revise(project, editor, "First")
    services.update_component(component=component, version=1, changed_by=editor,
                              name="Voluntary", done_well="Freely chosen")
    services.add_component(project=project, created_by=editor, name="Independent")
    page = viewer_client.get(reverse("plans:compare", args=[project.pk])).content.decode()
    assert "Revision 2 compared with revision 3" in page
    assert '<strong class="govuk-tag govuk-tag--green">Added</strong> Independent' in page
    assert "Voluntary" not in page.split("Core components")[1].split("Implementation")[0]


def test_compare_any_two_with_words_marked(viewer_client, project, editor):
    component = CoreComponentFactory(project=project, name="Voluntary", done_well="Chosen")
    revise(project, editor, "First")
    services.update_component(component=component, version=1, changed_by=editor,
                              name="Voluntary", done_well="Freely chosen")
    services.retire_component(component=component, retired_by=editor)
    page = viewer_client.get(reverse("plans:compare", args=[project.pk]),
                             {"from": 1, "to": 2}).content.decode()
    assert "Revision 1 compared with revision 2" in page
    assert '<strong class="govuk-tag">Changed</strong> Voluntary' in page
    assert ('<del class="trellis-diff__removed"><span class="govuk-visually-hidden">removed: '
            '</span>Chosen</del>') in page
    assert ('<ins class="trellis-diff__added"><span class="govuk-visually-hidden">added: '
            '</span>Freely chosen</ins>') in page
    swapped = viewer_client.get(reverse("plans:compare", args=[project.pk]),
                                {"from": 3, "to": 1}).content.decode()
    assert "Revision 1 compared with revision 3" in swapped
    assert '<strong class="govuk-tag govuk-tag--red">Removed</strong> Voluntary' in swapped


@pytest.mark.parametrize(("query", "message"), [
    ({"from": 1, "to": 9}, "There is no revision 9. Revisions are numbered 1 to 2"),
    ({"from": "one", "to": 2}, "Earlier revision must be a number, like 3"),
    ({"from": 1}, "Enter the later revision\u2019s number"),
    ({"from": 0, "to": 2}, "Earlier revision must be 1 or more"),
])
def test_compare_refuses_revisions_that_do_not_exist(viewer_client, project, editor, query,
                                                     message):
    revise(project, editor, "One")
    revise(project, editor, "Two")
    page = viewer_client.get(reverse("plans:compare", args=[project.pk]), query
                             ).content.decode()
    assert "There is a problem" in page and message in page


def test_nothing_to_compare_with_one_revision(viewer_client, project, editor):
    revise(project, editor, "Only")
    page = viewer_client.get(reverse("plans:compare", args=[project.pk])).content.decode()
    assert "There is nothing to compare yet" in page


def test_compare_uses_a_fixed_number_of_queries(viewer_client, project, editor,
                                                django_assert_max_num_queries):
    for n in range(30):
        CoreComponentFactory(project=project, name=f"Component {n}")
        revise(project, editor, f"Change {n}", timezone.now() - timedelta(days=30 - n))
    with django_assert_max_num_queries(10):
        page = viewer_client.get(reverse("plans:compare", args=[project.pk]),
                                 {"from": 1, "to": 30}).content.decode()
    assert page.count("govuk-tag--green\">Added") == 29
