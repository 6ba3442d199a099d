from tests.factories import ProjectFactory
from tests.strategies.factories import ComponentFactory
from trellis.plans.models import PlanRevision
from trellis.strategies.demo import FGC_STRATEGIES, FROM_LIBRARY, add_fgc_strategies
from trellis.strategies.library import get_library
from trellis.strategies.parts import strategy_facts
from trellis.strategies.presenters import matrix_for, suggestion_sections


def test_figure_5_strategies(project, editor):
    components = [ComponentFactory(project=project, position=n) for n in range(1, 9)]
    add_fgc_strategies(project, editor, components)
    strategies = {s.name: s for s in project.strategies.all()}
    assert len(strategies) == len(FGC_STRATEGIES)
    training = strategies["Training for FGC co-ordinators from an accredited provider"]
    assert (training.category, training.level, training.phase) == (
        "professional-development", "individual", "prepare")
    assert training.core_components.count() == 8
    assert {s.category for s in strategies.values()} == {
        "professional-development", "monitoring-and-feedback",
        "implementation-team-and-champions", "leadership-communication"}
    assert len({s.level for s in strategies.values()}) >= 3
    barriers = list(project.barriers_enablers.all())
    assert len(barriers) == 3 and all(b.kind == "barrier" for b in barriers)
    matrix = matrix_for(project)
    assert [b.description for b in matrix.uncovered] == [
        "Referral data sits in two case recording systems, so nobody can report how many "
        "referrals turn into a conference."]
    assert matrix.idle  # some strategies address no barrier
    sections = suggestion_sections(project)
    assert all(section.suggestions for section in sections)
    assert PlanRevision.objects.filter(project=project).count() == len(FGC_STRATEGIES)
    facts = strategy_facts(project)
    assert facts.strategies == len(FGC_STRATEGIES) and len(facts.uncovered) == 1


def test_fewer_components_are_fine(project, editor, org_a):
    add_fgc_strategies(project, editor, [ComponentFactory(project=project)])
    # Those linked to every component, or to the first.
    assert project.strategies.filter(core_components__isnull=False).distinct().count() == 5
    other = ProjectFactory(organisation=org_a)
    add_fgc_strategies(other, editor, [])
    assert not other.strategies.filter(core_components__isnull=False).exists()


def test_library_versions_are_not_suggested_again(project, editor):
    assert all(get_library().get(slug) for slug in FROM_LIBRARY.values())
    add_fgc_strategies(project, editor, [])
    training = next(s for s in suggestion_sections(project) if "training" in
                    s.barrier.description)
    slugs = [link.suggestion.strategy.slug for link in training.suggestions]
    assert "accredited-initial-training" not in slugs
    assert "practice-networks" not in slugs
