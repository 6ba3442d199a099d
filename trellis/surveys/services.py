"""Writes for questionnaires, survey rounds and responses. Each is one
transaction. Editors' changes write an audit entry; edits based on a stale
version are refused. Responses are anonymous, so sending one writes no audit
entry and nothing about who sent it."""

import datetime
from collections.abc import Mapping, Sequence

from django.db import IntegrityError, transaction
from django.db.models import F, Max

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.organisations.models import Organisation, User, audit
from trellis.projects.models import Project

from . import answers as answer_rules
from . import feed, tasks
from .instruments import get_instruments
from .items import round_items
from .models import (
    Answer,
    Question,
    Questionnaire,
    Response,
    ResponseScore,
    RoundInstrument,
    SubmissionReceipt,
    SurveyRound,
)
from .scoring import score

QUESTIONNAIRE_FIELDS = ("name", "description")
QUESTION_FIELDS = ("kind", "text", "help_text", "required", "options", "minimum", "maximum")
ROUND_FIELDS = ("label", "questionnaire", "audience", "core_component", "outcome", "opens_on",
                "closes_on", "public_title", "why", "layout")
# What is asked, and about what: fixed once anyone has answered.
ASKED_FIELDS = ("questionnaire", "core_component")


class QuestionnaireAnswered(Exception):
    """The questionnaire has been answered, so its questions cannot change."""


class AlreadySent(Exception):
    """These answers were sent before: a replayed submission."""


class NotAccepted(Exception):
    """The answers are incomplete, or answer questions that are not in the round."""

    def __init__(self, result: answer_rules.Result) -> None:
        super().__init__("answers not accepted")
        self.result = result


def _pick(fields: Mapping, names: Sequence[str]) -> dict:
    return {name: fields[name] for name in names if name in fields}


# --- Questionnaires ---------------------------------------------------------

@transaction.atomic
def create_questionnaire(*, organisation: Organisation, created_by: User | None,
                         **fields) -> Questionnaire:
    questionnaire = Questionnaire.objects.create(organisation=organisation, created_by=created_by,
                                                 **_pick(fields, QUESTIONNAIRE_FIELDS))
    audit(organisation=organisation, actor=created_by, action="surveys.questionnaire_created",
          summary=f"Created questionnaire '{questionnaire.name}'")
    return questionnaire


@transaction.atomic
def update_questionnaire(*, questionnaire: Questionnaire, version: int, changed_by: User,
                         **fields) -> Questionnaire:
    save_if_unchanged(questionnaire, version=version, **_pick(fields, QUESTIONNAIRE_FIELDS))
    audit(organisation=questionnaire.organisation, actor=changed_by,
          action="surveys.questionnaire_updated",
          summary=f"Edited questionnaire '{questionnaire.name}'")
    return questionnaire


def _check_unanswered(questionnaire: Questionnaire) -> None:
    if questionnaire.is_answered():
        raise QuestionnaireAnswered


def _touch(questionnaire: Questionnaire) -> None:
    """Any change to the questions is a change to the questionnaire."""
    Questionnaire.objects.filter(pk=questionnaire.pk).update(version=F("version") + 1)


@transaction.atomic
def add_question(*, questionnaire: Questionnaire, added_by: User, **fields) -> Question:
    _check_unanswered(questionnaire)
    last = questionnaire.questions.aggregate(last=Max("position"))["last"] or 0
    question = Question.objects.create(questionnaire=questionnaire, position=last + 1,
                                       **_pick(fields, QUESTION_FIELDS))
    _touch(questionnaire)
    audit(organisation=questionnaire.organisation, actor=added_by,
          action="surveys.question_added",
          summary=f"'{questionnaire.name}': added question '{question.text[:100]}'")
    return question


@transaction.atomic
def update_question(*, question: Question, version: int, changed_by: User, **fields) -> Question:
    questionnaire = question.questionnaire
    _check_unanswered(questionnaire)
    save_if_unchanged(question, version=version, **_pick(fields, QUESTION_FIELDS))
    _touch(questionnaire)
    audit(organisation=questionnaire.organisation, actor=changed_by,
          action="surveys.question_updated",
          summary=f"'{questionnaire.name}': edited question '{question.text[:100]}'")
    return question


