"""What the database itself refuses."""

import pytest
from django.db import IntegrityError

from tests.engagement.factories import EngagementActivityFactory
from tests.factories import UserFactory


def test_at_least_one_person(db):
    with pytest.raises(IntegrityError):
        EngagementActivityFactory(people_count=0)


def test_only_known_audiences(db):
    with pytest.raises(IntegrityError):
        EngagementActivityFactory(audiences=["pets"])


def test_each_audience_once(db):
    with pytest.raises(IntegrityError):
        EngagementActivityFactory(audiences=["leaders", "leaders"])


def test_superuser_admin_pages(db):
    from django.test import Client
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    activity = EngagementActivityFactory()
    for path in ("/admin/engagement/engagementactivity/",
                 f"/admin/engagement/engagementactivity/{activity.pk}/change/"):
        assert client.get(path).status_code == 200
