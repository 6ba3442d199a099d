"""The survey checks, on plain snapshots."""

from datetime import date

import pytest

from trellis.framework.loader import get_framework
from trellis.insights.engine import Severity, registered_rules, review
from trellis.projects.snapshot import ProjectSnapshot
from trellis.surveys import checks
from trellis.surveys.checks import RoundFacts, ScoreFacts, SurveyFacts

TODAY = date(2026, 11, 26)
SURVEY_RULES = [r for r in registered_rules() if r.area == "surveys"]


def findings(facts, phase="deliver", status="active", rule=None):
    snapshot = ProjectSnapshot(title="FGC", phase=phase, status=status, today=TODAY,
                               parts={} if facts is None else {"surveys": facts})
    found = review(snapshot, SURVEY_RULES)
    return [f for f in found if rule is None or f.rule == rule]


def aim_round(title, closes, responses, mean, audience="practitioners", about="", **kw):
    return RoundFacts(title, audience, opens=None, closes=closes, responses=responses,
                      instruments=("aim",), about=about,
                      scores=(ScoreFacts("aim", "total", mean),) if responses else (), **kw)


FAMILY = RoundFacts("Family feedback", "parents-and-carers", date(2026, 9, 1),
                    date(2026, 10, 1), 12)


def test_four_rules_each_with_a_guide_section():
    assert {r.slug: r.guide_anchor for r in SURVEY_RULES} == {
        "survey-outcome-not-surveyed": "prepare-monitoring",
        "survey-round-too-few-responses": "deliver-use-monitoring-data",
        "survey-no-family-feedback": "deliver-family-feedback",
        "survey-score-fell": "deliver-tailor-to-barriers",
    }
    for r in SURVEY_RULES:
        assert get_framework().section(r.guide_anchor).title


def test_quiet_without_the_part_or_when_closed():
    assert findings(None) == []
    assert findings(SurveyFacts(outcome_types=("acceptability",)), status="closed") == []


# --- An acceptability or feasibility outcome with no survey round --------------------


def test_outcomes_in_the_plan_without_a_round_are_raised():
    found = findings(SurveyFacts(outcome_types=("acceptability", "feasibility", "fidelity"),
                                 rounds=(FAMILY,)), rule="survey-outcome-not-surveyed")
    assert [f.severity for f in found] == [Severity.WARNING, Severity.WARNING]
    messages = " ".join(f.message for f in found)
    assert "The plan has an acceptability outcome but no survey round measures it" in messages
    assert "a feasibility outcome" in messages and "such as the FIM" in messages
    assert "fidelity" not in messages


def test_a_round_measures_an_outcome_by_its_instrument_or_by_what_it_says():
    by_instrument = aim_round("Baseline", date(2026, 6, 1), 8, 4.0)
    by_outcome = RoundFacts("Practicality", "practitioners", outcome="feasibility")
    facts = SurveyFacts(outcome_types=("acceptability", "feasibility"),
                        rounds=(by_instrument, by_outcome))
    assert findings(facts, rule="survey-outcome-not-surveyed") == []
    fim = RoundFacts("FIM only", "practitioners", instruments=("fim",))
    facts = SurveyFacts(outcome_types=("acceptability", "feasibility"), rounds=(fim,))
    [found] = findings(facts, rule="survey-outcome-not-surveyed")
    assert "acceptability outcome" in found.message


def test_outcome_not_surveyed_is_a_note_while_preparing_and_silent_while_exploring():
    facts = SurveyFacts(outcome_types=("acceptability",))
    [found] = findings(facts, phase="prepare", rule="survey-outcome-not-surveyed")
    assert found.severity is Severity.NOTE
    assert findings(facts, phase="explore", rule="survey-outcome-not-surveyed") == []


# --- A round closed with too few responses --------------------------------------------


@pytest.mark.parametrize(("responses", "raised"), [(0, True), (4, True), (5, False), (6, False)])
def test_a_closed_round_below_the_minimum_is_raised(responses, raised):
    facts = SurveyFacts(rounds=(aim_round("3 months", date(2026, 11, 1), responses, 3.0),))
    found = findings(facts, rule="survey-round-too-few-responses")
    assert bool(found) is raised
    if raised:
        assert found[0].severity is Severity.NOTE
        assert found[0].message.startswith(
            "The survey round \u20183 months\u2019 closed on 1 November 2026 with ")
        assert "fewer than the 5 needed to show any results" in found[0].message


def test_too_few_follows_the_organisation_minimum_and_waits_for_closing():
    closed = aim_round("Baseline", date(2026, 11, 1), 6, 3.0)
    assert findings(SurveyFacts(rounds=(closed,), minimum_responses=10),
                    rule="survey-round-too-few-responses")
    assert "1 response," in findings(
        SurveyFacts(rounds=(aim_round("B", date(2026, 11, 1), 1, 3.0),)),
        rule="survey-round-too-few-responses")[0].message
    # Still open (closes today or later), or with no closing date: not yet.
    still_open = aim_round("Now", TODAY, 2, 3.0)
    undated = RoundFacts("Undated", "practitioners", responses=1)
    assert findings(SurveyFacts(rounds=(still_open, undated)),
                    rule="survey-round-too-few-responses") == []


# --- No feedback from children or families in Deliver ----------------------------------


