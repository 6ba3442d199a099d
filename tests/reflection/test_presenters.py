import datetime

from tests.factories import ProjectFactory
from tests.reflection.factories import ActionFactory, MeasureFactory, ReviewFactory
from trellis.reflection.presenters import discussed_since, overdue_actions

TODAY = datetime.date(2026, 3, 14)


def test_overdue_actions_in_one_query(django_assert_num_queries, project, org_a):
    review = ReviewFactory(project=project, held_on=datetime.date(2026, 1, 10))
    late = ActionFactory(meeting=review, due_on=datetime.date(2026, 2, 1))
    later = ActionFactory(meeting=review, due_on=datetime.date(2026, 3, 13),
                          status="in-progress")
    ActionFactory(meeting=review, due_on=datetime.date(2026, 2, 1), status="done")
    ActionFactory(meeting=review, due_on=TODAY)
    ActionFactory(meeting=ReviewFactory(project=ProjectFactory(organisation=org_a)),
                  due_on=datetime.date(2026, 1, 1))
    with django_assert_num_queries(1):
        found = overdue_actions(project, TODAY)
        assert [a.meeting.held_on for a in found] == [datetime.date(2026, 1, 10)] * 2
    assert found == [late, later]


def test_discussed_since_in_one_query(django_assert_num_queries, project, org_a):
    referrals, fidelity, never = (MeasureFactory(project=project) for _ in range(3))
    first = ReviewFactory(project=project, held_on=datetime.date(2025, 12, 1))
    first.measures.add(referrals, fidelity)
    second = ReviewFactory(project=project, held_on=datetime.date(2026, 3, 1))
    second.measures.add(fidelity)
    ReviewFactory(project=project, held_on=datetime.date(2026, 3, 10))  # discussed nothing
    other = ReviewFactory(project=ProjectFactory(organisation=org_a),
                          held_on=datetime.date(2026, 3, 12))
    other.measures.add(MeasureFactory(project=other.project))
    with django_assert_num_queries(1):
        found = discussed_since(project)
    assert found == {referrals.pk: datetime.date(2025, 12, 1),
                     fidelity.pk: datetime.date(2026, 3, 1)}
    assert never.pk not in found
