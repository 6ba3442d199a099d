from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import EvidenceItemFactory, ProjectFactory
from trellis.barriers.models import BarrierEnabler


def url(entry, project=None):
    return reverse("barriers:edit", args=[(project or entry.project).pk, entry.pk])


def form_data(entry, **changes):
    data = {"kind": entry.kind, "description": entry.description,
            "cfir_domain": entry.cfir_domain, "strength": str(entry.strength),
            "status": entry.status, "phase_found": entry.phase_found,
            "evidence": [e.pk for e in entry.evidence.all()], "version": entry.version}
    return {**data, **changes}


def test_edit_status_and_sources(editor_client, project):
    entry = BarrierEnablerFactory(project=project)
    evidence = EvidenceItemFactory(project=project)
    response = editor_client.post(url(entry), form_data(entry, status="being_addressed",
                                                        evidence=[evidence.pk]))
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.status, entry.version) == ("being_addressed", 2)
    assert list(entry.evidence.all()) == [evidence]
    editor_client.post(url(entry), form_data(entry, evidence=[]))
    assert not entry.evidence.exists()


def test_turning_a_barrier_into_an_enabler_needs_a_matching_strength(editor_client, project):
    entry = BarrierEnablerFactory(project=project)
    response = editor_client.post(url(entry), form_data(entry, kind="enabler"))
    assert "An enabler cannot have a barrier&#x27;s strength" in response.content.decode()
    assert BarrierEnabler.objects.get().kind == "barrier"
    editor_client.post(url(entry), form_data(entry, kind="enabler", strength="2"))
    assert BarrierEnabler.objects.get().strength == 2


def test_stale_edit_is_refused_and_input_kept(editor_client, admin_client, project):
    entry = BarrierEnablerFactory(project=project, description="Original")
    assert editor_client.post(url(entry), form_data(entry, status="resolved")).status_code == 302
    response = admin_client.post(url(entry), form_data(entry, description="Ada's wording"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this entry while you were editing it" in page
    assert "Ada&#x27;s wording" in page
    assert str(response.context["form"]["version"].value()) == "2"
    entry.refresh_from_db()
    assert (entry.description, entry.status) == ("Original", "resolved")


def test_another_projects_entry_is_not_found(editor_client, project, org_a):
    elsewhere = BarrierEnablerFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.get(url(elsewhere, project)).status_code == 404
    assert editor_client.post(url(elsewhere, project), form_data(elsewhere)).status_code == 404


def test_viewer_and_outsider(viewer_client, outsider_client, project):
    entry = BarrierEnablerFactory(project=project)
    assert viewer_client.post(url(entry), form_data(entry, status="resolved")).status_code == 403
    assert outsider_client.get(url(entry)).status_code == 404
    assert BarrierEnabler.objects.get().status == "open"
