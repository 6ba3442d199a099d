import pytest
from django.test import Client

from tests.factories import UserFactory


@pytest.fixture
def superuser_client(db):
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize("path", [
    "/admin/", "/admin/organisations/user/", "/admin/organisations/organisation/",
    "/admin/organisations/auditentry/", "/admin/projects/project/",
    "/admin/projects/checklistanswer/", "/admin/organisations/user/add/",
])
def test_superuser_can_use_the_admin(superuser_client, project, path):
    assert superuser_client.get(path).status_code == 200


def test_members_who_are_not_staff_cannot(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_audit_trail_cannot_be_edited(superuser_client, admin_client):
    admin_client.post("/organisation/invite/", {"email": "x@example.org", "role": "viewer"})
    from trellis.organisations.models import AuditEntry
    entry = AuditEntry.objects.get()
    response = superuser_client.post(f"/admin/organisations/auditentry/{entry.pk}/delete/",
                                     {"post": "yes"})
    assert response.status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
