"""Counting the register: pure, no database."""

from trellis.barriers.snapshot import BarrierFacts, DomainTally, facts_from_counts, tally

ROWS = [
    ("inner-setting", "barrier", "open", 2),
    ("inner-setting", "barrier", "being_addressed", 1),
    ("inner-setting", "barrier", "resolved", 1),
    ("inner-setting", "enabler", "no_longer_relevant", 1),
    ("individuals", "enabler", "open", 3),
]


def test_facts():
    assert facts_from_counts(ROWS) == BarrierFacts(
        open_barriers=3, enablers=4, total=8, by_domain={"inner-setting": 5, "individuals": 3})
    assert facts_from_counts([]) == BarrierFacts(0, 0, 0, {})


def test_tally_lists_every_domain():
    tallies = tally(ROWS, ["innovation", "inner-setting", "individuals"])
    assert list(tallies) == ["innovation", "inner-setting", "individuals"]
    assert tallies["innovation"] == DomainTally()
    assert tallies["inner-setting"] == DomainTally(open_barriers=3, resolved_barriers=1,
                                                   resolved_enablers=1)
    assert tallies["inner-setting"].total == 5
    assert tallies["individuals"].open_enablers == 3
