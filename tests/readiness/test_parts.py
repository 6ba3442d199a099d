from django.urls import reverse

from tests.readiness.factories import ReadinessItemFactory
from trellis.readiness.parts import readiness_facts
from trellis.readiness.snapshot import ItemFacts, ReadinessFacts


def test_facts_from_the_database(project, django_assert_num_queries):
    ReadinessItemFactory(project=project, area="funding", status="ready", description="")
    ReadinessItemFactory(project=project, area="other", status="not_started",
                         description="Interpreters")
    ReadinessItemFactory()  # another project
    with django_assert_num_queries(1):
        facts = readiness_facts(project)
    assert facts == ReadinessFacts((ItemFacts("funding", "ready", ""),
                                    ItemFacts("other", "not_started", "Interpreters")))


def test_readiness_page_shows_the_note_in_deliver(editor_client, project):
    page = reverse("readiness:index", args=[project.pk])
    assert "not confirmed as ready" not in editor_client.get(page).content.decode()
    project.phase = "deliver"
    project.save(update_fields=["phase"])
    assert "not confirmed as ready: Administrative support" in editor_client.get(
        page).content.decode()
