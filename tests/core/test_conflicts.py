"""What a refused save shows the editor: the fields someone else changed."""

from datetime import date

from django import forms

from trellis.core.conflicts import Difference, differences, display, rebased


class ExampleForm(forms.Form):
    name = forms.CharField(label="Name")
    status = forms.ChoiceField(label="Status", choices=[("ready", "Ready"),
                                                        ("not_started", "Not started")])
    when = forms.DateField(label="When", required=False)
    tags = forms.MultipleChoiceField(label="Tags", required=False,
                                     choices=[("a", "Apples"), ("b", "Bananas")])
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)


def valid(**data):
    form = ExampleForm(data)
    assert form.is_valid(), form.errors
    return form


def test_only_differing_fields_are_listed_with_labels():
    form = valid(name="Mine", status="ready", tags=["b", "a"])
    saved = {"name": "Theirs", "status": "not_started", "when": date(2025, 9, 1),
             "tags": ["a", "b"]}
    assert differences(form, saved) == [
        Difference("Name", "Theirs", "Mine"),
        Difference("Status", "Not started", "Ready"),
        Difference("When", "1 September 2025", "Not given"),
    ]


def test_nothing_differs():
    form = valid(name="Same", status="ready")
    assert differences(form, {"name": "Same", "status": "ready", "when": None, "tags": []}) == []


def test_display():
    field = ExampleForm().fields["tags"]
    assert display(field, ["a", "b"]) == "Apples; Bananas"
    assert display(field, []) == "Not given"
    assert display(forms.BooleanField(), True) == "Yes"


def test_rebased_keeps_the_input_on_the_latest_version():
    form = rebased(ExampleForm, {"name": "Mine", "status": "ready", "version": "1"}, 3,
                   "Someone else saved first")
    assert form["version"].value() == 3
    assert form["name"].value() == "Mine"
    assert form.non_field_errors() == ["Someone else saved first"]
