"""The save step every edit page shares: save with the version the editor
started from, or hand back what someone else saved first (ADR 002)."""

from dataclasses import dataclass

import pytest
from django import forms

from trellis.core.editing import save_or_conflict
from trellis.core.versioning import StaleEditError
from trellis.projects.models import Project

STALE = "Someone else saved first"


@dataclass
class Record:
    name: str
    status: str
    version: int


class RecordForm(forms.Form):
    name = forms.CharField(label="Name")
    status = forms.ChoiceField(label="Status", choices=[("ready", "Ready"),
                                                        ("late", "Running late")])
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, instance=None, record=None, area="", **kwargs):
        super().__init__(*args, **kwargs)
        self.instance, self.record, self.area = instance, record, area

    @classmethod
    def saved_values(cls, record):
        return {"name": record.name, "status": record.status}


class Saves:
    """A service that records what it was asked to save, or refuses."""

    def __init__(self, stale=False):
        self.stale, self.versions = stale, []

    def __call__(self, *, version):
        self.versions.append(version)
        if self.stale:
            raise StaleEditError


def submitted(form_class=RecordForm, **data):
    form = form_class({"name": "Mine", "status": "ready", "version": "2", **data})
    assert form.is_valid(), form.errors
    return form


def not_reloaded():
    raise AssertionError("the record was reloaded although the save went through")


def test_a_save_names_the_version_the_editor_started_from():
    save = Saves()
    assert save_or_conflict(submitted(), save, reload=not_reloaded, message=STALE) is None
    assert save.versions == [2]


def test_a_form_with_no_version_saves_as_version_zero():
    save = Saves()
    assert save_or_conflict(submitted(version=""), save, reload=not_reloaded,
                            message=STALE) is None
    assert save.versions == [0]


def test_a_refused_save_keeps_the_input_on_the_latest_version():
    latest = Record(name="Theirs", status="late", version=5)
    conflict = save_or_conflict(submitted(), Saves(stale=True), reload=lambda: latest,
                                message=STALE, latest_as="record", area="north")
    assert conflict.latest is latest
    form = conflict.form
    assert isinstance(form, RecordForm)
    assert form["version"].value() == 5
    assert (form["name"].value(), form["status"].value()) == ("Mine", "ready")
    assert form.non_field_errors() == [STALE]
    assert (form.instance, form.record, form.area) == (None, latest, "north")
    assert form.record is not latest


def test_the_latest_record_goes_to_the_form_as_its_instance_by_default():
    latest = Record(name="Theirs", status="late", version=5)
    conflict = save_or_conflict(submitted(), Saves(stale=True),
                                reload=lambda: latest, message=STALE)
    assert conflict.form.instance == latest  # a copy, so the form cannot change `latest`
    assert conflict.form.instance is not latest


def test_a_refused_save_lists_what_the_other_person_changed():
    latest = Record(name="Theirs", status="ready", version=5)
    conflict = save_or_conflict(submitted(), Saves(stale=True), reload=lambda: latest,
                                message=STALE)
    assert [(c.label, c.saved, c.yours) for c in conflict.changes] == [
        ("Name", "Theirs", "Mine")]


def test_a_form_that_cannot_list_changes_still_gets_the_conflict():
    class PlainForm(forms.Form):
        name = forms.CharField()
        status = forms.CharField()
        version = forms.IntegerField(required=False)

        def __init__(self, *args, instance=None, **kwargs):
            super().__init__(*args, **kwargs)

    conflict = save_or_conflict(submitted(PlainForm), Saves(stale=True),
                                reload=lambda: Record("Theirs", "late", 5), message=STALE)
    assert conflict.form.non_field_errors() == [STALE]
    assert conflict.form["version"].value() == 5


def test_other_failures_are_not_taken_for_a_conflict():
    def broken(*, version):
        raise ValueError("no such area")

    with pytest.raises(ValueError, match="no such area"):
        save_or_conflict(submitted(), broken, reload=not_reloaded, message=STALE)


class TitleForm(forms.ModelForm):
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Project
        fields = ["title"]

    @classmethod
    def saved_values(cls, project):
        return {"title": project.title}


@pytest.mark.django_db
def test_the_latest_record_still_shows_what_the_other_person_saved():
    latest = Project(pk=7, title="Theirs", version=5)
    form = TitleForm({"title": "Mine", "version": "4"}, instance=Project(pk=7, title="Old"))
    assert form.is_valid(), form.errors
    conflict = save_or_conflict(form, Saves(stale=True), reload=lambda: latest,
                                message=STALE)
    assert conflict.latest.title == "Theirs"
    assert conflict.form.instance.title == "Mine"
    assert [(c.saved, c.yours) for c in conflict.changes] == [("Theirs", "Mine")]
