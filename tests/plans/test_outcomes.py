"""Implementation outcomes (how well?) by type and term."""

import pytest
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.plans.factories import ImplementationOutcomeFactory
from trellis.plans import services
from trellis.plans.models import ImplementationOutcome


def data(outcome=None, **changes):
    values = {"outcome_type": "adoption", "term": "medium",
              "statement": "FGC coordinators are applying new skills", "target": "",
              "version": outcome.version if outcome else ""}
    return {**values, **changes}


def test_list_groups_by_term(viewer_client, project):
    ImplementationOutcomeFactory(project=project, term="long", outcome_type="reach",
                                 statement="All families offered an FGC")
    ImplementationOutcomeFactory(project=project, term="short", outcome_type="buy-in",
                                 statement="Team are enthusiastic")
    page = viewer_client.get(reverse("plans:outcomes", args=[project.pk])).content.decode()
    assert page.index("Short term") < page.index("Team are enthusiastic") < page.index(
        "Medium term") < page.index("Long term") < page.index("All families offered an FGC")
    assert "Remove" not in page


def test_add_an_outcome(editor_client, project):
    url = reverse("plans:add_outcome", args=[project.pk])
    page = editor_client.get(url + "?term=long").content.decode()
    assert "How far the approach is delivered as intended" in page  # the framework's words
    assert 'value="long" id="id_term_2" class="govuk-radios__input" checked' in page
    response = editor_client.post(url, data(target="Half of coordinators by June"))
    assert response.status_code == 302
    outcome = project.implementation_outcomes.get()
    assert (outcome.outcome_type, outcome.term, outcome.target) == (
        "adoption", "medium", "Half of coordinators by June")
    revision = project.plan_revisions.get()
    assert revision.summary == ("Adoption outcome \u2018FGC coordinators are applying new "
                                "skills\u2019 added")
    (item,) = revision.content["implementation-outcomes"]
    assert (item["label"], item["group"], item["detail"]) == (
        "Adoption", "Medium term", "Target: Half of coordinators by June")


@pytest.mark.parametrize(("changes", "message"), [
    ({"outcome_type": "happiness"}, "Select a type of outcome from the list"),
    ({"outcome_type": ""}, "Select a type of outcome from the list"),
    ({"term": "forever"}, "Select short, medium or long term"),
    ({"statement": ""}, "Enter what will show the outcome"),
    ({"statement": "x" * 1001}, "What will show it must be 1,000 characters or fewer"),
    ({"target": "x" * 301}, "Target must be 300 characters or fewer"),
])
def test_unknown_types_terms_and_bad_text_are_refused(editor_client, project, changes,
                                                      message):
    response = editor_client.post(reverse("plans:add_outcome", args=[project.pk]),
                                  data(**changes))
    assert response.status_code == 200 and message in response.content.decode()
    assert not ImplementationOutcome.objects.exists()
    assert not project.plan_revisions.exists()


def test_the_service_refuses_unknown_types_too(project, editor):
    with pytest.raises(ValueError, match="Unknown outcome type"):
        services.add_outcome(project=project, created_by=editor, outcome_type="joy",
                             term="short", statement="x")
    with pytest.raises(ValueError, match="Unknown term"):
        services.add_outcome(project=project, created_by=editor, outcome_type="reach",
                             term="soon", statement="x")


def test_change_an_outcome(editor_client, project):
    outcome = ImplementationOutcomeFactory(project=project)
    url = reverse("plans:edit_outcome", args=[project.pk, outcome.pk])
    assert outcome.statement in editor_client.get(url).content.decode()
    assert editor_client.post(url, data(outcome, term="long")).status_code == 302
    outcome.refresh_from_db()
    assert (outcome.term, outcome.outcome_type, outcome.version) == ("long", "adoption", 2)
    assert project.plan_revisions.get().summary.startswith("Implementation outcome \u2018")


def test_two_people_changing_an_outcome_at_once(editor_client, admin_client, project):
    outcome = ImplementationOutcomeFactory(project=project, statement="Start")
    url = reverse("plans:edit_outcome", args=[project.pk, outcome.pk])
    assert editor_client.post(url, data(outcome, statement="Eddie's")).status_code == 302
    response = admin_client.post(url, data(outcome, statement="Ada's", term="short"))
    page = response.content.decode()
    assert "Someone else changed this while you were editing it" in page
    assert "Eddie&#x27;s" in page and "Ada&#x27;s</textarea>" in page
    outcome.refresh_from_db()
    assert (outcome.statement, outcome.term) == ("Eddie's", "medium")


def test_remove_an_outcome(editor_client, project):
    outcome = ImplementationOutcomeFactory(project=project, statement="To go")
    url = reverse("plans:remove_outcome", args=[project.pk, outcome.pk])
    page = editor_client.get(url).content.decode()
    assert "Are you sure you want to remove this implementation outcome?" in page
    assert editor_client.post(url).status_code == 302
    assert not project.implementation_outcomes.exists()
    assert project.plan_revisions.get().content["implementation-outcomes"] == []


def test_another_projects_outcome_is_404(editor_client, project, org_a):
    elsewhere = ImplementationOutcomeFactory(project=ProjectFactory(organisation=org_a))
    for name in ("edit_outcome", "remove_outcome"):
        response = editor_client.post(reverse(f"plans:{name}", args=[project.pk, elsewhere.pk]),
                                      data(elsewhere))
        assert response.status_code == 404
    assert ImplementationOutcome.objects.count() == 1


def test_viewer_cannot_change_outcomes(viewer_client, project):
    outcome = ImplementationOutcomeFactory(project=project)
    assert viewer_client.post(reverse("plans:add_outcome", args=[project.pk]),
                              data()).status_code == 403
    assert viewer_client.post(reverse("plans:remove_outcome", args=[project.pk, outcome.pk])
                              ).status_code == 403
    assert ImplementationOutcome.objects.count() == 1
