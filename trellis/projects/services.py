"""Workflows on projects. Each is one transaction and writes its audit entry.
Edits to a project carry the version the editor started from; a save based on
a stale version is refused rather than silently overwriting someone's work."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.organisations.models import Organisation, User, audit

from .models import ChecklistAnswer, PhaseChange, Project, TeamMember

EDITABLE_FIELDS = ("title", "approach", "need", "target_population", "status", "outcome",
                   "start_date", "next_review_date")



@transaction.atomic
def create_project(*, organisation: Organisation, created_by: User, **fields) -> Project:
    project = Project.objects.create(organisation=organisation, created_by=created_by, **fields)
    PhaseChange.objects.create(project=project, from_phase="", to_phase=project.phase,
                               reason="Project created", changed_by=created_by)
    audit(organisation=organisation, actor=created_by, action="project.created",
          summary=f"Created project '{project.title}'")
    return project


@transaction.atomic
def update_project(*, project: Project, version: int, changed_by: User, **fields) -> Project:
    """Save the edited fields if nobody has saved since `version` was read."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    save_if_unchanged(project, version=version, **values)
    project.refresh_from_db()
    audit(organisation=project.organisation, actor=changed_by, action="project.updated",
          summary=f"Edited project '{project.title}'")
    return project


@transaction.atomic
def change_phase(*, project: Project, to_phase: str, reason: str, version: int,
                 changed_by: User) -> PhaseChange:
    from_phase = project.phase
    save_if_unchanged(project, version=version, phase=to_phase)
    change = PhaseChange.objects.create(project=project, from_phase=from_phase,
                                        to_phase=to_phase, reason=reason, changed_by=changed_by)
    project.refresh_from_db()
    audit(organisation=project.organisation, actor=changed_by, action="project.phase_changed",
          summary=f"'{project.title}': {from_phase} to {to_phase}")
    return change


@transaction.atomic
def set_archived(*, project: Project, archived: bool, changed_by: User) -> None:
    project.archived_at = timezone.now() if archived else None
    project.version = F("version") + 1
    project.save(update_fields=["archived_at", "version"])
    project.refresh_from_db(fields=["version"])
    audit(organisation=project.organisation, actor=changed_by,
          action="project.archived" if archived else "project.restored",
          summary=f"{'Archived' if archived else 'Restored'} project '{project.title}'")


@transaction.atomic
def add_team_member(*, project: Project, user: User, role: str, responsibilities: str,
                    added_by: User) -> TeamMember:
    member = TeamMember.objects.create(project=project, user=user, role=role,
                                       responsibilities=responsibilities)
    audit(organisation=project.organisation, actor=added_by, action="project.team_added",
          summary=f"'{project.title}': {user} as {member.get_role_display().lower()}")
    return member


@transaction.atomic
def remove_team_member(*, member: TeamMember, removed_by: User) -> None:
    project = member.project
    member.delete()
    audit(organisation=project.organisation, actor=removed_by, action="project.team_removed",
          summary=f"'{project.title}': {member.user} no longer "
                  f"{member.get_role_display().lower()}")


@transaction.atomic
def answer_checklist_item(*, project: Project, phase: str, item: str, answer: str, note: str,
                          answered_by: User) -> ChecklistAnswer:
    record = ChecklistAnswer.objects.create(project=project, phase=phase, item=item,
                                            answer=answer, note=note, answered_by=answered_by)
    audit(organisation=project.organisation, actor=answered_by, action="project.checklist",
          summary=f"'{project.title}': {item} answered {record.get_answer_display().lower()}")
    return record
