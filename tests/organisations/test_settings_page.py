"""An admin choosing how charts read signals and when survey results are shown."""

from django.urls import reverse

from tests.organisations.pages import error_summary, main_text
from trellis.organisations.models import AuditEntry, Organisation

SETTINGS = reverse("organisations:settings")
DETAIL = reverse("organisations:detail")


def _saved(org):
    org = Organisation.objects.get(pk=org.pk)
    return org.spc_run_length, org.spc_screen_outliers, org.survey_minimum_responses


def test_new_organisations_read_charts_as_making_data_count_does(org_a):
    assert _saved(org_a) == (6, False, 5)


def test_the_organisation_page_shows_the_settings(admin_client):
    text = main_text(admin_client.get(DETAIL))
    assert "6 points in a row above or below the mean" in text
    assert "Included in the limits (as Making Data Count)" in text
    assert "5 responses" in text


def test_an_admin_changes_the_settings_and_the_change_is_audited(admin_client, org_a, org_b):
    response = admin_client.post(SETTINGS, {"spc_run_length": "7", "spc_screen_outliers": "on",
                                            "survey_minimum_responses": "10"})
    assert response.status_code == 302
    assert _saved(org_a) == (7, True, 10)
    assert _saved(org_b) == (6, False, 5)
    entry = AuditEntry.objects.get(organisation=org_a, action="organisation.settings")
    assert "6 → 7" in entry.summary and "5 → 10" in entry.summary


def test_saving_unchanged_settings_writes_no_audit_entry(admin_client, org_a):
    admin_client.post(SETTINGS, {"spc_run_length": "6", "survey_minimum_responses": "5"})
    assert not AuditEntry.objects.filter(action="organisation.settings").exists()


def test_impossible_settings_are_refused_and_nothing_changes(admin_client, org_a):
    for data, message in [
        ({"spc_run_length": "5", "survey_minimum_responses": "5"}, "Select a valid choice"),
        ({"spc_run_length": "6", "survey_minimum_responses": "2"},
         "Enter a number between 3 and 50"),
        ({"spc_run_length": "6", "survey_minimum_responses": "lots"}, "Enter a whole number"),
    ]:
        response = admin_client.post(SETTINGS, data)
        assert response.status_code == 200
        assert any(message in item for item in error_summary(response)), error_summary(response)
        assert _saved(org_a) == (6, False, 5)


def test_editors_and_viewers_cannot_change_settings(editor_client, viewer_client, org_a):
    for client in (editor_client, viewer_client):
        response = client.post(SETTINGS, {"spc_run_length": "7",
                                          "survey_minimum_responses": "9"})
        assert response.status_code == 403
    assert _saved(org_a) == (6, False, 5)
