"""The critical-friend rules about a project's backbone, on plain snapshots."""

from datetime import date

import pytest

from trellis.framework.loader import get_framework
from trellis.insights.engine import Severity, registered_rules, review, rule
from trellis.projects.snapshot import ProjectSnapshot, TeamRoleSnapshot

TODAY = date(2026, 11, 26)
HEALTHY_TEAM = (TeamRoleSnapshot(1, "lead"), TeamRoleSnapshot(4, "lead"),
                TeamRoleSnapshot(2, "sponsor"), TeamRoleSnapshot(3, "lived_experience"))


def snapshot(**changes):
    answered = {item.slug: "yes" for item in get_framework().phase("explore").checklist}
    base = {"title": "FGC", "phase": "prepare", "status": "active", "today": TODAY,
            "next_review_date": date(2027, 1, 1), "team": HEALTHY_TEAM,
            "checklist_answers": {"explore": answered}}
    return ProjectSnapshot(**{**base, **changes})


def rules_found(s):
    return [f.rule for f in review(s)]


def test_a_healthy_project_has_no_findings():
    assert review(snapshot()) == []


def test_overdue_review():
    findings = review(snapshot(next_review_date=date(2026, 11, 1)))
    assert [f.rule for f in findings] == ["review-overdue"]
    assert "due 25 days ago" in findings[0].message
    assert findings[0].guide_page == "sustain"


def test_closed_projects_are_not_nagged_about_reviews_or_roles():
    assert rules_found(snapshot(status="closed", next_review_date=date(2026, 1, 1),
                                team=())) == []


def test_no_lead_is_a_concern_and_comes_first():
    findings = review(snapshot(team=(TeamRoleSnapshot(2, "sponsor"),),
                               next_review_date=date(2026, 1, 1)))
    assert findings[0].rule == "missing-key-role"
    assert findings[0].severity is Severity.CONCERN


def test_one_person_holding_every_role():
    team = (TeamRoleSnapshot(1, "lead"), TeamRoleSnapshot(1, "sponsor"),
            TeamRoleSnapshot(1, "lived_experience"))
    assert "one-person-holds-key-roles" in rules_found(snapshot(team=team))


def test_lead_and_sponsor_the_same_person_in_a_bigger_team():
    team = (TeamRoleSnapshot(1, "lead"), TeamRoleSnapshot(1, "sponsor"),
            TeamRoleSnapshot(2, "lived_experience"))
    findings = [f for f in review(snapshot(team=team)) if f.rule == "one-person-holds-key-roles"]
    assert "both implementation lead and senior sponsor" in findings[0].message


def test_no_lived_experience_representative():
    team = HEALTHY_TEAM[:3]
    assert rules_found(snapshot(team=team)) == ["no-lived-experience"]


def test_earlier_checklist_answered_no():
    explore = get_framework().phase("explore").checklist
    answers = {item.slug: "yes" for item in explore}
    answers[explore[0].slug] = "no"
    findings = review(snapshot(checklist_answers={"explore": answers}))
    assert [f.message for f in findings] == [
        "1 Explore checklist question is answered 'no'. Phases overlap: it may be worth "
        "revisiting."]


def test_every_rule_points_at_a_real_guide_section():
    framework = get_framework()
    for registered in registered_rules():
        assert framework.section(registered.guide_anchor)


def test_a_rule_with_an_unknown_guide_section_fails_at_registration():
    with pytest.raises(KeyError):
        rule("bad", guide="no-such-anchor")


def test_rule_names_are_unique():
    with pytest.raises(ValueError, match="already exists"):
        rule("review-overdue", guide="sustain-review-and-act")(lambda s: [])


def test_findings_say_which_capability_found_them():
    findings = review(snapshot(next_review_date=date(2026, 11, 1)))
    assert findings[0].area == "projects"


def test_lead_or_champion_held_by_one_person_only_from_prepare_on():
    team = (TeamRoleSnapshot(1, "lead"), TeamRoleSnapshot(2, "sponsor"),
            TeamRoleSnapshot(3, "lived_experience"), TeamRoleSnapshot(4, "champion"))
    messages = [f.message for f in review(snapshot(team=team))
                if f.rule == "key-role-single-holder"]
    assert len(messages) == 2
    assert any("Only one person is champion" in m for m in messages)
    shared = (*team, TeamRoleSnapshot(5, "lead"), TeamRoleSnapshot(6, "champion"))
    assert "key-role-single-holder" not in rules_found(snapshot(team=shared))
    assert "key-role-single-holder" not in rules_found(snapshot(team=team, phase="explore"))
