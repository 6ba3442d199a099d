import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from tests.adaptations.factories import ComponentFactory
from tests.factories import ProjectFactory
from tests.surveys.conftest import Respondent
from tests.surveys.factories import QuestionnaireFactory, SurveyRoundFactory
from tests.surveys.test_public import AIM
from trellis.organisations.models import AuditEntry
from trellis.plans.models import ImplementationOutcome
from trellis.surveys.models import SurveyRound

TODAY = "2026-03-10 12:00Z"
VALID = {"label": "Baseline", "audience": "practitioners", "instruments": ["aim", "fim"],
         "questionnaire": "", "about": "approach", "outcome": "",
         "opens_on_day": "10", "opens_on_month": "3", "opens_on_year": "2026",
         "closes_on_day": "31", "closes_on_month": "3", "closes_on_year": "2026",
         "public_title": "How are Family Group Conferences going?",
         "why": "So the FGC team can improve support.", "layout": "one_page"}


def add_url(project):
    return reverse("surveys:add_round", args=[project.pk])


def outcome_for(project, kind="acceptability"):
    return ImplementationOutcome.objects.create(project=project, outcome_type=kind,
                                                term="short", statement="Staff find FGC "
                                                "acceptable")


def test_index_lists_rounds_with_status_and_counts(viewer_client, project, other_project):
    with time_machine.travel(TODAY, tick=False):
        SurveyRoundFactory(project=project, label="Baseline",
                           opens_on=datetime.date(2026, 1, 1),
                           closes_on=datetime.date(2026, 1, 31))
        current = SurveyRoundFactory(project=project, label="3 months",
                                     instruments=["aim", "fim"])
        SurveyRoundFactory(project=other_project, label="Not ours")
        person = Respondent(current)
        person.begin()
        person.post({**AIM, **{f"fim-{n}": "4" for n in range(1, 5)}})
        person.send()
        page = viewer_client.get(reverse("surveys:index", args=[project.pk])).content.decode()
    assert "Baseline" in page and "3 months" in page and "Not ours" not in page
    assert "AIM and FIM" in page
    assert "Closed" in page and "Open" in page
    assert '<td class="govuk-table__cell">Fewer than 5 responses</td>' in page  # 1, hidden
    assert '<td class="govuk-table__cell">No responses yet</td>' in page
    assert "Create a survey round" not in page  # viewers cannot


@time_machine.travel(TODAY, tick=False)
def test_create_a_round(editor_client, editor, project):
    component = ComponentFactory(project=project, name="Private family time")
    outcome = outcome_for(project)
    questionnaire = QuestionnaireFactory(organisation=project.organisation)
    response = editor_client.post(add_url(project), {
        **VALID, "about": str(component.pk), "outcome": str(outcome.pk),
        "questionnaire": str(questionnaire.pk)})
    survey_round = SurveyRound.objects.get()
    assert response["Location"] == reverse("surveys:round", args=[project.pk, survey_round.pk])
    assert (survey_round.label, survey_round.core_component, survey_round.outcome,
            survey_round.questionnaire, survey_round.instrument_slugs,
            survey_round.created_by) == (
        "Baseline", component, outcome, questionnaire, ["aim", "fim"], editor)
    assert (survey_round.opens_on, survey_round.closes_on) == (
        datetime.date(2026, 3, 10), datetime.date(2026, 3, 31))
    assert len(survey_round.token) >= 32
    assert AuditEntry.objects.filter(action="surveys.round_created").exists()


def test_round_page_shows_link_questions_and_sources(viewer_client, project, settings):
    settings.SITE_URL = "https://trellis.example.gov.uk"
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"])
    page = viewer_client.get(reverse("surveys:round", args=[project.pk, survey_round.pk])
                             ).content.decode()
    assert f"https://trellis.example.gov.uk/s/{survey_round.token}/" in page
    assert "Family Group Conferences meets my approval." in page
    assert "Weiner" in page  # the citation
    assert "Edit this round" not in page


