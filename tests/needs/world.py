"""Root causes and practice notes for the access matrix."""

from tests.worlds import MISSING_PK, world_part


@world_part(missing={"root_cause_pk": MISSING_PK, "practice_note_pk": MISSING_PK})
def needs(org, objects):
    from tests.factories import EvidenceItemFactory
    from tests.needs.factories import PracticeNoteFactory, RootCauseFactory

    project = objects["project"]
    item = EvidenceItemFactory(project=project)
    cause = RootCauseFactory(project=project, evidence=[item])
    note = PracticeNoteFactory(project=project)
    objects.update(root_cause=cause, practice_note=note)
    return {"root_cause_pk": cause.pk, "practice_note_pk": note.pk}
