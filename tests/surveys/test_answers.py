"""The answer rules, on plain data."""

import pytest

from trellis.surveys import answers
from trellis.surveys.answers import Item, check, check_all, display, recheck

SCALE = Item(key="aim-1", kind=answers.AGREEMENT, text="It meets my approval",
             options=answers.AGREEMENT_LABELS)
PICK = Item(key="q1", kind=answers.MULTIPLE, text="What helped?", options=("A", "B", "C"),
            required=False)
COUNT = Item(key="q2", kind=answers.NUMBER, text="How many?", minimum=-5, maximum=1000)
WORDS = Item(key="q3", kind=answers.TEXT, text="Anything else?", required=False)


@pytest.mark.parametrize(("item", "raw", "expected"), [
    (SCALE, ["1"], answers.Checked(1)),
    (SCALE, [" 5 "], answers.Checked(5)),
    (SCALE, ["6"], answers.Checked(None, "Select an answer from the list")),
    (SCALE, ["-1"], answers.Checked(None, "Select an answer from the list")),
    (SCALE, ["٣"], answers.Checked(None, "Select an answer from the list")),
    (SCALE, [], answers.Checked(None, "Select an answer")),
    (PICK, [], answers.Checked(None)),
    (PICK, ["3", "1", "3"], answers.Checked((1, 3))),
    (PICK, ["1", "4"], answers.Checked(None, "Select answers from the list")),
    (COUNT, ["1,000"], answers.Checked(1000)),
    (COUNT, ["-5"], answers.Checked(-5)),
    (COUNT, ["-6"], answers.Checked(None, "Enter a number between -5 and 1,000")),
    (COUNT, ["2.5"], answers.Checked(None, "Enter a whole number, like 3")),
    (COUNT, ["-"], answers.Checked(None, "Enter a whole number, like 3")),
    (WORDS, ["  fine  "], answers.Checked("fine")),
    (WORDS, ["x" * 2000], answers.Checked("x" * 2000)),
    (WORDS, ["x" * 2001], answers.Checked(
        None, "Your answer must be 2,000 characters or fewer (it has 2,001)")),
])
def test_check(item, raw, expected):
    assert check(item, raw) == expected


def test_unbounded_numbers_stay_inside_a_database_integer():
    item = Item(key="q", kind=answers.NUMBER, text="How many?")
    assert check(item, ["999999999"]).value == 999_999_999
    assert check(item, ["10000000000"]).error == (
        "Enter a number that is less than 1,000,000,000")
    assert check(Item(key="q", kind=answers.NUMBER, text="?", minimum=1), ["0"]).error == (
        "Enter a number that is 1 or more")


def test_check_all_lists_unknown_keys_and_keeps_only_answers():
    result = check_all([SCALE, PICK], {"aim-1": ["2"], "q1": [], "q99": ["1"]})
    assert (result.values, result.errors, result.unknown, result.ok) == (
        {"aim-1": 2}, {}, ["q99"], False)
    assert check_all([SCALE], {"q1": ["1"]}, allowed=["q1"]).unknown == []


def test_recheck_refuses_values_of_the_wrong_shape():
    result = recheck([SCALE, WORDS], {"aim-1": True, "q3": {"x": 1}})
    assert result.errors == {"aim-1": "This answer could not be read",
                             "q3": "This answer could not be read"}
    assert recheck([SCALE, PICK], {"aim-1": 3, "q1": [1, 2]}).values == {
        "aim-1": 3, "q1": (1, 2)}


def test_display():
    assert display(SCALE, 4) == "Agree"
    assert display(PICK, (1, 3)) == "A, C"
    assert display(PICK, None) == "Not answered"
    assert display(COUNT, 1200) == "1,200"
    assert display(SCALE, 9) == "Not a valid answer"