def test_no_family_round_in_deliver_is_raised():
    staff = aim_round("Baseline", date(2026, 6, 1), 8, 4.0)
    [found] = findings(SurveyFacts(rounds=(staff,)), rule="survey-no-family-feedback")
    assert found.severity is Severity.WARNING
    assert "No feedback has been gathered from children, young people or families" in (
        found.message)
    assert findings(SurveyFacts(rounds=(staff,)), phase="prepare",
                    rule="survey-no-family-feedback") == []


def test_a_family_round_with_answers_or_still_to_come_is_enough():
    children = RoundFacts("Young people", "children-and-young-people", closes=date(2026, 3, 1),
                          responses=2)
    upcoming = RoundFacts("Parents", "parents-and-carers", closes=date(2027, 1, 31))
    for rounds in ((FAMILY,), (children,), (upcoming,)):
        assert findings(SurveyFacts(rounds=rounds), rule="survey-no-family-feedback") == []


def test_a_family_round_that_closed_unanswered_is_raised():
    silent = RoundFacts("Parents", "parents-and-carers", closes=date(2026, 10, 1), responses=0)
    [found] = findings(SurveyFacts(rounds=(silent,)), rule="survey-no-family-feedback")
    assert "has had any responses" in found.message


# --- A score that fell -------------------------------------------------------------------


def test_a_fall_between_the_last_two_rounds_is_raised():
    rounds = (
        aim_round("6 months", date(2026, 10, 1), 9, 3.4),
        aim_round("Baseline", date(2026, 4, 1), 12, 3.2),
        aim_round("3 months", date(2026, 7, 1), 10, 4.1),
    )
    [found] = findings(SurveyFacts(rounds=rounds), rule="survey-score-fell")
    assert found.severity is Severity.WARNING
    assert found.message.startswith(
        "Between the rounds \u20183 months\u2019 and \u20186 months\u2019, the AIM score fell "
        "from 4.1 to 3.4.")


def test_small_falls_rises_and_single_rounds_are_quiet():
    def fell(*rounds):
        return findings(SurveyFacts(rounds=rounds), rule="survey-score-fell")

    assert fell(aim_round("A", date(2026, 4, 1), 9, 4.0),
                aim_round("B", date(2026, 7, 1), 9, 3.6)) == []  # 0.4 is within the noise
    assert fell(aim_round("A", date(2026, 4, 1), 9, 4.0),
                aim_round("B", date(2026, 7, 1), 9, 3.5))  # 0.5 is raised
    assert fell(aim_round("A", date(2026, 4, 1), 9, 3.0),
                aim_round("B", date(2026, 7, 1), 9, 4.5)) == []
    assert fell(aim_round("A", date(2026, 4, 1), 9, 4.5)) == []


def test_only_like_is_compared_with_like():
    different_audiences = (aim_round("Staff", date(2026, 4, 1), 9, 4.5),
                           aim_round("Leaders", date(2026, 7, 1), 9, 3.0, audience="leaders"))
    different_subjects = (aim_round("A", date(2026, 4, 1), 9, 4.5),
                          aim_round("B", date(2026, 7, 1), 9, 3.0, about="Private family time"))
    for rounds in (different_audiences, different_subjects):
        assert findings(SurveyFacts(rounds=rounds), rule="survey-score-fell") == []


def test_rounds_too_small_to_report_are_never_compared():
    # The last round has 4 responses: its score must not be revealed or used.
    rounds = (aim_round("A", date(2026, 4, 1), 9, 4.5), aim_round("B", date(2026, 7, 1), 4, 2.0))
    assert findings(SurveyFacts(rounds=rounds), rule="survey-score-fell") == []
    rounds = (aim_round("A", date(2026, 4, 1), 9, 4.5), aim_round("B", date(2026, 7, 1), 5, 2.0))
    assert findings(SurveyFacts(rounds=rounds), rule="survey-score-fell")


def test_oric_subscales_that_fell_are_named_in_one_finding():
    def oric(title, closes, commitment, efficacy):
        return RoundFacts(title, "leaders", closes=closes, responses=7, instruments=("oric",),
                          scores=(ScoreFacts("oric", "change-commitment", commitment),
                                  ScoreFacts("oric", "change-efficacy", efficacy),
                                  ScoreFacts("oric", "total", (commitment + efficacy) / 2)))

    rounds = (oric("Before", date(2026, 1, 10), 4.6, 4.2),
              oric("After", date(2026, 5, 10), 3.8, 3.0))
    [found] = findings(SurveyFacts(rounds=rounds), rule="survey-score-fell")
    assert ("the ORIC change commitment score fell from 4.6 to 3.8 and the ORIC change "
            "efficacy score fell from 4.2 to 3.0 and the ORIC total score fell from 4.4 to 3.4"
            ) in found.message


def test_two_instruments_in_one_round_are_tracked_separately():
    def both(title, closes, aim, fim):
        return RoundFacts(title, "practitioners", closes=closes, responses=11,
                          instruments=("aim", "fim"),
                          scores=(ScoreFacts("aim", "total", aim), ScoreFacts("fim", "total", fim)))

    rounds = (both("Baseline", date(2026, 3, 1), 4.0, 4.2),
              both("3 months", date(2026, 6, 1), 4.1, 3.1))
    [found] = findings(SurveyFacts(rounds=rounds), rule="survey-score-fell")
    assert "the FIM score fell from 4.2 to 3.1" in found.message
    assert "AIM" not in found.message


def test_family_audiences_are_audiences_a_round_can_have():
    from trellis.surveys.models import Audience

    families = {a.value for a in Audience
                if a.label in ("Children and young people", "Parents and carers")}
    assert families == set(checks.FAMILY_AUDIENCES)
