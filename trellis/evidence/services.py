"""Workflows on evidence items. Each is one transaction and writes its audit
entry. Edits carry the version the editor started from, so a stale save is
refused. Attached files live in the default storage under a random name; a
replaced or removed file is deleted once the change is committed."""

from dataclasses import dataclass
from typing import BinaryIO

from django.core.files.storage import default_storage
from django.db import transaction

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.organisations.models import User, audit
from trellis.projects.models import Project

from .models import EvidenceItem, attachment_path

EDITABLE_FIELDS = ("slice", "title", "finding", "source", "link", "period", "source_group",
                   "confidence", "confidence_reason")
ATTACHMENT_FIELDS = ["attachment", "attachment_name", "attachment_type", "attachment_size"]



@dataclass(frozen=True)
class Upload:
    """A file already checked by its content (see filetypes.check_upload)."""

    file: BinaryIO
    name: str
    content_type: str
    size: int


def _original_name(name: str) -> str:
    name = name.replace("\\", "/").rsplit("/", 1)[-1] or "attachment"
    if len(name) <= 200:
        return name
    stem, dot, ext = name.rpartition(".")
    return (stem[: 199 - len(ext)] + dot + ext) if dot and len(ext) < 20 else name[:200]


def _store(item: EvidenceItem, upload: Upload) -> None:
    upload.file.seek(0)
    stored = default_storage.save(attachment_path(item, upload.name), upload.file)
    item.attachment.name = stored
    item.attachment_name = _original_name(upload.name)
    item.attachment_type = upload.content_type
    item.attachment_size = upload.size


def _delete_after_commit(name: str) -> None:
    if name:
        transaction.on_commit(lambda: default_storage.delete(name))


@transaction.atomic
def add_evidence(*, project: Project, created_by: User, upload: Upload | None = None,
                 **fields) -> EvidenceItem:
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    item = EvidenceItem(project=project, created_by=created_by, **values)
    if upload is not None:
        _store(item, upload)
    try:
        item.save()
        audit(organisation=project.organisation, actor=created_by, action="evidence.added",
              summary=f"'{project.title}': added evidence '{item.title}'")
    except Exception:
        if item.attachment.name:
            default_storage.delete(item.attachment.name)
        raise
    return item


@transaction.atomic
def update_evidence(*, item: EvidenceItem, version: int, changed_by: User,
                    upload: Upload | None = None, remove_attachment: bool = False,
                    **fields) -> EvidenceItem:
    """Save the edits if nobody has saved since `version` was read; a new
    upload replaces the attached file, or `remove_attachment` drops it."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    save_if_unchanged(item, version=version, **values)
    item.refresh_from_db()
    old = item.attachment.name
    if upload is not None:
        _store(item, upload)
    elif remove_attachment and old:
        item.attachment.name = ""
        item.attachment_name = item.attachment_type = ""
        item.attachment_size = None
    if item.attachment.name != old:
        try:
            item.save(update_fields=ATTACHMENT_FIELDS)
        except Exception:
            if item.attachment.name:
                default_storage.delete(item.attachment.name)
            raise
        _delete_after_commit(old)
    audit(organisation=item.project.organisation, actor=changed_by, action="evidence.updated",
          summary=f"'{item.project.title}': edited evidence '{item.title}'")
    return item


@transaction.atomic
def remove_evidence(*, item: EvidenceItem, removed_by: User) -> None:
    project = item.project
    stored = item.attachment.name
    item.delete()
    _delete_after_commit(stored)
    audit(organisation=project.organisation, actor=removed_by, action="evidence.removed",
          summary=f"'{project.title}': removed evidence '{item.title}'")
