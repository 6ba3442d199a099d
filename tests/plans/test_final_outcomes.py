"""Final outcomes (and so?) for children and young people, families and the
local authority."""

import pytest
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.plans.factories import FinalOutcomeFactory
from trellis.plans.models import FinalOutcome


def data(outcome=None, **changes):
    values = {"audience": "families", "statement": "Greater trust between families and "
              "professionals", "how_measured": "Feedback at case closure",
              "version": outcome.version if outcome else ""}
    return {**values, **changes}


def test_list_by_audience(viewer_client, project):
    FinalOutcomeFactory(project=project, audience="local-authority",
                        statement="Fewer children in care", how_measured="")
    page = viewer_client.get(reverse("plans:final_outcomes", args=[project.pk])
                             ).content.decode()
    assert page.index("Children and young people") < page.index("Local authority") < \
        page.index("Fewer children in care")
    assert "How it will be measured is not said yet" in page


def test_add_a_final_outcome(editor_client, project):
    url = reverse("plans:add_final_outcome", args=[project.pk])
    assert "Outcomes for parents, carers and family networks" in editor_client.get(
        url).content.decode()
    assert editor_client.post(url, data()).status_code == 302
    outcome = project.final_outcomes.get()
    assert (outcome.audience, outcome.how_measured) == ("families", "Feedback at case closure")
    (item,) = project.plan_revisions.get().content["final-outcomes"]
    assert (item["group"], item["detail"]) == (
        "Families", "How it will be measured: Feedback at case closure")


@pytest.mark.parametrize(("changes", "message"), [
    ({"audience": "councillors"}, "Select children and young people, families or the local "
                                  "authority"),
    ({"statement": ""}, "Enter the outcome"),
    ({"how_measured": "x" * 2001}, "How it will be measured must be 2,000 characters or fewer"),
])
def test_bad_input_is_refused(editor_client, project, changes, message):
    response = editor_client.post(reverse("plans:add_final_outcome", args=[project.pk]),
                                  data(**changes))
    assert message in response.content.decode()
    assert not FinalOutcome.objects.exists() and not project.plan_revisions.exists()


def test_change_and_remove(editor_client, project):
    outcome = FinalOutcomeFactory(project=project)
    url = reverse("plans:edit_final_outcome", args=[project.pk, outcome.pk])
    assert editor_client.post(url, data(outcome, audience="local-authority")
                              ).status_code == 302
    outcome.refresh_from_db()
    assert (outcome.audience, outcome.version) == ("local-authority", 2)
    remove = reverse("plans:remove_final_outcome", args=[project.pk, outcome.pk])
    assert "Are you sure" in editor_client.get(remove).content.decode()
    editor_client.post(remove)
    assert not project.final_outcomes.exists()
    assert [r.summary.split(" \u2018")[0] for r in project.plan_revisions.order_by("number")
            ] == ["Final outcome", "Final outcome"]


def test_two_people_changing_at_once(editor_client, admin_client, project):
    outcome = FinalOutcomeFactory(project=project)
    url = reverse("plans:edit_final_outcome", args=[project.pk, outcome.pk])
    editor_client.post(url, data(outcome, statement="Eddie's outcome"))
    page = admin_client.post(url, data(outcome, statement="Ada's outcome")).content.decode()
    assert "Someone else changed this" in page and "Eddie&#x27;s outcome" in page
    assert "Ada&#x27;s outcome</textarea>" in page
    outcome.refresh_from_db()
    assert outcome.statement == "Eddie's outcome"


def test_another_projects_final_outcome_is_404(editor_client, project, org_a):
    elsewhere = FinalOutcomeFactory(project=ProjectFactory(organisation=org_a))
    for name in ("edit_final_outcome", "remove_final_outcome"):
        assert editor_client.post(reverse(f"plans:{name}", args=[project.pk, elsewhere.pk]),
                                  data(elsewhere)).status_code == 404
    assert FinalOutcome.objects.count() == 1


def test_viewer_cannot_add(viewer_client, project):
    assert viewer_client.post(reverse("plans:add_final_outcome", args=[project.pk]),
                              data()).status_code == 403
    assert viewer_client.get(reverse("plans:add_final_outcome", args=[project.pk])
                             ).status_code == 403
