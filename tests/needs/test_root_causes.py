"""Adding, editing and removing root causes, and linking their evidence."""

from html import unescape

from django.urls import reverse

from tests.factories import EvidenceItemFactory, OrganisationFactory, ProjectFactory
from tests.needs.factories import RootCauseFactory
from trellis.needs.models import RootCause
from trellis.organisations.models import AuditEntry


def add_url(project):
    return reverse("needs:add_root_cause", args=[project.pk])


def edit_url(cause):
    return reverse("needs:edit_root_cause", args=[cause.project_id, cause.pk])


def remove_url(cause):
    return reverse("needs:remove_root_cause", args=[cause.project_id, cause.pk])


def page(response) -> str:
    return unescape(response.content.decode())


def test_add_with_evidence(editor_client, project):
    told = EvidenceItemFactory(project=project, slice="lived-experience")
    counts = EvidenceItemFactory(project=project, slice="population-data")
    response = editor_client.post(add_url(project), {
        "statement": "Carers do not know what to ask for", "explanation": "They told us",
        "evidence": [told.pk, counts.pk]})
    assert response.status_code == 302
    assert response["Location"] == reverse("needs:overview", args=[project.pk])
    cause = RootCause.objects.get()
    assert (cause.project, cause.statement, cause.explanation) == (
        project, "Carers do not know what to ask for", "They told us")
    assert set(cause.evidence.all()) == {told, counts}
    assert cause.created_by.name == "Eddie"
    assert AuditEntry.objects.filter(action="needs.root_cause_added").exists()


def test_add_without_evidence_is_a_hunch(editor_client, project):
    editor_client.post(add_url(project), {"statement": "Groups clash with school runs"})
    cause = RootCause.objects.get()
    assert not cause.evidence.exists()
    overview = page(editor_client.get(reverse("needs:overview", args=[project.pk])))
    assert "Hunch" in overview


def test_form_lists_only_this_projects_evidence_labelled_by_slice(editor_client, project,
                                                                  org_a):
    EvidenceItemFactory(project=project, slice="population-data", title="Census estimate")
    EvidenceItemFactory(project=project, slice="lived-experience", title="Carers' group")
    EvidenceItemFactory(project=ProjectFactory(organisation=org_a), title="Somewhere else")
    form = page(editor_client.get(add_url(project)))
    assert "Population data: Census estimate" in form
    assert "Lived experience: Carers' group" in form
    # In the Evidence Pie's order of slices, not alphabetical.
    assert form.index("Population data:") < form.index("Lived experience:")
    assert "Somewhere else" not in form


def test_form_without_any_evidence_explains(editor_client, project):
    form = page(editor_client.get(add_url(project)))
    assert "No evidence has been recorded for this project yet" in form


def test_evidence_of_another_project_is_refused(editor_client, project, org_a):
    own = EvidenceItemFactory(project=project)
    elsewhere = EvidenceItemFactory(project=ProjectFactory(organisation=org_a))
    response = editor_client.post(add_url(project), {
        "statement": "Carers do not know", "evidence": [own.pk, elsewhere.pk]})
    assert response.status_code == 200
    assert "Evidence recorded for another project cannot support this root cause" in (
        page(response))
    assert not RootCause.objects.exists()


def test_evidence_of_another_organisation_is_refused(editor_client, project):
    theirs = EvidenceItemFactory(project=ProjectFactory(organisation=OrganisationFactory()))
    response = editor_client.post(add_url(project), {
        "statement": "Carers do not know", "evidence": [theirs.pk]})
    assert "Choose evidence from this project's own list" in page(response)
    assert not RootCause.objects.exists()


def test_nonsense_evidence_id_is_refused(editor_client, project):
    response = editor_client.post(add_url(project), {"statement": "x", "evidence": ["abc"]})
    assert "Choose evidence from this project's own list" in page(response)
    assert not RootCause.objects.exists()


def test_statement_is_required_and_limited(editor_client, project):
    response = editor_client.post(add_url(project), {"statement": ""})
    assert "Enter the root cause" in page(response)
    assert response.context["form"].errors
    assert "<title>Error: " in page(response)
    response = editor_client.post(add_url(project), {"statement": "x" * 301})
    assert "Root cause must be 300 characters or fewer" in page(response)
    response = editor_client.post(add_url(project), {"statement": "x",
                                                     "explanation": "y" * 5001})
    assert "Explanation must be 5,000 characters or fewer" in page(response)
    assert not RootCause.objects.exists()


def test_viewer_cannot_add(viewer_client, project):
    assert viewer_client.get(add_url(project)).status_code == 403
    assert viewer_client.post(add_url(project), {"statement": "x"}).status_code == 403
    assert not RootCause.objects.exists()


