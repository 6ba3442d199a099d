import datetime

from tests.reflection.factories import MeasureFactory
from trellis.reflection.demo import add_fgc_reflections
from trellis.reflection.presenters import discussed_since, overdue_actions


def test_quarterly_reviews_with_one_overdue_action(project, editor):
    today = datetime.date(2026, 3, 14)
    fidelity = MeasureFactory(project=project, name="Fidelity: FGC is family-led and includes "
                                                    "'private family time'")
    referrals = MeasureFactory(project=project, name="Referrals converted to an FGC")
    reviews = add_fgc_reflections(project, editor, [referrals, fidelity], today=today)
    assert [r.held_on for r in reviews] == [datetime.date(2025, 5, 14),
                                            datetime.date(2025, 8, 14),
                                            datetime.date(2025, 11, 14),
                                            datetime.date(2026, 2, 14)]
    [overdue] = overdue_actions(project, today)
    assert "south locality" in overdue.description
    assert discussed_since(project) == {fidelity.pk: datetime.date(2026, 2, 14),
                                        referrals.pk: datetime.date(2026, 2, 14)}


def test_without_measures(project, editor):
    reviews = add_fgc_reflections(project, editor, [])
    assert len(reviews) == 4
    assert not discussed_since(project)
