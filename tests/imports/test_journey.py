import datetime

import pytest
from django.urls import reverse

from tests.imports.factories import MeasureFactory
from tests.imports.helpers import HEADER, confirm, csv_file, latest_job, upload
from trellis.monitoring.models import DataPoint

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("mid_april")
def test_a_clean_file_is_checked_then_imported_when_confirmed(
        editor_client, editor, project, django_capture_on_commit_callbacks):
    referrals = MeasureFactory(project=project, name="Referrals")
    rate = MeasureFactory(project=project, name="Conversion", kind="proportion")
    text = HEADER + ("Referrals,01/03/2026,12,,,\n"
                     " referrals ,2026-02-01,9,,,late\n"
                     "CONVERSION,15/03/2026,,3,4,\n")
    response = upload(editor_client, project, csv_file(text),
                      capture=django_capture_on_commit_callbacks)
    job = latest_job(project)
    assert response.status_code == 302
    assert response["Location"] == reverse("imports:job", args=[project.pk, job.pk])
    assert job.status == "ready"
    assert (job.rows, job.added, job.replaced) == (3, 3, 0)
    assert not DataPoint.objects.exists()

    page = editor_client.get(response["Location"]).content.decode()
    assert "Ready to import" in page
    assert "is in the month starting 1 March 2026" in page

    confirm(editor_client, job, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.status == "done"
    points = {(p.measure_id, p.period): p for p in DataPoint.objects.all()}
    assert points[referrals.pk, datetime.date(2026, 3, 1)].value == 12
    assert points[referrals.pk, datetime.date(2026, 2, 1)].note == "late"
    conversion = points[rate.pk, datetime.date(2026, 3, 1)]
    assert (conversion.value, conversion.numerator, conversion.denominator) == (0.75, 3, 4)
    assert conversion.entered_by == editor
    assert not job.upload_name
