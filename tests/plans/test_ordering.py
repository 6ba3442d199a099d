"""Checking a new order of core components, and moving one up or down."""

from trellis.plans.ordering import in_new_order, moved, position_problems


def test_a_full_order_has_no_problems():
    assert position_problems({"a": 2, "b": 1, "c": 3}) == []


def test_duplicate_and_missing_positions_are_both_named():
    assert position_problems({"a": 1, "b": 1, "c": 3}) == [
        "Position 1 is used more than once", "No component is at position 2"]


def test_positions_outside_the_range():
    problems = position_problems({"a": 0, "b": 2, "c": 7})
    assert problems[0] == "Positions must be from 1 to 3: 0 and 7 are not"
    assert "No component is at positions 1 and 3" in problems


def test_a_blank_position():
    assert position_problems({"a": 1, "b": None}) == ["Give every component a position"]


def test_several_duplicates():
    assert position_problems({"a": 1, "b": 1, "c": 2, "d": 2}) == [
        "Positions 1 and 2 are used more than once", "No component is at positions 3 and 4"]


def test_in_new_order():
    assert in_new_order({"a": 3, "b": 1, "c": 2}) == ["b", "c", "a"]


def test_move_up_and_down():
    assert moved([1, 2, 3], 2, "up") == [2, 1, 3]
    assert moved([1, 2, 3], 2, "down") == [1, 3, 2]


def test_moving_past_either_end_changes_nothing():
    assert moved([1, 2, 3], 1, "up") == [1, 2, 3]
    assert moved([1, 2, 3], 3, "down") == [1, 2, 3]


def test_unknown_item_or_direction_changes_nothing():
    assert moved([1, 2], 9, "up") == [1, 2]
    assert moved([1, 2], 2, "sideways") == [1, 2]
