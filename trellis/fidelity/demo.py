"""Two years of fidelity checks for the demo Family Group Conference project:
10 to 20 conferences checked a month. Every component is usually delivered
as intended, except private family time, which was often cut short until
the co-ordinators' refresher training nine months ago and has improved since.
The figures are made up, drawn from a seeded generator so the demo is the same
each time it is loaded on the same day."""

import random
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from trellis.organisations.models import User
from trellis.plans.models import CoreComponent
from trellis.projects.models import Project

from .models import ComponentRating, FidelityCheck, Rating, RecordedBy
from .services import month_of, update_measures
from .tally import months_before

MONTHS = 24
SETTINGS = ("North locality FGC team", "South locality FGC team", "Pre-proceedings panel",
            "Family hub, Riverside")
WEAK_NOTES = ("Private family time cut short: the venue was only booked for two hours.",
              "Family asked for the co-ordinator to stay in the room.",
              "Professionals stayed for part of private family time.")


def training_date(today: date) -> date:
    """When the co-ordinators had refresher training on private family time."""
    return months_before(today, 9)


def _chance_as_intended(weak: bool, day: date, trained: date) -> float:
    if not weak:
        return 0.88
    if day < trained:
        return 0.5
    months_since = (day - trained).days / 30
    return min(0.86, 0.6 + 0.09 * months_since)  # improving over about three months


def _rating(rng: random.Random, chance: float, not_applicable: float) -> str:
    if rng.random() < not_applicable:
        return Rating.NOT_APPLICABLE
    if rng.random() < chance:
        return Rating.AS_INTENDED
    return Rating.PARTLY if rng.random() < 0.7 else Rating.NOT_DELIVERED


@transaction.atomic
def add_fgc_fidelity(project: Project, user: User, components: list[CoreComponent],
                     today: date | None = None) -> list[FidelityCheck]:
    """Record the demo checks on `project` and build its fidelity measures. The
    weaker component is the one about private family time (or else the first)."""
    if not components:
        return []
    today = today or timezone.localdate()
    rng = random.Random(f"fgc-fidelity-{today.isoformat()}")
    weak = next((c for c in components if "private family time" in c.name.lower()),
                components[0])
    trained = training_date(today)
    month = months_before(month_of(today), MONTHS - 1)
    checks, answers = [], []
    while month <= today:
        last = min(today, months_before(month, -1) - timedelta(days=1))
        # The current month is under way: fewer checks so far.
        count = rng.randint(10, 20) if last < today else rng.randint(0, today.day // 2)
        for _ in range(count):
            day = month + timedelta(days=rng.randint(0, (last - month).days))
            check = FidelityCheck(
                project=project, delivered_on=day, setting=rng.choice(SETTINGS),
                recorded_by=rng.choices(list(RecordedBy), weights=(7, 2, 2))[0],
                created_by=user)
            checks.append(check)
            for component in components:
                is_weak = component.pk == weak.pk
                rating = _rating(rng, _chance_as_intended(is_weak, day, trained),
                                 0.0 if is_weak else 0.05)
                note = (rng.choice(WEAK_NOTES)
                        if is_weak and rating != Rating.AS_INTENDED and rng.random() < 0.5
                        else "")
                answers.append((check, component, rating, note))
        month = months_before(month, -1)
    FidelityCheck.objects.bulk_create(checks)
    ComponentRating.objects.bulk_create(
        ComponentRating(fidelity_check=check, core_component=component, rating=rating,
                        note=note) for check, component, rating, note in answers)
    update_measures(project=project, by=user, touched={
        (component.pk, month_of(check.delivered_on)) for check, component, _, _ in answers})
    return checks
