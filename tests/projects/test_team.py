from django.urls import reverse

from tests.factories import TeamMemberFactory
from trellis.projects.models import TeamMember


def url(project):
    return reverse("projects:add_team_member", args=[project.pk])


def test_add_member_with_role(editor_client, project, viewer):
    response = editor_client.post(url(project), {"user": viewer.pk, "role": "champion",
                                                 "responsibilities": "Peer support"})
    assert response.status_code == 302
    member = TeamMember.objects.get()
    assert (member.user, member.role, member.responsibilities) == (viewer, "champion",
                                                                   "Peer support")
    page = editor_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "Vera" in page and "Champion" in page


def test_only_members_of_the_organisation_can_be_chosen(editor_client, project, outsider):
    form_page = editor_client.get(url(project)).content.decode()
    assert "Otto" not in form_page
    response = editor_client.post(url(project), {"user": outsider.pk, "role": "partner"})
    assert "Choose a person from the list" in response.content.decode()
    assert not TeamMember.objects.exists()


def test_same_role_twice_is_refused(editor_client, project, viewer):
    TeamMemberFactory(project=project, user=viewer, role="lead")
    response = editor_client.post(url(project), {"user": viewer.pk, "role": "lead"})
    assert "already has this role" in response.content.decode()
    assert TeamMember.objects.count() == 1


def test_one_person_can_hold_two_roles(editor_client, project, viewer):
    TeamMemberFactory(project=project, user=viewer, role="lead")
    editor_client.post(url(project), {"user": viewer.pk, "role": "champion"})
    assert TeamMember.objects.filter(user=viewer).count() == 2


def test_remove_member(editor_client, project, viewer):
    member = TeamMemberFactory(project=project, user=viewer)
    remove = reverse("projects:remove_team_member", args=[project.pk, member.pk])
    assert editor_client.get(remove).status_code == 405
    assert editor_client.post(remove).status_code == 302
    assert not TeamMember.objects.exists()


def test_member_of_another_project_is_not_found(editor_client, project, org_a, viewer):
    from tests.factories import ProjectFactory
    elsewhere = TeamMemberFactory(project=ProjectFactory(organisation=org_a), user=viewer)
    remove = reverse("projects:remove_team_member", args=[project.pk, elsewhere.pk])
    assert editor_client.post(remove).status_code == 404
    assert TeamMember.objects.filter(pk=elsewhere.pk).exists()