@transaction.atomic
def move_question(*, question: Question, direction: str, moved_by: User) -> bool:
    """Swap the question with its neighbour above ("up") or below ("down").
    False when there is nothing to swap with."""
    questionnaire = question.questionnaire
    _check_unanswered(questionnaire)
    ordered = list(questionnaire.questions.select_for_update().order_by("position", "pk"))
    index = next(i for i, q in enumerate(ordered) if q.pk == question.pk)
    other = index - 1 if direction == "up" else index + 1 if direction == "down" else -1
    if not 0 <= other < len(ordered):
        return False
    ordered[index], ordered[other] = ordered[other], ordered[index]
    for position, each in enumerate(ordered, start=1):
        if each.position != position:
            Question.objects.filter(pk=each.pk).update(position=position)
    _touch(questionnaire)
    audit(organisation=questionnaire.organisation, actor=moved_by,
          action="surveys.question_moved",
          summary=f"'{questionnaire.name}': moved question '{question.text[:100]}' {direction}")
    return True


@transaction.atomic
def remove_question(*, question: Question, removed_by: User) -> None:
    questionnaire = question.questionnaire
    _check_unanswered(questionnaire)
    question.delete()
    for position, pk in enumerate(questionnaire.questions.order_by("position", "pk")
                                  .values_list("pk", flat=True), start=1):
        Question.objects.filter(pk=pk).update(position=position)
    _touch(questionnaire)
    audit(organisation=questionnaire.organisation, actor=removed_by,
          action="surveys.question_removed",
          summary=f"'{questionnaire.name}': removed question '{question.text[:100]}'")


@transaction.atomic
def copy_questionnaire(*, questionnaire: Questionnaire, copied_by: User) -> Questionnaire:
    """A new, unanswered questionnaire with the same questions, to change."""
    copy = Questionnaire.objects.create(
        organisation=questionnaire.organisation, created_by=copied_by,
        name=f"Copy of {questionnaire.name}"[:200], description=questionnaire.description)
    Question.objects.bulk_create([
        Question(questionnaire=copy, position=q.position,
                 **{name: getattr(q, name) for name in QUESTION_FIELDS})
        for q in questionnaire.questions.all()])
    audit(organisation=questionnaire.organisation, actor=copied_by,
          action="surveys.questionnaire_copied",
          summary=f"Copied questionnaire '{questionnaire.name}'")
    return copy


# --- Survey rounds ----------------------------------------------------------

def _check_round(project: Project, values: Mapping, instruments: Sequence[str]) -> None:
    known = get_instruments()
    if any(slug not in known for slug in instruments):
        raise ValueError("Unknown instrument")
    if not instruments and values.get("questionnaire") is None:
        raise ValueError("A round asks at least one instrument or a questionnaire")
    questionnaire = values.get("questionnaire")
    if questionnaire is not None and questionnaire.organisation_id != project.organisation_id:
        raise ValueError("A round can only use its own organisation's questionnaire")
    for name in ("core_component", "outcome"):
        part = values.get(name)
        if part is not None and part.project_id != project.pk:
            raise ValueError(f"A round's {name} must belong to its own project")


def _set_instruments(survey_round: SurveyRound, instruments: Sequence[str]) -> None:
    survey_round.instruments.all().delete()
    RoundInstrument.objects.bulk_create([
        RoundInstrument(round=survey_round, instrument=slug, position=position)
        for position, slug in enumerate(instruments)])


@transaction.atomic
def create_round(*, project: Project, created_by: User | None, instruments: Sequence[str],
                 **fields) -> SurveyRound:
    values = _pick(fields, ROUND_FIELDS)
    _check_round(project, values, instruments)
    survey_round = SurveyRound.objects.create(project=project, created_by=created_by, **values)
    _set_instruments(survey_round, instruments)
    audit(organisation=project.organisation, actor=created_by, action="surveys.round_created",
          summary=f"'{project.title}': created survey round '{survey_round.label}'")
    return survey_round


