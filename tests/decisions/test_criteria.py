"""The decision tool's criteria, as plain data."""

import pytest

from trellis.decisions import criteria


def test_suitability_comes_first_then_feasibility():
    stages = [c.stage for c in criteria.CRITERIA]
    assert stages == ["suitability"] * 3 + ["feasibility"] * 6
    assert [s.slug for s in criteria.STAGES] == ["suitability", "feasibility"]


def test_the_seeds_criteria_are_all_there():
    assert [c.slug for c in criteria.for_stage("suitability")] == [
        "addresses-need", "research-evidence", "local-fit"]
    assert [c.slug for c in criteria.for_stage("feasibility")] == [
        "simple", "well-specified", "well-resourced", "measurable", "pinch-points",
        "capacity-and-cost"]


def test_every_criterion_asks_a_question_and_gives_a_hint():
    for c in criteria.CRITERIA:
        assert c.question.endswith("?")
        assert len(c.hint) > 40
        assert c.name
    assert len({c.slug for c in criteria.CRITERIA}) == len(criteria.CRITERIA)


def test_lookup():
    assert criteria.criterion("simple").name == "Simple"
    with pytest.raises(KeyError):
        criteria.criterion("no-such-criterion")


def test_rating_text():
    assert criteria.rating_text(4) == "4 out of 5 (well)"
    assert criteria.rating_text(1) == "1 out of 5 (very poorly)"


def test_a_stage_is_appraised_when_every_criterion_in_it_is_rated():
    suitability = [c.slug for c in criteria.for_stage("suitability")]
    assert criteria.stages_complete([]) == frozenset()
    assert criteria.stages_complete(suitability[:2]) == frozenset()
    assert criteria.stages_complete(suitability) == {"suitability"}
    everything = [c.slug for c in criteria.CRITERIA]
    assert criteria.stages_complete(everything) == {"suitability", "feasibility"}


def test_next_to_appraise_follows_the_tools_order_and_skips_rated_ones():
    assert criteria.next_to_appraise("addresses-need", []).slug == "research-evidence"
    assert criteria.next_to_appraise("local-fit", ["simple"]).slug == "well-specified"
    assert criteria.next_to_appraise("capacity-and-cost", []) is None
    assert criteria.next_to_appraise("measurable", ["pinch-points", "capacity-and-cost"]) \
        is None
