"""Survey rounds for the demo Family Group Conference project: the AIM and FIM
asked of FGC coordinators at baseline, 3 months and 6 months (9, 11 and 12
responses, scores rising as the approach beds in), and a family feedback round
with a faces question, a single choice and a free text that only 3 parents and
carers have answered so far, which shows the small-number rule at work.

Answers are made up, drawn from a seeded generator, and stored through the same
service as real submissions, so every score is worked out by the scoring code.
Dates are relative to today."""

import hashlib
import random
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from trellis.organisations.models import User
from trellis.projects.models import Project

from . import feed, services
from .models import QuestionKind, Questionnaire, SurveyRound

WHY_STAFF = ("We are asking every FGC coordinator the same short questions at the start, "
             "after 3 months and after 6 months, to see whether the approach is acceptable "
             "and workable as it beds in. Answers are anonymous and the team sees only "
             "totals.")
WHY_FAMILIES = ("We want to hear how your family group conference went for you, so that we "
                "can make conferences better for other families. You do not have to give your "
                "name, and please do not write anyone's name in your answers.")

# (label, opens, closes in days before today, responses, AIM level, FIM level): the
# levels are the chance of answering "agree" or above, rising over the rounds.
STAFF_ROUNDS = (
    ("Coordinators: baseline", 200, 186, 9, 0.45, 0.35),
    ("Coordinators: 3 months", 110, 96, 11, 0.6, 0.5),
    ("Coordinators: 6 months", 20, 6, 12, 0.78, 0.62),
)
FAMILY_TEXT = (
    "The coordinator listened to all of us and explained everything before the meeting.",
    "Having time on our own as a family made a big difference.",
    "It would help to have the meeting somewhere nearer to where we live.",
)


def _outcome(project: Project, outcome_type: str, starts: str):
    outcomes = list(project.implementation_outcomes.filter(outcome_type=outcome_type))
    wanted = [o for o in outcomes if o.statement.lower().startswith(starts.lower())]
    return (wanted or outcomes or [None])[0]


def _agreement(rng: random.Random, level: float) -> int:
    """One answer on the 1-5 agreement scale: agreeing with chance `level`."""
    if rng.random() < level:
        return 5 if rng.random() < 0.35 else 4
    return rng.choices((1, 2, 3), weights=(1, 3, 5))[0]


def _send(survey_round: SurveyRound, carried: dict, day: date, number: int) -> None:
    receipt = hashlib.sha256(f"demo-{survey_round.pk}-{number}".encode()).hexdigest()
    services.submit_response(survey_round=survey_round, receipt=receipt, carried=carried,
                             today=day)


def _days(rng: random.Random, opens: date, closes: date, today: date, n: int) -> list[date]:
    last = min(closes, today)
    return sorted(opens + timedelta(days=rng.randint(0, (last - opens).days)) for _ in range(n))


def family_questionnaire(project: Project, user: User | None) -> Questionnaire:
    """The organisation's family feedback questionnaire, made if it has none."""
    name = "Family feedback after a conference"
    existing = project.organisation.questionnaires.filter(name=name).first()
    if existing is not None:
        return existing
    questionnaire = services.create_questionnaire(
        organisation=project.organisation, created_by=user, name=name,
        description="Three short questions for parents and carers after their family group "
                    "conference.")
    services.add_question(questionnaire=questionnaire, added_by=user, kind=QuestionKind.FACES,
                          text="How did the conference feel for you?",
                          help_text="Choose the face closest to how you felt.")
    services.add_question(questionnaire=questionnaire, added_by=user, kind=QuestionKind.SINGLE,
                          text="Did your family make a plan you all agreed with?",
                          options="Yes\nPartly\nNo\nNot sure")
    services.add_question(questionnaire=questionnaire, added_by=user, kind=QuestionKind.TEXT,
                          text="What could we do better?", required=False,
                          help_text="Please do not write anyone's name.")
    return questionnaire


def _rising(answers: list[list[dict]], slug: str) -> bool:
    means = [sum(v for one in answered for k, v in one.items() if k.startswith(slug))
             / (4 * len(answered)) for answered in answers]
    return all(a < b for a, b in zip(means, means[1:], strict=False))


def staff_answers(today: date) -> list[list[dict]]:
    """The coordinators' AIM and FIM answers for each round, from a generator seeded
    by the date, drawn again until both scores rise from round to round, as the
    story of the demo needs."""
    for attempt in range(100):
        rng = random.Random(f"fgc-surveys-{today.isoformat()}-{attempt}")
        answers = [[{**{f"aim-{n}": _agreement(rng, aim) for n in range(1, 5)},
                     **{f"fim-{n}": _agreement(rng, fim) for n in range(1, 5)}}
                    for _ in range(count)]
                   for _label, _opens, _closes, count, aim, fim in STAFF_ROUNDS]
        if _rising(answers, "aim-") and _rising(answers, "fim-"):
            break
    return answers


@transaction.atomic
def add_fgc_surveys(project: Project, user: User | None,
                    today: date | None = None) -> list[SurveyRound]:
    """Add the demo rounds and their responses to `project` (which has the example
    plan), then bring the survey measures in monitoring up to date."""
    today = today or timezone.localdate()
    rng = random.Random(f"fgc-survey-days-{today.isoformat()}")
    acceptability = _outcome(project, "acceptability", "Staff feel that the approach")
    feasibility = _outcome(project, "feasibility", "Staff can engage")
    rounds = []
    previous = None
    for (label, opens, closes, count, _aim, _fim), answers in zip(
            STAFF_ROUNDS, staff_answers(today), strict=True):
        survey_round = services.create_round(
            project=project, created_by=user, instruments=["aim", "fim"], label=label,
            audience="practitioners", outcome=acceptability or feasibility,
            opens_on=today - timedelta(days=opens), closes_on=today - timedelta(days=closes),
            public_title="Family group conferences: what do you think?", why=WHY_STAFF,
            layout="one_page")
        if previous is not None:
            SurveyRound.objects.filter(pk=survey_round.pk).update(repeat_of=previous)
        previous = survey_round
        days = _days(rng, survey_round.opens_on, survey_round.closes_on, today, count)
        for number, (day, carried) in enumerate(zip(days, answers, strict=True)):
            _send(survey_round, carried, day, number)
        rounds.append(survey_round)

    questionnaire = family_questionnaire(project, user)
    questions = list(questionnaire.questions.all())
    family = services.create_round(
        project=project, created_by=user, instruments=[], questionnaire=questionnaire,
        label="Families: after their conference", audience="parents-and-carers",
        opens_on=today - timedelta(days=12), closes_on=today + timedelta(days=40),
        public_title="Tell us about your family group conference", why=WHY_FAMILIES,
        layout="one_per_screen")
    for number, (feeling, plan, text) in enumerate(((5, 1, 0), (4, 2, 1), (3, 1, 2))):
        carried = {f"q{questions[0].pk}": feeling, f"q{questions[1].pk}": plan,
                   f"q{questions[2].pk}": FAMILY_TEXT[text]}
        _send(family, carried, today - timedelta(days=10 - 3 * number), number)
    rounds.append(family)

    if feasibility is not None or acceptability is not None:
        feed.refresh_project_measures(project, by=user, today=today)
    return rounds
