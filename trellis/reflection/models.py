"""The reflection log: review meetings where the team looked at its data,
what it learnt and decided, and the actions that followed (the framework's
"Reflect" behaviour, in the Deliver phase)."""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.projects.models import Project


class ReviewMeetingQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "ReviewMeetingQuerySet":
        return self.filter(project__organisation=organisation)


class Editable(models.Model):
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True


class ReviewMeeting(Editable):
    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="review_meetings")
    held_on = models.DateField("date of the review")
    attendees = models.TextField("who attended", max_length=2000)
    measures = models.ManyToManyField("monitoring.Measure", blank=True,
                                      related_name="review_meetings")
    learnt = models.TextField("what was learnt", max_length=5000)
    decisions = models.TextField(max_length=5000, blank=True)

    objects = ReviewMeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"Review on {self.held_on.day} {self.held_on:%B %Y}"


class Status(models.TextChoices):
    OPEN = "open", "Open"
    IN_PROGRESS = "in-progress", "In progress"
    DONE = "done", "Done"


class ActionQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "ActionQuerySet":
        return self.filter(meeting__project__organisation=organisation)

    def overdue(self, today: date) -> "ActionQuerySet":
        return self.filter(due_on__lt=today).exclude(status=Status.DONE)


class Action(Editable):
    meeting = models.ForeignKey(ReviewMeeting, on_delete=models.CASCADE, related_name="actions")
    description = models.TextField("action", max_length=1000)
    owner = models.CharField(max_length=200)
    due_on = models.DateField("due date")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["due_on", "status"])]

    def __str__(self) -> str:
        return self.description

    def is_overdue(self, today: date) -> bool:
        return self.due_on < today and self.status != Status.DONE
