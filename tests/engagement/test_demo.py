from trellis.engagement.demo import add_kinship_engagement


def test_kinship_case_study(project, editor):
    activities = add_kinship_engagement(project, editor)
    assert [a.method for a in activities] == ["consultation", "workshop", "co_production"]
    assert all(a.project == project and a.created_by == editor for a in activities)
    assert [a.held_on for a in activities] == sorted(a.held_on for a in activities)
    audiences = {a.audience for activity in activities for a in activity.audiences.all()}
    assert audiences == {"parents_carers", "practitioners", "partners"}
    assert "Family Hubs" in activities[1].summary