def test_poster_has_a_qr_code_of_the_link(viewer_client, project, settings):
    settings.SITE_URL = "https://trellis.example.gov.uk/"
    survey_round = SurveyRoundFactory(project=project)
    page = viewer_client.get(reverse("surveys:poster", args=[project.pk, survey_round.pk])
                             ).content.decode()
    assert "<svg" in page and "QR code for the survey link" in page
    assert f"https://trellis.example.gov.uk/s/{survey_round.token}/" in page
    assert survey_round.public_title in page


def errors_for(client, project, **changes):
    with time_machine.travel(TODAY, tick=False):
        response = client.post(add_url(project), {**VALID, **changes})
    assert response.status_code == 200
    assert not SurveyRound.objects.exists()
    return response.content.decode()


def test_empty_submission(editor_client, project):
    page = editor_client.post(add_url(project), {}).content.decode()
    for message in ("Enter a name for this round", "Select who the round is for",
                    "Select what the round is about", "Enter the title people see",
                    "Enter why you ask and how answers are used", "Enter a date",
                    "Select at least one validated measure, or choose one of your own "
                    "questionnaires"):
        assert message in page
    assert not SurveyRound.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"instruments": ["aim", "nope"]}, "Select measures from the list"),
    ({"instruments": []}, "Select at least one validated measure"),
    ({"audience": "everyone"}, "Select who the round is for"),
    ({"layout": "sideways"}, "Select how the questions are shown"),
    ({"closes_on_day": "9"}, "The closing date must be the same as or after the opening"),
    ({"opens_on_day": "1", "closes_on_day": "9"}, "The closing date must be today or in the "
                                                   "future"),
    ({"why": "x" * 2001}, "Why you ask must be 2,000 characters or fewer"),
    ({"public_title": "x" * 201}, "The title must be 200 characters or fewer"),
])
def test_bad_values_get_clear_messages(editor_client, project, changes, message):
    assert message in errors_for(editor_client, project, **changes)


def test_another_organisations_or_projects_parts_are_refused(editor_client, project, org_b):
    theirs = QuestionnaireFactory(organisation=org_b)
    assert "Select one of your organisation&#x27;s questionnaires" in errors_for(
        editor_client, project, questionnaire=str(theirs.pk), instruments=[])
    elsewhere = ComponentFactory(project=ProjectFactory(organisation=project.organisation))
    assert "Select the approach or one of its core components" in errors_for(
        editor_client, project, about=str(elsewhere.pk))
    other_outcome = outcome_for(ProjectFactory(organisation=project.organisation))
    assert "Select one of the plan&#x27;s implementation outcomes" in errors_for(
        editor_client, project, outcome=str(other_outcome.pk))


def edit_data(survey_round, **changes):
    data = {**VALID, "label": survey_round.label, "version": survey_round.version,
            "instruments": survey_round.instrument_slugs, "layout": survey_round.layout}
    return {**data, **changes}


@time_machine.travel(TODAY, tick=False)
def test_edit_a_round(editor_client, project):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"])
    url = reverse("surveys:edit_round", args=[project.pk, survey_round.pk])
    assert editor_client.get(url).context["form"]["instruments"].value() == ["aim"]
    response = editor_client.post(url, edit_data(survey_round, label="Baseline (staff)",
                                                  instruments=["iam", "oric"]))
    assert response.status_code == 302
    survey_round.refresh_from_db()
    assert (survey_round.label, survey_round.instrument_slugs, survey_round.version) == (
        "Baseline (staff)", ["iam", "oric"], 2)


