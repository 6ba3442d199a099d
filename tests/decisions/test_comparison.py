"""Ordering candidates for the comparison: pure, on plain Scores."""

from fractions import Fraction

from trellis.decisions.comparison import Scores, clean_sort, format_average, order

SUITABLE = {"addresses-need": 5, "research-evidence": 4, "local-fit": 3}
FEASIBLE = {"simple": 2, "well-specified": 2, "well-resourced": 2, "measurable": 2,
            "pinch-points": 2, "capacity-and-cost": 2}


def names(scores):
    return [s.name for s in scores]


def test_averages_per_stage_and_overall():
    scores = Scores(1, "A", {**SUITABLE, **FEASIBLE})
    assert scores.average("suitability") == 4
    assert scores.average("feasibility") == 2
    assert scores.overall == 3
    assert scores.rated == 9 and scores.complete


def test_stage_average_uses_what_is_rated_so_far():
    scores = Scores(1, "A", {"addresses-need": 5, "local-fit": 2})
    assert scores.average("suitability") == Fraction(7, 2)
    assert scores.average("feasibility") is None
    assert scores.overall is None  # needs a rating in each stage
    assert scores.rated == 2 and not scores.complete


def test_stages_weigh_equally_in_the_overall_average():
    # Six feasibility ratings of 1 do not swamp three suitability ratings of 5.
    scores = Scores(1, "A", {**{k: 5 for k in SUITABLE}, **{k: 1 for k in FEASIBLE}})
    assert scores.overall == 3


def test_by_name_is_alphabetical_ignoring_case():
    candidates = [Scores(1, "mentoring"), Scores(2, "Family hubs"), Scores(3, "Peer groups")]
    assert names(order(candidates, "name")) == ["Family hubs", "mentoring", "Peer groups"]


def test_by_score_is_highest_first_with_unappraised_last():
    strong = Scores(1, "Strong", {"addresses-need": 5})
    weak = Scores(2, "Weak", {"addresses-need": 2})
    none = Scores(3, "Aardvark", {})
    feasibility_only = Scores(4, "Builder", {"simple": 5})
    result = order([none, weak, feasibility_only, strong], "suitability")
    assert names(result) == ["Strong", "Weak", "Aardvark", "Builder"]
    assert names(order([none, weak, feasibility_only, strong], "feasibility")) == [
        "Builder", "Aardvark", "Strong", "Weak"]


def test_ties_are_broken_by_name():
    a = Scores(1, "Zebra", {"addresses-need": 4})
    b = Scores(2, "Apple", {"local-fit": 4})
    c = Scores(3, "mango", {"addresses-need": 3, "local-fit": 5})
    assert names(order([a, b, c], "suitability")) == ["Apple", "mango", "Zebra"]


def test_equal_fractions_tie_exactly():
    # 4/3 reached from three ratings and from six ratings is the same score.
    a = Scores(1, "B", {"simple": 1, "well-specified": 1, "well-resourced": 2})
    b = Scores(2, "A", {"simple": 2, "well-specified": 2, "well-resourced": 1,
                        "measurable": 1, "pinch-points": 1, "capacity-and-cost": 1})
    assert a.average("feasibility") == b.average("feasibility")
    assert names(order([a, b], "feasibility")) == ["A", "B"]


def test_order_is_stable_whatever_the_input_order():
    same = [Scores(5, "Same"), Scores(2, "Same"), Scores(9, "same")]
    for sort in ("name", "overall"):
        first = order(same, sort)
        assert [s.key for s in first] == [s.key for s in order(list(reversed(same)), sort)]
    assert [s.key for s in order(same, "name")] == [2, 5, 9]


def test_overall_sort():
    both = Scores(1, "Both", {**SUITABLE, **FEASIBLE})  # 3
    better = Scores(2, "Better", {"addresses-need": 5, "simple": 4})  # 4.5
    partial = Scores(3, "Partial", SUITABLE)  # no overall
    assert names(order([partial, both, better], "overall")) == ["Better", "Both", "Partial"]


def test_unknown_sort_falls_back_to_name():
    assert clean_sort("drop table") == "name"
    assert clean_sort(None) == "name"
    assert clean_sort("overall") == "overall"
    candidates = [Scores(1, "B", {"addresses-need": 5}), Scores(2, "A")]
    assert names(order(candidates, "nonsense")) == ["A", "B"]


def test_format_average():
    assert format_average(Fraction(11, 3)) == "3.7"
    assert format_average(Fraction(4)) == "4.0"
    assert format_average(None) == ""
