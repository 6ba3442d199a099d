"""What the database itself refuses, and what the services refuse."""

import pytest
from django.db import IntegrityError

from tests.barriers.factories import BarrierEnablerFactory
from tests.engagement.factories import EngagementActivityFactory
from tests.factories import EvidenceItemFactory, ProjectFactory, UserFactory
from trellis.barriers.services import record_barrier


@pytest.mark.parametrize(("kind", "strength"), [("barrier", 1), ("barrier", 0),
                                                 ("enabler", -2), ("enabler", 0),
                                                 ("enabler", 3), ("barrier", -3)])
def test_strength_must_match_kind(db, kind, strength):
    with pytest.raises(IntegrityError):
        BarrierEnablerFactory(kind=kind, strength=strength)


def test_services_refuse_another_projects_sources(project):
    other = ProjectFactory(organisation=project.organisation)
    fields = {"description": "x", "kind": "barrier", "cfir_domain": "innovation",
              "strength": -1}
    with pytest.raises(ValueError, match="same project"):
        record_barrier(project=project, created_by=UserFactory(),
                       evidence=[EvidenceItemFactory(project=other)], **fields)
    with pytest.raises(ValueError, match="same project"):
        record_barrier(project=project, created_by=None,
                       engagement=[EngagementActivityFactory(project=other)], **fields)
    assert not project.barriers_enablers.exists()


def test_superuser_admin_pages(project):
    from django.test import Client
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    entry = BarrierEnablerFactory(project=project)
    for path in ("/admin/barriers/barrierenabler/",
                 f"/admin/barriers/barrierenabler/{entry.pk}/change/"):
        assert client.get(path).status_code == 200
