"""A measure's history says which file its imported figures came from."""

import pytest
from django.urls import reverse

from tests.imports.factories import MeasureFactory
from tests.imports.helpers import HEADER, confirm, csv_file, latest_job, upload
from tests.organisations.pages import main_text

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("mid_april")
def test_history_lists_the_import_that_added_figures(
        editor_client, viewer_client, project, django_capture_on_commit_callbacks):
    referrals = MeasureFactory(project=project, name="Referrals")
    other = MeasureFactory(project=project, name="Placements")
    text = HEADER + "Referrals,01/02/2026,9,,,\nReferrals,01/03/2026,12,,,\n"
    upload(editor_client, project, csv_file(text, name="march.csv"),
           capture=django_capture_on_commit_callbacks)
    history = reverse("monitoring:history", args=[project.pk, referrals.pk])
    assert "march.csv" not in main_text(viewer_client.get(history))  # checked, not written

    confirm(editor_client, latest_job(project), django_capture_on_commit_callbacks)
    page = main_text(viewer_client.get(history))
    assert "imported march.csv – 2 figures added (February 2026 to March 2026)" in page
    other_page = reverse("monitoring:history", args=[project.pk, other.pk])
    assert "march.csv" not in main_text(viewer_client.get(other_page))
