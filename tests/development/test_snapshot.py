"""The pure reasoning behind the plan page and the rules."""

from trellis.development.snapshot import (
    ActivityFacts,
    followers,
    groups_covered,
    trainings_without_follow_on,
)

GROUP_OF = {"instruct-technique": "develop-techniques", "action-planning": "embed-practice",
            "credible-source": "motivate"}


def test_groups_covered():
    activities = [ActivityFacts(1, "A", "training", ("instruct-technique", "credible-source")),
                  ActivityFacts(2, "B", "coaching", ("instruct-technique", "unknown"))]
    assert groups_covered(activities, GROUP_OF) == {"develop-techniques", "motivate"}
    assert groups_covered([], GROUP_OF) == set()


def test_trainings_without_follow_on():
    course = ActivityFacts(1, "Course", "training", ("instruct-technique",))
    embedded = ActivityFacts(2, "Embedded", "training", ("action-planning",))
    followed = ActivityFacts(3, "Followed", "training")
    coaching = ActivityFacts(4, "Coaching", "coaching", follow_on_of=3)
    assert trainings_without_follow_on([course, embedded, followed, coaching],
                                       {"action-planning"}) == [course]


def test_followers_are_found_through_chains():
    links = {1: None, 2: 1, 3: 2, 4: None, 5: 3}
    assert followers(1, links) == {2, 3, 5}
    assert followers(3, links) == {5}
    assert followers(4, links) == set()


def test_followers_stop_at_a_loop():
    assert followers(1, {1: 2, 2: 1}) == {2}
