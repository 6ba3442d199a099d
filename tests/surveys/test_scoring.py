"""Scoring against hand-worked examples, including missing items and bad answers."""

import pytest

from trellis.surveys.instruments import get_instrument
from trellis.surveys.scoring import minimum_answered, score


@pytest.mark.parametrize("slug", ["aim", "iam", "fim"])
def test_weiner_measures_score_the_mean_of_four_items(slug):
    instrument = get_instrument(slug)
    # (4 + 5 + 3 + 4) / 4 = 16 / 4 = 4.0
    assert score(instrument, {1: 4, 2: 5, 3: 3, 4: 4}) == {"total": 4.0}
    # (1 + 2 + 2 + 2) / 4 = 7 / 4 = 1.75
    assert score(instrument, {1: 1, 2: 2, 3: 2, 4: 2}) == {"total": 1.75}


def test_aim_with_missing_items():
    aim = get_instrument("aim")
    # One skipped: (5 + 4 + 4) / 3 = 13 / 3
    assert score(aim, {1: 5, 2: None, 3: 4, 4: 4}) == {"total": pytest.approx(13 / 3)}
    # Two answered of four is half, still scored: (2 + 5) / 2 = 3.5
    assert score(aim, {1: 2, 4: 5}) == {"total": 3.5}
    # One answered of four is too few.
    assert score(aim, {3: 5, 1: None}) == {"total": None}
    assert score(aim, {}) == {"total": None}


def test_oric_scores_each_subscale_and_the_whole():
    oric = get_instrument("oric")
    # Commitment items 2, 4, 6, 9, 11: 5, 4, 5, 4, 5 -> 23 / 5 = 4.6
    # Efficacy items 1, 3, 5, 7, 8, 10, 12: 3, 2, 3, 4, 3, 2, 4 -> 21 / 7 = 3.0
    # Total: 44 / 12
    answers = {2: 5, 4: 4, 6: 5, 9: 4, 11: 5, 1: 3, 3: 2, 5: 3, 7: 4, 8: 3, 10: 2, 12: 4}
    result = score(oric, answers)
    assert result == {"total": pytest.approx(44 / 12), "change-commitment": 4.6,
                      "change-efficacy": 3.0}


def test_oric_with_missing_items_in_one_subscale():
    oric = get_instrument("oric")
    # Commitment: only items 2 and 4 answered (2 of 5, fewer than 3) -> not scored.
    # Efficacy: items 1, 3, 5, 7 answered (4 of 7) -> (4 + 4 + 5 + 3) / 4 = 4.0
    # Total: 6 of 12 answered -> (5 + 5 + 4 + 4 + 5 + 3) / 6 = 26 / 6
    answers = {2: 5, 4: 5, 1: 4, 3: 4, 5: 5, 7: 3, 6: None, 12: None}
    assert score(oric, answers) == {"total": pytest.approx(26 / 6), "change-commitment": None,
                                    "change-efficacy": 4.0}
    # Efficacy with 3 of 7 answered is not scored; commitment with 3 of 5 is.
    # Total with 6 of 12: (1 + 2 + 3 + 5 + 5 + 5) / 6 = 21 / 6 = 3.5
    answers = {1: 1, 3: 2, 5: 3, 2: 5, 4: 5, 6: 5}
    assert score(oric, answers) == {"total": 3.5, "change-commitment": 5.0,
                                    "change-efficacy": None}
    # Five of twelve: nothing is scored.
    assert score(oric, {1: 1, 3: 2, 2: 5, 4: 5, 6: 5}) == {
        "total": None, "change-commitment": 5.0, "change-efficacy": None}


def test_half_rule_rounds_up():
    assert [minimum_answered(n) for n in (1, 2, 4, 5, 7, 12)] == [1, 1, 2, 3, 4, 6]


@pytest.mark.parametrize("answer", [0, 6, -1, 3.5, "4", True])
def test_answers_off_the_scale_are_refused(answer):
    with pytest.raises(ValueError, match="not on the scale 1 to 5"):
        score(get_instrument("fim"), {1: 4, 2: answer})


@pytest.mark.parametrize("number", [0, 5, "1"])
def test_answers_to_items_the_instrument_lacks_are_refused(number):
    with pytest.raises(ValueError, match="FIM has no item"):
        score(get_instrument("fim"), {1: 4, number: 4})
