import pytest
from django.urls import reverse

from tests.core.html import find, find_all
from tests.evidence.conftest import PDF, PNG, stored_files, upload
from trellis.evidence import filetypes
from trellis.evidence.models import EvidenceItem
from trellis.organisations.models import AuditEntry


def url(project):
    return reverse("evidence:add", args=[project.pk])


def form_data(**changes):
    data = {
        "slice": "lived-experience", "title": "Kinship carers' consultation",
        "finding": "Carers feel isolated and do not know what support they can ask for",
        "source": "Consultation report, kinship team", "link": "https://example.org/report",
        "period": "Spring 2026", "source_group": "Kinship carers' consultation, 14 carers",
        "confidence": "moderate", "confidence_reason": "Small group, all arrangement types",
    }
    return {**data, **changes}


def test_form_shows_each_slice_with_its_description_as_a_hint(editor_client, project):
    page = editor_client.get(url(project)).content.decode()
    radios = find_all(page, "input", type="radio", name="slice")
    assert len(radios) == 6
    first = radios[0]
    hint = find(page, "div", "govuk-radios__hint", id=first.attrs["aria-describedby"])
    assert hint.words.startswith("Regularly seek out and reflect on data about the local")
    assert "Never an individual child" in page
    assert 'enctype="multipart/form-data"' in page


def test_slice_can_be_chosen_in_advance(editor_client, project):
    page = editor_client.get(url(project) + "?slice=evaluations").content.decode()
    assert find(page, "input", value="evaluations").has("checked")
    assert editor_client.get(url(project) + "?slice=nonsense").status_code == 200


def test_add_evidence_without_a_file(editor_client, project, editor, media_root):
    response = editor_client.post(url(project), form_data())
    item = EvidenceItem.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("evidence:detail", args=[project.pk, item.pk])
    assert (item.project, item.slice, item.confidence, item.created_by) == (
        project, "lived-experience", "moderate", editor)
    assert item.link == "https://example.org/report"
    assert not item.attachment and item.version == 1
    assert stored_files(media_root) == []
    assert AuditEntry.objects.filter(action="evidence.added").count() == 1


def test_add_evidence_with_a_file_stores_it_under_a_random_name(editor_client, project,
                                                                media_root):
    response = editor_client.post(url(project), {**form_data(),
                                                 "attachment": upload("Consultation.pdf", PDF)})
    assert response.status_code == 302
    item = EvidenceItem.objects.get()
    assert item.attachment_name == "Consultation.pdf"
    assert item.attachment_type == "application/pdf"
    assert item.attachment_size == len(PDF)
    (stored,) = stored_files(media_root)
    assert stored.read_bytes() == PDF
    assert "Consultation" not in stored.name and not stored.name.endswith(".pdf")
    assert stored.relative_to(media_root).parts[:2] == ("evidence", str(project.pk))


def assert_refused(response, message, media_root):
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "There is a problem" in response.content.decode()
    assert not EvidenceItem.objects.exists()
    assert stored_files(media_root) == []
    assert not AuditEntry.objects.filter(action="evidence.added").exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"slice": ""}, "Select which slice of the Evidence Pie it is from"),
    ({"slice": "gut-feeling"}, "Select one of the six slices of the Evidence Pie"),
    ({"title": ""}, "Enter a title"),
    ({"title": "   "}, "Enter a title"),
    ({"title": "x" * 201}, "Title must be 200 characters or fewer"),
    ({"finding": ""}, "Enter what the evidence shows"),
    ({"finding": "x" * 5001}, "What it shows must be 5,000 characters or fewer"),
    ({"source": "x" * 2001}, "Source or reference must be 2,000 characters or fewer"),
    ({"period": "x" * 101}, "Date or period must be 100 characters or fewer"),
    ({"source_group": "x" * 201}, "Who it came from must be 200 characters or fewer"),
    ({"confidence": ""}, "Select how confident you are: low, moderate or high"),
    ({"confidence": "certain"}, "Select how confident you are: low, moderate or high"),
    ({"confidence_reason": "x" * 2001},
     "Why this level of confidence must be 2,000 characters or fewer"),
    ({"link": "javascript:alert(1)"}, "Enter a link starting with http:// or https://"),
    ({"link": "ftp://example.org/file"}, "Enter a link starting with http:// or https://"),
    ({"link": "www.example.org"}, "Enter a link starting with http:// or https://"),
    ({"link": "https://"}, "Enter a link starting with http:// or https://"),
    ({"link": "https://example.org/" + "x" * 500}, "Link must be 500 characters or fewer"),
])
def test_bad_input_saves_nothing(editor_client, project, media_root, changes, message):
    response = editor_client.post(url(project), {**form_data(**changes),
                                                 "attachment": upload("ok.pdf", PDF)})
    assert_refused(response, message, media_root)


def test_empty_submission_lists_every_required_answer(editor_client, project, media_root):
    response = editor_client.post(url(project), {})
    for message in ("Select which slice of the Evidence Pie it is from", "Enter a title",
                    "Enter what the evidence shows",
                    "Select how confident you are: low, moderate or high"):
        assert message in response.content.decode()
    assert_refused(response, "Enter a title", media_root)
    assert response.content.decode().startswith("<!DOCTYPE html>")
    assert "<title>Error: Add evidence" in response.content.decode()


def test_a_file_lying_about_its_type_is_refused(editor_client, project, media_root):
    response = editor_client.post(url(project), {**form_data(),
                                                 "attachment": upload("report.pdf", PNG)})
    assert_refused(response, "The selected file is named as a PDF but it is actually a PNG "
                             "image", media_root)


def test_a_file_of_the_wrong_type_is_refused(editor_client, project, media_root):
    response = editor_client.post(url(project), {**form_data(),
                                                 "attachment": upload("run-me.exe", b"MZ..")})
    assert_refused(response, "The selected file must be a PDF, Word document, Excel "
                             "spreadsheet, CSV file, PNG or JPEG", media_root)


def test_a_file_over_10_mb_is_refused(editor_client, project, media_root):
    big = upload("big.csv", b"a,b\n" * (filetypes.MAX_BYTES // 4 + 1))
    response = editor_client.post(url(project), {**form_data(), "attachment": big})
    assert_refused(response, "The selected file must be smaller than 10 MB", media_root)


def test_a_large_file_within_the_limit_is_checked_from_disk_and_kept(editor_client, project,
                                                                      media_root):
    """Above 2.5 MB Django spools the upload to a temporary file; it is still
    read from the start and stored whole."""
    content = b"Ward,Households\n" + b"North,120\n" * 300_000
    response = editor_client.post(url(project), {**form_data(),
                                                 "attachment": upload("wards.csv", content)})
    assert response.status_code == 302
    item = EvidenceItem.objects.get()
    assert (item.attachment_type, item.attachment_size) == ("text/csv", len(content))
    (stored,) = stored_files(media_root)
    assert stored.read_bytes() == content


def test_an_empty_file_is_refused(editor_client, project, media_root):
    response = editor_client.post(url(project), {**form_data(),
                                                 "attachment": upload("empty.csv", b"")})
    assert_refused(response, "The selected file is empty", media_root)


def test_viewer_cannot_add(viewer_client, project):
    assert viewer_client.get(url(project)).status_code == 403
    assert viewer_client.post(url(project), form_data()).status_code == 403
    assert not EvidenceItem.objects.exists()


def test_outsider_gets_404(outsider_client, project):
    assert outsider_client.post(url(project), form_data()).status_code == 404
    assert not EvidenceItem.objects.exists()


def test_wrong_method(editor_client, project):
    assert editor_client.put(url(project)).status_code == 405
