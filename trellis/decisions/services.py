"""Workflows of the decision tool. Each is one transaction and writes its audit
entry. Candidates and appraisals are shared records edited with a version
check (a stale save raises StaleEditError, as for projects); decisions are
only ever added."""

from collections.abc import Iterable
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.evidence.models import EvidenceItem
from trellis.organisations.models import User, audit
from trellis.projects.models import Project
from trellis.projects.services import update_project

from . import criteria
from .models import Appraisal, Candidate, Decision, Outcome

CANDIDATE_FIELDS = ("name", "description", "origin", "link")

__all__ = ["StaleEditError", "CandidateInUseError", "add_candidate", "update_candidate",
           "remove_candidate", "appraise", "record_decision"]


class CandidateInUseError(Exception):
    """The candidate was chosen in a recorded decision, which must stay intact."""


def _audit(project: Project, actor: User, action: str, summary: str) -> None:
    audit(organisation=project.organisation, actor=actor, action=f"decisions.{action}",
          summary=f"'{project.title}': {summary}")


@transaction.atomic
def add_candidate(*, project: Project, created_by: User, name: str, origin: str,
                  description: str = "", link: str = "") -> Candidate:
    """Add an approach for the project to appraise."""
    candidate = Candidate.objects.create(project=project, created_by=created_by, name=name,
                                         origin=origin, description=description, link=link)
    _audit(project, created_by, "candidate_added", f"added candidate approach '{name}'")
    return candidate


@transaction.atomic
def update_candidate(*, candidate: Candidate, version: int, changed_by: User,
                     **fields) -> Candidate:
    """Save the edited fields if nobody has saved since `version` was read."""
    values = {name: fields[name] for name in CANDIDATE_FIELDS if name in fields}
    save_if_unchanged(candidate, version=version, **values)
    candidate.refresh_from_db()
    _audit(candidate.project, changed_by, "candidate_updated",
           f"edited candidate approach '{candidate.name}'")
    return candidate


@transaction.atomic
def remove_candidate(*, candidate: Candidate, removed_by: User) -> None:
    """Remove a candidate and its appraisals, unless a decision chose it."""
    if candidate.decisions.exists():
        raise CandidateInUseError
    project = candidate.project
    candidate.delete()
    _audit(project, removed_by, "candidate_removed",
           f"removed candidate approach '{candidate.name}'")


def _check_evidence(candidate: Candidate, evidence: Iterable[EvidenceItem]) -> list:
    items = list(evidence)
    if any(item.project_id != candidate.project_id for item in items):
        raise ValueError("Evidence linked to an appraisal must belong to the same project")
    return items


@transaction.atomic
def appraise(*, candidate: Candidate, criterion: str, rating: int, rationale: str,
             evidence: Iterable[EvidenceItem], version: int, appraised_by: User) -> Appraisal:
    """Rate a candidate against one criterion, or re-rate it.

    `version` is the appraisal's version the appraiser started from, 0 when
    there was none yet; if someone has appraised it since, StaleEditError."""
    criteria.criterion(criterion)  # KeyError on an unknown criterion
    if not criteria.RATING_MIN <= rating <= criteria.RATING_MAX:
        raise ValueError(f"Rating must be from {criteria.RATING_MIN} to {criteria.RATING_MAX}")
    items = _check_evidence(candidate, evidence)
    now = timezone.now()
    if version == 0:
        try:
            with transaction.atomic():
                appraisal = Appraisal.objects.create(
                    candidate=candidate, criterion=criterion, rating=rating,
                    rationale=rationale, appraised_by=appraised_by, appraised_at=now)
        except IntegrityError:
            raise StaleEditError from None
    else:
        updated = candidate.appraisals.filter(criterion=criterion, version=version).update(
            rating=rating, rationale=rationale, appraised_by=appraised_by, appraised_at=now,
            version=F("version") + 1)
        if not updated:
            raise StaleEditError
        appraisal = candidate.appraisals.get(criterion=criterion)
    appraisal.evidence.set(items)
    name = criteria.criterion(criterion).name
    _audit(candidate.project, appraised_by, "appraised",
           f"rated '{candidate.name}' {rating} out of 5 for '{name}'")
    return appraisal


@transaction.atomic
def record_decision(*, project: Project, outcome: str, candidate: Candidate | None,
                    rationale: str, participants: str, decided_on: date,
                    recorded_by: User) -> Decision:
    """Add a decision to the project's history. Proceeding with a candidate
    also makes it the project's approach, in the same transaction."""
    outcome = Outcome(outcome)
    if outcome == Outcome.PROCEED:
        if candidate is None or candidate.project_id != project.pk:
            raise ValueError("Proceeding needs one of this project's candidate approaches")
    else:
        candidate = None
    decision = Decision.objects.create(
        project=project, outcome=outcome, candidate=candidate,
        candidate_name=candidate.name if candidate else "", rationale=rationale,
        participants=participants, decided_on=decided_on, recorded_by=recorded_by)
    if candidate is not None:
        update_project(project=project, version=project.version, changed_by=recorded_by,
                       approach=candidate.name)
    _audit(project, recorded_by, "decision_recorded", f"decided: {decision.summary}")
    return decision