@time_machine.travel(TODAY, tick=False)
def test_what_a_round_asks_is_fixed_once_answered(editor_client, project):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"])
    person = Respondent(survey_round)
    person.begin()
    person.post(AIM)
    person.send()
    url = reverse("surveys:edit_round", args=[project.pk, survey_round.pk])
    assert "People have answered this round" in editor_client.get(url).content.decode()
    component = ComponentFactory(project=project)
    response = editor_client.post(url, edit_data(survey_round, instruments=["oric"],
                                                 about=str(component.pk),
                                                 public_title="New title"))
    assert response.status_code == 302
    survey_round.refresh_from_db()
    assert (survey_round.instrument_slugs, survey_round.core_component,
            survey_round.public_title) == (["aim"], None, "New title")


@time_machine.travel(TODAY, tick=False)
def test_two_people_editing_the_same_round(editor, admin, project):
    survey_round = SurveyRoundFactory(project=project, label="Baseline")
    url = reverse("surveys:edit_round", args=[project.pk, survey_round.pk])
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    assert first.post(url, edit_data(survey_round, label="Baseline A")).status_code == 302
    response = second.post(url, edit_data(survey_round, label="Baseline B"))
    assert response.status_code == 200
    assert "Someone else changed this survey round" in response.content.decode()
    assert {c.label: (c.saved, c.yours) for c in response.context["changes"]}[
        "Name of this round"] == ("Baseline A", "Baseline B")
    survey_round.refresh_from_db()
    assert survey_round.label == "Baseline A"


@time_machine.travel(TODAY, tick=False)
def test_repeat_a_round(editor_client, project):
    component = ComponentFactory(project=project)
    survey_round = SurveyRoundFactory(project=project, label="Baseline", instruments=[
        "aim", "fim"], core_component=component, audience="leaders")
    url = reverse("surveys:repeat_round", args=[project.pk, survey_round.pk])
    response = editor_client.post(url, {
        "label": "3 months", "opens_on_day": "1", "opens_on_month": "6",
        "opens_on_year": "2026", "closes_on_day": "30", "closes_on_month": "6",
        "closes_on_year": "2026"})
    copy = SurveyRound.objects.exclude(pk=survey_round.pk).get()
    assert response["Location"] == reverse("surveys:round", args=[project.pk, copy.pk])
    assert (copy.label, copy.instrument_slugs, copy.core_component, copy.audience,
            copy.public_title, copy.repeat_of, copy.opens_on) == (
        "3 months", ["aim", "fim"], component, "leaders", survey_round.public_title,
        survey_round, datetime.date(2026, 6, 1))
    assert copy.token != survey_round.token


@time_machine.travel(TODAY, tick=False)
def test_repeat_refuses_bad_dates(editor_client, project):
    survey_round = SurveyRoundFactory(project=project)
    url = reverse("surveys:repeat_round", args=[project.pk, survey_round.pk])
    page = editor_client.post(url, {"label": "", "opens_on_day": "1", "opens_on_month": "6",
                                    "opens_on_year": "2026", "closes_on_day": "1",
                                    "closes_on_month": "5", "closes_on_year": "2026"}
                              ).content.decode()
    assert "Enter a name for the new round" in page
    assert "The closing date must be the same as or after the opening date" in page
    assert SurveyRound.objects.count() == 1


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    survey_round = SurveyRoundFactory(project=project)
    edit = reverse("surveys:edit_round", args=[project.pk, survey_round.pk])
    assert viewer_client.get(add_url(project)).status_code == 403
    assert viewer_client.post(add_url(project), VALID).status_code == 403
    assert viewer_client.post(edit, edit_data(survey_round)).status_code == 403
    assert outsider_client.get(reverse("surveys:round", args=[project.pk, survey_round.pk])
                               ).status_code == 404
    assert editor_client.delete(edit).status_code == 405
    assert SurveyRound.objects.get().version == 1


def test_another_projects_round_is_not_found(editor_client, project, org_a):
    elsewhere = SurveyRoundFactory(project=ProjectFactory(organisation=org_a))
    for name in ("surveys:round", "surveys:edit_round", "surveys:poster",
                 "surveys:repeat_round"):
        assert editor_client.get(reverse(name, args=[project.pk, elsewhere.pk])
                                 ).status_code == 404
