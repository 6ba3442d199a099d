"""The seed's Figure 5 plan for Family Group Conferences, in full."""

from collections import Counter

from trellis.plans.demo import add_fgc_plan


def test_the_figure_5_plan(project, editor):
    components = add_fgc_plan(project, editor)
    assert [c.position for c in components] == list(range(1, 9))
    assert components[0].name == ("Families are offered FGC at the right time and in the right "
                                  "way.")
    assert components[3].name == "FGC is family-led and includes \u2018private family time\u2019"
    assert all(c.done_well for c in components)
    assert set(project.problem_perspectives.values_list("perspective", flat=True)) == {
        "children-and-young-people", "parents-carers-families", "leaders"}
    by_term = {term: Counter(project.implementation_outcomes.filter(term=term)
                             .values_list("outcome_type", flat=True))
               for term in ("short", "medium", "long")}
    assert by_term == {
        "short": {"buy-in": 2, "fidelity": 1, "feasibility": 1},
        "medium": {"adoption": 1, "fidelity": 1, "acceptability": 1},
        "long": {"reach": 2, "fidelity": 1, "sustainability": 2},
    }
    assert Counter(project.final_outcomes.values_list("audience", flat=True)) == {
        "children-and-young-people": 2, "families": 2, "local-authority": 3}
    (revision,) = project.plan_revisions.all()
    assert revision.created_by == editor
    assert len(revision.content["components"]) == 8
    assert len(revision.content["implementation-outcomes"]) == 12
