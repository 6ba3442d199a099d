"""Imports run their tasks at once in tests (Django's immediate task backend), and keep
their files in a temporary folder."""

import datetime

import pytest
import time_machine


@pytest.fixture(autouse=True)
def tasks_at_once(settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = tmp_path / "uploads"
    return settings.MEDIA_ROOT


@pytest.fixture
def mid_april():
    """Today is 15 April 2026, so figures up to April 2026 may be recorded."""
    with time_machine.travel(datetime.datetime(2026, 4, 15, 12, 0, tzinfo=datetime.UTC),
                             tick=False):
        yield
