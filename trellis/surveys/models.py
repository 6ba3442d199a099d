"""Questionnaires an organisation builds, survey rounds a project runs, and the
anonymous responses to them.

Storage is shaped for results over many thousands of responses: one Answer row
per response per question (one per chosen option for multiple choice), with a
numeric `value` and/or `text`, and one ResponseScore row per response per
instrument scale, worked out when the response is sent. Both carry their round
so that counts, medians and per-item distributions are plain aggregate queries
over an index. A response holds the date it was sent and nothing else about
who sent it."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.organisations.models import Organisation
from trellis.projects.models import Project

from . import answers as answer_rules

TEXT_LIMIT = answer_rules.TEXT_LIMIT


def new_token() -> str:
    """An unguessable public link token: 24 random bytes (192 bits)."""
    return secrets.token_urlsafe(24)


class QuestionKind(models.TextChoices):
    AGREEMENT = answer_rules.AGREEMENT, "Agreement scale (completely disagree to completely agree)"
    FACES = answer_rules.FACES, "Faces scale from 1 to 5, for children"
    SINGLE = answer_rules.SINGLE, "Single choice"
    MULTIPLE = answer_rules.MULTIPLE, "Multiple choice"
    NUMBER = answer_rules.NUMBER, "Number"
    TEXT = answer_rules.TEXT, "Free text"


class Audience(models.TextChoices):
    PRACTITIONERS = "practitioners", "Practitioners"
    LEADERS = "leaders", "Leaders"
    PARTNERS = "partners", "Partners"
    CHILDREN = "children-and-young-people", "Children and young people"
    PARENTS = "parents-and-carers", "Parents and carers"


class Layout(models.TextChoices):
    ONE_PER_SCREEN = "one_per_screen", "One question per screen"
    ONE_PAGE = "one_page", "All questions on one page"


class RoundStatus(models.TextChoices):
    NOT_OPEN = "not_open", "Not open yet"
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


# --- Questionnaires ---------------------------------------------------------

class QuestionnaireQuerySet(models.QuerySet):
    def for_organisation(self, organisation: Organisation) -> "QuestionnaireQuerySet":
        return self.filter(organisation=organisation)


class Questionnaire(models.Model):
    """An organisation's own set of questions, used by any of its projects' rounds."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE,
                                     related_name="questionnaires")
    name = models.CharField(max_length=200)
    description = models.TextField("what it is for", max_length=2000, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = QuestionnaireQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def is_answered(self) -> bool:
        """Once anyone has answered it, its questions are fixed so that every
        response to a round means the same thing."""
        return Response.objects.filter(round__questionnaire=self).exists()


class QuestionQuerySet(models.QuerySet):
    def for_organisation(self, organisation: Organisation) -> "QuestionQuerySet":
        return self.filter(questionnaire__organisation=organisation)


class Question(models.Model):
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE,
                                      related_name="questions")
    position = models.PositiveIntegerField()
    kind = models.CharField("type of question", max_length=20, choices=QuestionKind.choices)
    text = models.CharField("question", max_length=500)
    help_text = models.CharField("help text", max_length=500, blank=True)
    required = models.BooleanField(default=True)
    # Single and multiple choice: the options, one a line, in order.
    options = models.TextField(max_length=4000, blank=True)
    # Number: the smallest and largest answers accepted, if any.
    minimum = models.IntegerField(null=True, blank=True)
    maximum = models.IntegerField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.text

    @property
    def option_list(self) -> list[str]:
        return split_options(self.options)


