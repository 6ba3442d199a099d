"""The services refuse what the forms would never send."""

import pytest

from tests.development.factories import PdActivityFactory
from tests.factories import ProjectFactory
from trellis.development import services
from trellis.development.models import PdActivity
from trellis.plans.models import PlanRevision


def test_unknown_mechanism_names_are_refused(project, editor):
    with pytest.raises(services.UnknownMechanismError,
                       match="'telepathy' is not among the framework's 14 mechanisms"):
        services.add_activity(project=project, created_by=editor, name="Course",
                              kind="training", mechanisms=["instruct-technique", "telepathy"])
    with pytest.raises(services.UnknownMechanismError, match="'a', 'b' are not among"):
        services.known_mechanisms(["b", "a"])
    assert not PdActivity.objects.exists()
    assert not PlanRevision.objects.exists()


def test_mechanisms_are_kept_once_in_the_frameworks_order():
    assert services.known_mechanisms(["action-planning", "manage-cognitive-load",
                                      "action-planning"]) == ["manage-cognitive-load",
                                                              "action-planning"]


def test_follow_on_must_be_in_the_same_project(project, editor, org_a):
    elsewhere = PdActivityFactory(project=ProjectFactory(organisation=org_a))
    with pytest.raises(ValueError, match="same project"):
        services.add_activity(project=project, created_by=editor, name="Coaching",
                              kind="coaching", follow_on_of=elsewhere)
    assert not project.pd_activities.exists()


def test_follow_on_cannot_make_a_loop(project, editor):
    course = PdActivityFactory(project=project)
    coaching = PdActivityFactory(project=project, follow_on_of=course)
    with pytest.raises(ValueError, match="cannot be follow-on support for itself"):
        services.update_activity(activity=course, version=1, changed_by=editor,
                                 mechanisms=[], follow_on_of=coaching)
    course.refresh_from_db()
    assert course.follow_on_of is None


def test_stale_version_is_refused(project, editor):
    course = PdActivityFactory(project=project)
    services.update_activity(activity=course, version=1, changed_by=editor, mechanisms=[],
                             name="First")
    with pytest.raises(services.StaleEditError):
        services.update_activity(activity=course, version=1, changed_by=editor,
                                 mechanisms=[], name="Second")
    course.refresh_from_db()
    assert (course.name, course.version) == ("First", 2)
    assert PlanRevision.objects.count() == 1
