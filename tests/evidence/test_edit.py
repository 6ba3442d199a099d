import pytest
from django.urls import reverse

from tests.evidence.conftest import PDF, PNG, stored_files, upload, xlsx_bytes
from tests.evidence.factories import EvidenceItemFactory
from tests.factories import ProjectFactory
from trellis.evidence import services
from trellis.evidence.models import EvidenceItem


def url(item):
    return reverse("evidence:edit", args=[item.project_id, item.pk])


def form_data(item, **changes):
    data = {field: getattr(item, field) for field in services.EDITABLE_FIELDS}
    return {**data, "version": item.version, **changes}


@pytest.fixture
def item(project):
    return EvidenceItemFactory(project=project, title="Census tables")


@pytest.fixture
def with_file(project, editor):
    return services.add_evidence(
        project=project, created_by=editor, slice="organisational-data", title="Requests",
        finding="Requests rose", confidence="high",
        upload=services.Upload(upload("requests.pdf", PDF), "requests.pdf", "application/pdf",
                               len(PDF)))


def test_edit_saves_and_bumps_version(editor_client, item):
    page = editor_client.get(url(item)).content.decode()
    assert "Census tables" in page
    response = editor_client.post(url(item), form_data(item, title="Census 2021 tables",
                                                       confidence="high"))
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.title, item.confidence, item.version) == ("Census 2021 tables", "high", 2)


def test_two_people_editing_at_once_do_not_lose_work(editor_client, admin_client, item):
    first = form_data(item, title="Changed by Eddie")
    second = form_data(item, finding="Changed by Ada")
    assert editor_client.post(url(item), first).status_code == 302
    response = admin_client.post(url(item), second)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else changed this evidence while you were editing it" in page
    assert "Latest saved version" in page and "Changed by Eddie" in page
    assert "Changed by Ada" in page  # the second editor's input is kept in the form
    item.refresh_from_db()
    assert (item.title, item.finding) == ("Changed by Eddie", "Children in kinship care are "
                                                             "concentrated in two wards")
    assert str(response.context["form"]["version"].value()) == "2"


def test_a_stale_save_with_a_file_stores_nothing(editor_client, item, media_root):
    EvidenceItem.objects.filter(pk=item.pk).update(version=5)
    response = editor_client.post(url(item), {**form_data(item),
                                              "attachment": upload("new.pdf", PDF)})
    assert "choose it again" in response.content.decode()
    assert stored_files(media_root) == []
    item.refresh_from_db()
    assert not item.attachment


def test_attach_a_file_to_existing_evidence(editor_client, item, media_root):
    response = editor_client.post(url(item), {**form_data(item),
                                              "attachment": upload("Figures.xlsx", xlsx_bytes())})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.attachment_name == "Figures.xlsx"
    assert item.attachment_type.endswith("spreadsheetml.sheet")
    assert len(stored_files(media_root)) == 1


def test_replacing_the_file_deletes_the_old_one(editor_client, with_file, media_root,
                                                django_capture_on_commit_callbacks):
    (old,) = stored_files(media_root)
    page = editor_client.get(url(with_file)).content.decode()
    assert "A new file replaces \u2018requests.pdf\u2019" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url(with_file), {**form_data(with_file),
                                                       "attachment": upload("chart.png", PNG)})
    assert response.status_code == 302
    with_file.refresh_from_db()
    assert (with_file.attachment_name, with_file.attachment_type) == ("chart.png", "image/png")
    (new,) = stored_files(media_root)
    assert new != old and new.read_bytes() == PNG


def test_remove_the_file_only(editor_client, with_file, media_root,
                              django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url(with_file), {**form_data(with_file), "remove_attachment": "on"})
    with_file.refresh_from_db()
    assert not with_file.attachment and with_file.attachment_name == ""
    assert with_file.attachment_size is None
    assert stored_files(media_root) == []


def test_cannot_both_replace_and_remove(editor_client, with_file, media_root):
    response = editor_client.post(url(with_file), {**form_data(with_file),
                                                   "remove_attachment": "on",
                                                   "attachment": upload("chart.png", PNG)})
    assert "Either attach a new file or remove the current one" in response.content.decode()
    assert len(stored_files(media_root)) == 1


def test_editing_text_keeps_the_file(editor_client, with_file, media_root,
                                     django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url(with_file), form_data(with_file, title="Requests, two years"))
    with_file.refresh_from_db()
    assert with_file.attachment_name == "requests.pdf"
    assert len(stored_files(media_root)) == 1


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": ""}, "Enter a title"),
    ({"finding": "x" * 5001}, "What it shows must be 5,000 characters or fewer"),
    ({"link": "file:///etc/passwd"}, "Enter a link starting with http:// or https://"),
    ({"slice": ""}, "Select which slice of the Evidence Pie it is from"),
])
def test_bad_input_changes_nothing(editor_client, item, changes, message):
    response = editor_client.post(url(item), {**form_data(item, **changes),
                                              "attachment": upload("x.pdf", PDF)})
    assert message in response.content.decode()
    saved = EvidenceItem.objects.get(pk=item.pk)
    assert (saved.title, saved.version, saved.attachment.name) == ("Census tables", 1, "")
    # The page still names the saved item, not the rejected input.
    assert "<title>Error: Edit Census tables" in response.content.decode()


def test_lying_file_changes_nothing(editor_client, with_file, media_root):
    response = editor_client.post(url(with_file), {**form_data(with_file),
                                                   "attachment": upload("chart.png", PDF)})
    assert "named as a PNG image but it is actually a PDF" in response.content.decode()
    with_file.refresh_from_db()
    assert with_file.attachment_name == "requests.pdf" and with_file.version == 1
    assert len(stored_files(media_root)) == 1


def test_viewer_gets_403(viewer_client, item):
    assert viewer_client.get(url(item)).status_code == 403
    assert viewer_client.post(url(item), form_data(item, title="No")).status_code == 403
    assert EvidenceItem.objects.get(pk=item.pk).title == "Census tables"


def test_outsider_and_other_project_get_404(outsider_client, editor_client, item, org_a):
    assert outsider_client.get(url(item)).status_code == 404
    elsewhere = ProjectFactory(organisation=org_a)
    wrong = reverse("evidence:edit", args=[elsewhere.pk, item.pk])
    assert editor_client.post(wrong, form_data(item, title="No")).status_code == 404
    assert EvidenceItem.objects.get(pk=item.pk).title == "Census tables"


def test_wrong_method(editor_client, item):
    assert editor_client.delete(url(item)).status_code == 405