def split_options(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# --- Survey rounds ----------------------------------------------------------

class SurveyRoundQuerySet(models.QuerySet):
    def for_organisation(self, organisation: Organisation) -> "SurveyRoundQuerySet":
        return self.filter(project__organisation=organisation)


class SurveyRound(models.Model):
    """One run of a survey for a project: what is asked, of whom, about what,
    between which dates, and the public link people answer it from."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="survey_rounds")
    label = models.CharField(max_length=100)
    # RESTRICT: a questionnaire in use cannot be deleted on its own.
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.RESTRICT, null=True,
                                      blank=True, related_name="rounds")
    audience = models.CharField(max_length=40, choices=Audience.choices)
    # Empty means the project's approach as a whole.
    core_component = models.ForeignKey("plans.CoreComponent", on_delete=models.RESTRICT,
                                       null=True, blank=True, related_name="survey_rounds")
    outcome = models.ForeignKey("plans.ImplementationOutcome", on_delete=models.SET_NULL,
                                null=True, blank=True, related_name="survey_rounds")
    opens_on = models.DateField("opening date")
    closes_on = models.DateField("closing date")
    public_title = models.CharField("public title", max_length=200)
    why = models.TextField("why we ask and how answers are used", max_length=2000)
    layout = models.CharField(max_length=20, choices=Layout.choices,
                              default=Layout.ONE_PER_SCREEN)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    repeat_of = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="repeats")
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = SurveyRoundQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(closes_on__gte=models.F("opens_on")),
                                   name="survey_round_closes_after_opening"),
        ]

    def __str__(self) -> str:
        return self.label

    def status(self, today=None) -> str:
        today = today or timezone.localdate()
        if today < self.opens_on:
            return RoundStatus.NOT_OPEN
        if today > self.closes_on:
            return RoundStatus.CLOSED
        return RoundStatus.OPEN

    def is_open(self, today=None) -> bool:
        return self.status(today) == RoundStatus.OPEN

    @property
    def instrument_slugs(self) -> list[str]:
        return [i.instrument for i in self.instruments.all()]

    @property
    def intervention_name(self) -> str:
        """What the instruments' wording names: the core component the round is
        about, or the project's approach."""
        if self.core_component_id:
            return self.core_component.name
        return self.project.approach

    def has_responses(self) -> bool:
        return self.responses.exists()


class RoundInstrument(models.Model):
    """A validated instrument asked in a round (the instruments are shipped data,
    named by slug)."""

    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="instruments")
    instrument = models.CharField(max_length=20)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["round", "instrument"],
                                               name="one_instrument_once_per_round")]

    def __str__(self) -> str:
        return self.instrument


# --- Responses --------------------------------------------------------------

class Response(models.Model):
    """One person's answers to a round. Anonymous: the date only."""

    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="responses")
    submitted_on = models.DateField()

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["round", "submitted_on"])]

    def __str__(self) -> str:
        return f"Response {self.pk} to {self.round_id}"


class AnswerQuerySet(models.QuerySet):
    def for_organisation(self, organisation: Organisation) -> "AnswerQuerySet":
        return self.filter(round__project__organisation=organisation)

    def free_text(self) -> "AnswerQuerySet":
        return self.exclude(text="")


class Answer(models.Model):
    """One answer: to a questionnaire question, or to one item of an instrument.

    `value` holds scale points (1-5), chosen option numbers (1-based; one row per
    option chosen in a multiple-choice question) and numbers; `text` holds free
    text. An optional question left blank has no row."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, null=True, blank=True,
                                 related_name="answers")
    instrument = models.CharField(max_length=20, blank=True)
    item = models.PositiveSmallIntegerField(null=True, blank=True)
    value = models.IntegerField(null=True, blank=True)
    text = models.TextField(max_length=TEXT_LIMIT, blank=True)
    # Team editors hide free text that could identify someone.
    hidden = models.BooleanField(default=False)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        indexes = [
            models.Index(fields=["round", "question", "value"]),
            models.Index(fields=["round", "instrument", "item", "value"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(question__isnull=False, instrument="", item__isnull=True)
                           | models.Q(question__isnull=True, item__isnull=False)
                           & ~models.Q(instrument="")),
                name="answer_to_a_question_or_an_instrument_item"),
        ]

    def __str__(self) -> str:
        return self.text or str(self.value)


class ResponseScore(models.Model):
    """A response's score on one scale of one instrument ("total" or a
    subscale slug), or None where too many items were left out."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="scores")
    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="+")
    instrument = models.CharField(max_length=20)
    scale = models.CharField(max_length=40)
    value = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["round", "instrument", "scale", "value"])]
        constraints = [models.UniqueConstraint(fields=["response", "instrument", "scale"],
                                               name="one_score_per_scale_per_response")]

    def __str__(self) -> str:
        return f"{self.instrument} {self.scale}: {self.value}"


class SubmissionReceipt(models.Model):
    """That a one-time submission key has been used, so a replayed submission
    is refused. Holds a hash of the key and nothing that links it to the
    response it sent."""

    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=64, unique=True)

    def __str__(self) -> str:
        return self.key
