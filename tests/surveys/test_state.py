import pytest

from trellis.surveys import state


def test_round_trip_and_refusals():
    carried = state.Carried(round_pk=7, answers={"aim-1": 3, "q4": [1, 2], "q5": "Good"})
    loaded = state.load(carried.dumps(), 7)
    assert (loaded.key, loaded.answers) == (carried.key, carried.answers)
    with pytest.raises(state.BadState):
        state.load(carried.dumps(), 8)
    with pytest.raises(state.BadState):
        state.load(carried.dumps() + "x", 7)
    with pytest.raises(state.BadState):
        state.load(None, 7)


def test_each_start_has_its_own_unguessable_key():
    keys = {state.start(1).key for _ in range(100)}
    assert len(keys) == 100
    assert all(len(k) >= 24 for k in keys)  # 18 random bytes
    assert state.start(1).receipt != state.start(1).receipt
