from datetime import date

import pytest

from trellis.fidelity.tally import Tally, figures, months_before, point_note, weakest_first


def test_share_leaves_out_not_applicable():
    tally = Tally.count(["as-intended", "as-intended", "partly", "not-delivered",
                         "not-applicable", "not-applicable"])
    assert (tally.applied, tally.checks) == (4, 6)
    assert tally.share == 0.5
    assert tally.percent == "50%"
    assert figures(tally) == (2, 4)


def test_never_applied_has_no_figure():
    tally = Tally.count(["not-applicable"])
    assert tally.share is None
    assert tally.percent == "–"
    assert figures(tally) is None
    assert figures(Tally()) is None


def test_unknown_rating_is_refused():
    with pytest.raises(ValueError, match="Unknown fidelity ratings"):
        Tally.of({"brilliant": 1})


def test_tallies_add_up():
    assert Tally(1, 2, 3, 4) + Tally(1, 1, 1, 1) == Tally(2, 3, 4, 5)


def test_point_note():
    assert point_note(Tally(2, 1, 0, 5)) == (
        "From 3 fidelity checks where it applied: 2 as intended, 1 partly, 0 not delivered")
    assert point_note(Tally(1)).startswith("From 1 fidelity check where")


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 3, 8), 3, date(2025, 12, 8)),
    (date(2026, 5, 31), 3, date(2026, 2, 28)),
    (date(2024, 5, 31), 3, date(2024, 2, 29)),
    (date(2026, 1, 15), -1, date(2026, 2, 15)),
    (date(2026, 1, 1), 24, date(2024, 1, 1)),
])
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


def test_weakest_first():
    rows = {"strong": (Tally(9, 1), Tally(9, 1)),
            "never": (Tally(), Tally()),
            "half, better overall": (Tally(1, 0, 1), Tally(9, 1)),
            "not recently": (Tally(), Tally(1, 3)),
            "half, worse overall": (Tally(1, 1), Tally(5, 1))}
    ordered = weakest_first(rows, recent=lambda k: rows[k][0], total=lambda k: rows[k][1])
    # Equal recent shares are told apart by all-time shares; no recent figure goes last.
    assert ordered == ["half, worse overall", "half, better overall", "strong",
                       "not recently", "never"]
