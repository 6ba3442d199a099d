"""The professional development rules, on plain snapshots."""

from datetime import date

from trellis.development.snapshot import ActivityFacts, DevelopmentFacts
from trellis.insights.engine import Severity, review
from trellis.projects.snapshot import ProjectSnapshot


def findings(facts, rule, phase="prepare", status="active"):
    snapshot = ProjectSnapshot(title="FGC", phase=phase, status=status,
                               today=date(2026, 11, 26),
                               parts={} if facts is None else {"development": facts})
    return [f for f in review(snapshot) if f.rule == rule]


def plan(*activities):
    return DevelopmentFacts(tuple(activities))


TRAINING = ActivityFacts(1, "UK standards course", "training",
                         ("instruct-technique", "credible-source"))


def test_fewer_than_two_groups():
    [finding] = findings(plan(ActivityFacts(1, "Course", "training", ("instruct-technique",))),
                         "pd-fewer-than-two-groups")
    assert finding.severity is Severity.WARNING
    assert finding.guide_anchor == "prepare-professional-development"
    assert "covers 1 of the 4 groups" in finding.message
    assert "missing: build knowledge, motivate, embed practice" in finding.message
    assert findings(plan(TRAINING), "pd-fewer-than-two-groups") == []


def test_an_empty_plan_counts_from_prepare_on():
    [finding] = findings(plan(), "pd-fewer-than-two-groups")
    assert finding.message.startswith("No professional development is planned yet.")
    assert findings(plan(), "pd-fewer-than-two-groups", phase="explore") == []
    assert len(findings(plan(ActivityFacts(1, "Course", "training")),
                        "pd-fewer-than-two-groups", phase="explore")) == 1


def test_training_with_no_follow_on():
    [finding] = findings(plan(TRAINING), "training-without-follow-on")
    assert finding.severity is Severity.WARNING
    assert finding.guide_anchor == "deliver-follow-on-support"
    assert "'UK standards course' has no follow-on support" in finding.message


def test_follow_on_or_embedding_satisfies_it():
    supervision = ActivityFacts(2, "Supervision", "supervision", ("monitor-and-feedback",),
                                follow_on_of=1)
    assert findings(plan(TRAINING, supervision), "training-without-follow-on") == []
    embedded = ActivityFacts(1, "Course with action plans", "training", ("action-planning",))
    assert findings(plan(embedded), "training-without-follow-on") == []
    coaching = ActivityFacts(3, "Coaching", "coaching", ("instruct-technique",))
    assert findings(plan(coaching), "training-without-follow-on") == []  # not a training


def test_each_unsupported_training_is_named():
    other = ActivityFacts(2, "E-safety course", "training")
    assert len(findings(plan(TRAINING, other), "training-without-follow-on")) == 2


def test_nothing_without_the_part_or_when_closed():
    for rule in ("pd-fewer-than-two-groups", "training-without-follow-on"):
        assert findings(None, rule) == []
        assert findings(plan(TRAINING), rule, status="closed") == []