def test_outsider_cannot_add(outsider_client, project):
    assert outsider_client.post(add_url(project), {"statement": "x"}).status_code == 404
    assert not RootCause.objects.exists()


def test_edit_changes_statement_and_evidence(editor_client, project):
    old = EvidenceItemFactory(project=project)
    new = EvidenceItemFactory(project=project, slice="evaluations")
    cause = RootCauseFactory(project=project, statement="Before", evidence=[old])
    form = page(editor_client.get(edit_url(cause)))
    assert "Before" in form and 'name="version" value="1"' in form
    response = editor_client.post(edit_url(cause), {
        "statement": "After", "explanation": "", "evidence": [new.pk], "version": 1})
    assert response.status_code == 302
    cause.refresh_from_db()
    assert (cause.statement, cause.version) == ("After", 2)
    assert list(cause.evidence.all()) == [new]


def test_edit_refuses_another_projects_evidence(editor_client, project, org_a):
    cause = RootCauseFactory(project=project, statement="Before")
    elsewhere = EvidenceItemFactory(project=ProjectFactory(organisation=org_a))
    response = editor_client.post(edit_url(cause), {
        "statement": "After", "evidence": [elsewhere.pk], "version": 1})
    assert "Choose evidence from this project's own list" in page(response)
    cause.refresh_from_db()
    assert (cause.statement, cause.version) == ("Before", 1)
    assert not cause.evidence.exists()


def test_two_people_editing_at_once_do_not_lose_work(editor_client, admin_client, project):
    cause = RootCauseFactory(project=project, statement="Original")
    assert editor_client.post(edit_url(cause), {"statement": "Eddie's", "version": 1}
                              ).status_code == 302
    response = admin_client.post(edit_url(cause), {"statement": "Ada's", "version": 1})
    assert response.status_code == 200
    text = page(response)
    assert "Someone else changed this root cause while you were editing it" in text
    assert "Latest saved version" in text and "Eddie's" in text
    assert response.context["form"]["statement"].value() == "Ada's"
    assert str(response.context["form"]["version"].value()) == "2"
    cause.refresh_from_db()
    assert cause.statement == "Eddie's"
    again = admin_client.post(edit_url(cause), {"statement": "Ada's", "version": 2})
    assert again.status_code == 302
    cause.refresh_from_db()
    assert (cause.statement, cause.version) == ("Ada's", 3)


def test_edit_bad_input_writes_nothing(editor_client, project):
    cause = RootCauseFactory(project=project, statement="Original")
    response = editor_client.post(edit_url(cause), {"statement": "", "version": 1})
    assert "Enter the root cause" in page(response)
    cause.refresh_from_db()
    assert (cause.statement, cause.version) == ("Original", 1)


def test_viewer_cannot_edit(viewer_client, project):
    cause = RootCauseFactory(project=project, statement="Original")
    assert viewer_client.post(edit_url(cause), {"statement": "x", "version": 1}
                              ).status_code == 403
    cause.refresh_from_db()
    assert cause.statement == "Original"


def test_root_cause_of_another_project_is_not_found(editor_client, project, org_a):
    elsewhere = RootCauseFactory(project=ProjectFactory(organisation=org_a))
    for name in ("needs:edit_root_cause", "needs:remove_root_cause"):
        response = editor_client.post(reverse(name, args=[project.pk, elsewhere.pk]),
                                      {"statement": "x", "version": 1})
        assert response.status_code == 404
    assert RootCause.objects.get(pk=elsewhere.pk).statement.startswith("Root cause")


def test_remove_asks_first_then_removes_keeping_the_evidence(editor_client, project):
    item = EvidenceItemFactory(project=project)
    cause = RootCauseFactory(project=project, statement="Groups clash", evidence=[item])
    confirm = page(editor_client.get(remove_url(cause)))
    assert "Remove this root cause?" in confirm and "Groups clash" in confirm
    assert "The evidence stays in the project" in confirm
    assert RootCause.objects.exists()
    response = editor_client.post(remove_url(cause))
    assert response.status_code == 302
    assert not RootCause.objects.exists()
    item.refresh_from_db()
    assert AuditEntry.objects.filter(action="needs.root_cause_removed").exists()


def test_viewer_cannot_remove(viewer_client, project):
    cause = RootCauseFactory(project=project)
    assert viewer_client.post(remove_url(cause)).status_code == 403
    assert RootCause.objects.exists()


def test_wrong_method(editor_client, project):
    cause = RootCauseFactory(project=project)
    assert editor_client.put(remove_url(cause)).status_code == 405
    assert editor_client.delete(edit_url(cause)).status_code == 405
    assert editor_client.patch(add_url(project)).status_code == 405
