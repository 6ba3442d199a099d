from tests.adaptations.factories import AdaptationFactory, ComponentFactory
from trellis.adaptations.parts import adaptation_facts
from trellis.adaptations.snapshot import AdaptationFacts, AdaptationsFacts


def test_facts_from_the_database(project, django_assert_num_queries):
    component = ComponentFactory(project=project, name="Private family time")
    plain = AdaptationFactory(project=project, what_changed="Evening conferences")
    core = AdaptationFactory(project=project, what_changed="Shorter family time",
                             core_component=component)
    AdaptationFactory()  # another project
    with django_assert_num_queries(1):
        facts = adaptation_facts(project)
    assert facts == AdaptationsFacts((
        AdaptationFacts(plain.pk, "Evening conferences"),
        AdaptationFacts(core.pk, "Shorter family time", "Private family time"),
    ))
    assert facts.to_core_components == (facts.adaptations[1],)
