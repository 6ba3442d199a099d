"""Critical-friend checks about surveys. Pure: no Django.

The rules read a project's :class:`~trellis.projects.snapshot.ProjectSnapshot`
(phase, status, today) and its ``"surveys"`` part, a :class:`SurveyFacts`:

- an acceptability or feasibility outcome in the plan with no survey round to
  measure it;
- a round that closed with too few responses to report anything;
- no feedback gathered from children or families while the project is in Deliver;
- a score that fell between the last two reportable rounds of the same instrument,
  audience and subject.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from trellis.insights.engine import Severity, rule
from trellis.surveys.instruments import get_instruments
from trellis.surveys.statistics import DEFAULT_MINIMUM_RESPONSES, reportable

PART = "surveys"
# The survey round audiences that are children, young people or their families.
FAMILY_AUDIENCES = ("children-and-young-people", "parents-and-carers")
SURVEYED_OUTCOMES = ("acceptability", "feasibility")
PLANNING_PHASES = ("prepare", "deliver", "sustain")
# A fall smaller than this (on the 1-5 scale) is within the noise of one team's
# survey and is not raised.
FALL_THRESHOLD = 0.5

Findings = Iterator[tuple[Severity, str]]


@dataclass(frozen=True)
class ScoreFacts:
    """The mean of one score in one round, e.g. ("aim", "total", 3.9)."""

    instrument: str  # instrument slug
    score: str  # "total" or a subscale slug
    mean: float


@dataclass(frozen=True)
class RoundFacts:
    title: str
    audience: str  # e.g. "practitioners", "parents-and-carers"
    opens: date | None = None
    closes: date | None = None
    responses: int = 0
    outcome: str = ""  # the implementation outcome type slug it measures, if any
    about: str = ""  # what it asks about: "" for the approach, else a core component
    instruments: tuple[str, ...] = ()  # instrument slugs
    scores: tuple[ScoreFacts, ...] = ()  # mean scores, when there were responses

    def closed_by(self, today: date) -> bool:
        return self.closes is not None and self.closes < today

    def open_or_upcoming(self, today: date) -> bool:
        return self.closes is None or self.closes >= today

    @property
    def for_families(self) -> bool:
        return self.audience in FAMILY_AUDIENCES

    def measures(self, outcome: str) -> bool:
        """Does the round measure this outcome type, directly or by an instrument?"""
        if self.outcome == outcome:
            return True
        instruments = get_instruments()
        return any(s in instruments and instruments[s].outcome == outcome
                   for s in self.instruments)


@dataclass(frozen=True)
class SurveyFacts:
    # Implementation outcome type slugs of the outcomes in the plan.
    outcome_types: tuple[str, ...] = ()
    rounds: tuple[RoundFacts, ...] = ()
    minimum_responses: int = DEFAULT_MINIMUM_RESPONSES


def _facts(p) -> SurveyFacts | None:
    facts = p.part(PART)
    if facts is None or p.status == "closed":
        return None
    return facts


def _when(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _responses(n: int) -> str:
    return "no responses" if n == 0 else f"{n} response{'s' if n != 1 else ''}"


@rule("survey-outcome-not-surveyed", guide="prepare-monitoring")
def outcome_not_surveyed(p) -> Findings:
    facts = _facts(p)
    if facts is None or p.phase not in PLANNING_PHASES:
        return
    for outcome in SURVEYED_OUTCOMES:
        if outcome not in facts.outcome_types:
            continue
        if any(r.measures(outcome) for r in facts.rounds):
            continue
        measure = {"acceptability": "AIM", "feasibility": "FIM"}[outcome]
        severity = Severity.NOTE if p.phase == "prepare" else Severity.WARNING
        yield severity, (
            f"The plan has {'an' if outcome[0] in 'aeiou' else 'a'} {outcome} outcome but no "
            f"survey round measures it. A short validated measure such as the {measure}, "
            "repeated during delivery, shows whether it is improving.")


@rule("survey-round-too-few-responses", guide="deliver-use-monitoring-data")
def round_too_few_responses(p) -> Findings:
    facts = _facts(p)
    if facts is None:
        return
    for r in facts.rounds:
        if r.closes is not None and r.closed_by(p.today) and not reportable(
                r.responses, facts.minimum_responses):
            yield Severity.NOTE, (
                f"The survey round \u2018{r.title}\u2019 closed on {_when(r.closes)} with "
                f"{_responses(r.responses)}, fewer than the {facts.minimum_responses} needed "
                "to show any results. Next time, plan how people will hear about it, give "
                "them time to answer and send a reminder.")


@rule("survey-no-family-feedback", guide="deliver-family-feedback")
def no_family_feedback(p) -> Findings:
    facts = _facts(p)
    if facts is None or p.phase != "deliver":
        return
    family_rounds = [r for r in facts.rounds if r.for_families]
    if any(r.responses > 0 or r.open_or_upcoming(p.today) for r in family_rounds):
        return
    if family_rounds:
        message = (
            "No survey round for children, young people or families has had any responses. "
            "Delivery is under way: ask them again, in a way that suits them, how it is "
            "going and how it could improve.")
    else:
        message = (
            "No feedback has been gathered from children, young people or families by "
            "survey while the project is in Deliver. Ask them not just whether they like "
            "the approach but how it could improve and whether their needs have changed.")
    yield Severity.WARNING, message


def _score_name(instrument: str, score: str) -> str:
    found = get_instruments().get(instrument)
    if found is None:
        return instrument.upper() if score == "total" else f"{instrument.upper()} {score}"
    if score == "total":
        return f"{found.short_name} total" if found.subscales else found.short_name
    names = {s.slug: s.name.lower() for s in found.subscales}
    return f"{found.short_name} {names.get(score, score)}"


@rule("survey-score-fell", guide="deliver-tailor-to-barriers")
def score_fell(p) -> Findings:
    facts = _facts(p)
    if facts is None:
        return
    series: dict[tuple[str, str, str], list[RoundFacts]] = defaultdict(list)
    for r in facts.rounds:
        if r.closes is None or not reportable(r.responses, facts.minimum_responses):
            continue
        for instrument in dict.fromkeys(s.instrument for s in r.scores):
            series[(instrument, r.audience, r.about)].append(r)
    for (instrument, _audience, _about), rounds in sorted(series.items()):
        if len(rounds) < 2:
            continue
        rounds.sort(key=lambda r: (r.closes, r.opens or r.closes, r.title))
        before, after = rounds[-2], rounds[-1]
        earlier = {s.score: s.mean for s in before.scores if s.instrument == instrument}
        falls = []
        for s in after.scores:
            if s.instrument != instrument or s.score not in earlier:
                continue
            if earlier[s.score] - s.mean >= FALL_THRESHOLD:
                falls.append(f"the {_score_name(instrument, s.score)} score fell from "
                             f"{earlier[s.score]:.1f} to {s.mean:.1f}")
        if falls:
            yield Severity.WARNING, (
                f"Between the rounds \u2018{before.title}\u2019 and \u2018{after.title}\u2019, "
                f"{' and '.join(falls)}. Find out why with the people who answered, and "
                "respond to any new barriers.")
