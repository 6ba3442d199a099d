"""The register of barriers and enablers, each in one CFIR domain.

Strength runs from −2 (a strong barrier) to +2 (a strong enabler). Its sign
must agree with the kind, so there is no 0: something that neither helps nor
hinders implementation is not a barrier or an enabler, and a barrier that
stops mattering is marked resolved or no longer relevant instead."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.framework.loader import get_framework
from trellis.projects.models import Phase, Project

from .snapshot import OPEN_STATUSES


def cfir_domain_choices() -> list[tuple[str, str]]:
    return [(d.slug, d.name) for d in get_framework().cfir.domains]


class Kind(models.TextChoices):
    BARRIER = "barrier", "Barrier"
    ENABLER = "enabler", "Enabler"


class Strength(models.IntegerChoices):
    STRONG_BARRIER = -2, "Strong barrier (−2)"
    BARRIER = -1, "Barrier (−1)"
    ENABLER = 1, "Enabler (+1)"
    STRONG_ENABLER = 2, "Strong enabler (+2)"


class Status(models.TextChoices):
    OPEN = "open", "Open"
    BEING_ADDRESSED = "being_addressed", "Being addressed"
    RESOLVED = "resolved", "Resolved"
    NO_LONGER_RELEVANT = "no_longer_relevant", "No longer relevant"


class BarrierEnablerQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "BarrierEnablerQuerySet":
        return self.filter(project__organisation=organisation)


class BarrierEnabler(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="barriers_enablers")
    description = models.CharField(max_length=500)
    kind = models.CharField("barrier or enabler?", max_length=10, choices=Kind.choices)
    cfir_domain = models.CharField("CFIR domain", max_length=40, choices=cfir_domain_choices)
    strength = models.SmallIntegerField("how strong is it?", choices=Strength.choices)
    evidence = models.ManyToManyField("evidence.EvidenceItem", blank=True,
                                      related_name="barriers_enablers")
    engagement = models.ManyToManyField("engagement.EngagementActivity", blank=True,
                                        related_name="barriers_enablers")
    phase_found = models.CharField("phase it was found in", max_length=10,
                                   choices=Phase.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = BarrierEnablerQuerySet.as_manager()

    class Meta:
        ordering = ["cfir_domain", "strength", "pk"]
        verbose_name = "barrier or enabler"
        verbose_name_plural = "barriers and enablers"
        indexes = [models.Index(fields=["project", "cfir_domain"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind=Kind.BARRIER, strength__in=(-2, -1))
                | models.Q(kind=Kind.ENABLER, strength__in=(1, 2)),
                name="barrier_strength_matches_kind",
                violation_error_message="A barrier's strength must be −2 or −1, and an "
                                        "enabler's +1 or +2",
            ),
        ]

    def __str__(self) -> str:
        return self.description

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES
