import pytest

from trellis.readiness import services
from trellis.readiness.models import ReadinessItem


def test_owner_must_belong_to_the_organisation(project, editor, outsider):
    with pytest.raises(ValueError, match="member of the project's organisation"):
        services.add_item(project=project, created_by=editor, area="funding",
                          owner=outsider, status="ready")
    assert not ReadinessItem.objects.exists()


def test_stale_version_is_refused(project, editor):
    item = services.add_item(project=project, created_by=editor, area="time",
                             status="not_started")
    services.update_item(item=item, version=1, changed_by=editor, status="ready")
    with pytest.raises(services.StaleEditError):
        services.update_item(item=item, version=1, changed_by=editor, status="in_progress")
    item.refresh_from_db()
    assert (item.status, item.version) == ("ready", 2)