@transaction.atomic
def update_round(*, survey_round: SurveyRound, version: int, changed_by: User,
                 instruments: Sequence[str], **fields) -> SurveyRound:
    """Save the edit if nobody has saved the round since `version`. Once the
    round has responses, what it asks and what it is about stay as they are."""
    project = survey_round.project
    values = _pick(fields, ROUND_FIELDS)
    answered = survey_round.has_responses()
    if answered:
        for name in ASKED_FIELDS:
            values.pop(name, None)
        instruments = survey_round.instrument_slugs
    _check_round(project, {"questionnaire": survey_round.questionnaire,
                           "core_component": survey_round.core_component, **values},
                 instruments)
    save_if_unchanged(survey_round, version=version, **values)
    if not answered:
        _set_instruments(survey_round, instruments)
    # New dates or a new outcome move or remove the round's figures in monitoring.
    feed.refresh_round_measures(survey_round, by=changed_by)
    audit(organisation=project.organisation, actor=changed_by, action="surveys.round_updated",
          summary=f"'{project.title}': edited survey round '{survey_round.label}'")
    return survey_round


@transaction.atomic
def repeat_round(*, survey_round: SurveyRound, created_by: User, label: str,
                 opens_on: datetime.date, closes_on: datetime.date) -> SurveyRound:
    """A new round asking the same things of the same people, with new dates
    and a new public link."""
    project = survey_round.project
    copy = SurveyRound.objects.create(
        project=project, created_by=created_by, repeat_of=survey_round, label=label,
        opens_on=opens_on, closes_on=closes_on,
        **{name: getattr(survey_round, name) for name in ROUND_FIELDS
           if name not in ("label", "opens_on", "closes_on")})
    _set_instruments(copy, survey_round.instrument_slugs)
    audit(organisation=project.organisation, actor=created_by, action="surveys.round_repeated",
          summary=f"'{project.title}': repeated survey round '{survey_round.label}' as "
                  f"'{label}'")
    return copy


# --- Responses --------------------------------------------------------------

def _answer_rows(survey_round: SurveyRound, response: Response, items, values) -> list[Answer]:
    rows = []
    for item in items:
        value = values.get(item.key)
        if value is None:
            continue
        where = ({"question_id": item.question_pk} if item.question_pk
                 else {"instrument": item.instrument, "item": item.number})
        if item.kind == answer_rules.TEXT:
            rows.append(Answer(response=response, round=survey_round, text=value, **where))
        elif item.kind == answer_rules.MULTIPLE:
            rows += [Answer(response=response, round=survey_round, value=v, **where)
                     for v in value]
        else:
            rows.append(Answer(response=response, round=survey_round, value=value, **where))
    return rows


def _score_rows(survey_round: SurveyRound, response: Response, items,
                values) -> list[ResponseScore]:
    instruments = get_instruments()
    rows = []
    for slug in survey_round.instrument_slugs:
        if slug not in instruments:
            continue
        given = {i.number: values.get(i.key) for i in items if i.instrument == slug}
        for scale, value in score(instruments[slug], given).items():
            rows.append(ResponseScore(response=response, round=survey_round, instrument=slug,
                                      scale=scale, value=value))
    return rows


def submit_response(*, survey_round: SurveyRound, receipt: str, carried: Mapping[str, object],
                    today: datetime.date) -> Response:
    """Store one person's answers, checked again against the round's questions,
    with their scores: all of it or none of it. `receipt` (a hash of the
    one-time submission key) may be used once only."""
    items = round_items(survey_round)
    result = answer_rules.recheck(items, carried)
    if not result.ok:
        raise NotAccepted(result)
    try:
        with transaction.atomic():
            SubmissionReceipt.objects.create(round=survey_round, key=receipt)
            response = Response.objects.create(round=survey_round, submitted_on=today)
            Answer.objects.bulk_create(_answer_rows(survey_round, response, items,
                                                    result.values))
            ResponseScore.objects.bulk_create(_score_rows(survey_round, response, items,
                                                          result.values))
    except IntegrityError as error:
        if SubmissionReceipt.objects.filter(key=receipt).exists():
            raise AlreadySent from error
        raise
    if survey_round.outcome_id and survey_round.instrument_slugs:  # else nothing to feed
        transaction.on_commit(lambda: tasks.refresh_measures.enqueue(survey_round.pk))
    return response
