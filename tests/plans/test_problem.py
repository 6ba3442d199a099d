"""The problem (why?): the need from four perspectives, each drawing on the
project's own Explore evidence."""

from django.test import Client
from django.urls import reverse

from tests.evidence.factories import EvidenceItemFactory
from tests.factories import ProjectFactory
from tests.plans.factories import ProblemPerspectiveFactory
from trellis.organisations.models import AuditEntry
from trellis.plans.models import ProblemPerspective


def edit_url(project, perspective="practitioners"):
    return reverse("plans:edit_problem", args=[project.pk, perspective])


def test_the_four_perspectives_are_listed(viewer_client, project):
    ProblemPerspectiveFactory(project=project, perspective="leaders", text="Leaders see drift")
    page = viewer_client.get(reverse("plans:problem", args=[project.pk])).content.decode()
    for label in ("Children and young people", "Parents, carers and families",
                  "Practitioners", "Leaders"):
        assert label in page
    assert "Leaders see drift" in page and page.count("Not described yet") == 3
    assert edit_url(project) not in page  # a viewer has no links to change it


def test_describe_a_perspective_with_evidence(editor_client, project):
    first, second = EvidenceItemFactory.create_batch(2, project=project)
    page = editor_client.get(edit_url(project)).content.decode()
    assert "The need from the perspective of practitioners" in page
    assert first.title in page
    response = editor_client.post(edit_url(project), {
        "text": "Social workers want families involved earlier", "version": 0,
        "evidence": [first.pk, second.pk]})
    assert response.status_code == 302
    record = project.problem_perspectives.get(perspective="practitioners")
    assert set(record.evidence.all()) == {first, second}
    revision = project.plan_revisions.get()
    assert revision.summary == "Problem from the perspective of practitioners edited"
    (item,) = revision.content["problem"]
    assert item["group"] == "Practitioners"
    assert {e["title"] for e in item["evidence"]} == {first.title, second.title}
    assert AuditEntry.objects.filter(action="plan.problem_saved").count() == 1
    listed = editor_client.get(reverse("plans:problem", args=[project.pk])).content.decode()
    assert reverse("evidence:detail", args=[project.pk, first.pk]) in listed


def test_edit_again_and_unlink_evidence(editor_client, project):
    item = EvidenceItemFactory(project=project)
    record = ProblemPerspectiveFactory(project=project, perspective="practitioners")
    record.evidence.add(item)
    page = editor_client.get(edit_url(project)).content.decode()
    assert "checked" in page and record.text in page
    editor_client.post(edit_url(project), {"text": "Changed", "version": record.version})
    record.refresh_from_db()
    assert (record.text, record.version, record.evidence.count()) == ("Changed", 2, 0)


def test_another_projects_evidence_is_refused_clearly(editor_client, project, org_a):
    elsewhere = EvidenceItemFactory(project=ProjectFactory(organisation=org_a))
    response = editor_client.post(edit_url(project), {"text": "Need", "version": 0,
                                                      "evidence": [elsewhere.pk]})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Choose evidence from this project\u2019s Explore evidence" in page
    assert not ProblemPerspective.objects.exists()
    assert not project.plan_revisions.exists()


def test_a_description_is_required_and_not_too_long(editor_client, project):
    page = editor_client.post(edit_url(project), {"text": "", "version": 0}).content.decode()
    assert "Describe the need from the perspective of practitioners" in page
    page = editor_client.post(edit_url(project), {"text": "x" * 5001, "version": 0}
                              ).content.decode()
    assert "The description must be 5,000 characters or fewer" in page
    assert not ProblemPerspective.objects.exists()


def test_unknown_perspective_is_404(editor_client, project):
    assert editor_client.get(edit_url(project, "pets")).status_code == 404


def test_viewer_cannot_save(viewer_client, project):
    assert viewer_client.post(edit_url(project), {"text": "x", "version": 0}).status_code == 403
    assert not ProblemPerspective.objects.exists()


def test_two_people_describing_at_once_do_not_lose_work(editor, admin, project):
    eddie, ada = Client(), Client()
    eddie.force_login(editor)
    ada.force_login(admin)
    ProblemPerspectiveFactory(project=project, perspective="practitioners", text="Start")
    for client in (eddie, ada):
        assert client.get(edit_url(project)).status_code == 200
    assert eddie.post(edit_url(project), {"text": "Eddie's words", "version": 1}
                      ).status_code == 302
    response = ada.post(edit_url(project), {"text": "Ada's words", "version": 1})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else changed this while you were editing it" in page
    assert "Latest saved version" in page and "Eddie&#x27;s words" in page
    assert "Differs from yours" in page
    assert "Ada&#x27;s words</textarea>" in page
    assert str(response.context["form"]["version"].value()) == "2"
    assert project.problem_perspectives.get().text == "Eddie's words"
    assert project.plan_revisions.count() == 1


def test_two_people_describing_a_new_perspective_at_once(editor_client, admin_client, project):
    assert editor_client.post(edit_url(project), {"text": "First", "version": 0}
                              ).status_code == 302
    page = admin_client.post(edit_url(project), {"text": "Second", "version": 0}
                             ).content.decode()
    assert "Someone else changed this" in page and "First" in page
    assert project.problem_perspectives.get().text == "First"


def test_without_explore_evidence_the_page_says_how_to_add_some(editor_client, project):
    page = editor_client.get(edit_url(project)).content.decode()
    assert "This project has no Explore evidence yet" in page
    assert reverse("evidence:list", args=[project.pk]) in page
    assert editor_client.post(edit_url(project), {"text": "Need", "version": 0}
                              ).status_code == 302
