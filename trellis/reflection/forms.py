from typing import Any

from django import forms
from django.utils import timezone

from trellis.core.forms import GovUKDateField
from trellis.projects.models import Project

from .models import Action, ReviewMeeting, Status


class ReviewForm(forms.ModelForm):
    held_on = GovUKDateField(label="Date of the review", help_text="For example, 12 3 2026")
    measures = forms.ModelMultipleChoiceField(
        label="Which measures were discussed?", queryset=None, required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Select measures from this project's list",
                        "invalid_pk_value": "Select measures from this project's list"})
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = ReviewMeeting
        fields = ["held_on", "attendees", "learnt", "decisions"]
        widgets = {"attendees": forms.Textarea(attrs={"rows": 3}),
                   "learnt": forms.Textarea(attrs={"rows": 5}),
                   "decisions": forms.Textarea(attrs={"rows": 4})}
        labels = {"attendees": "Who attended?", "learnt": "What was learnt?",
                  "decisions": "What was decided?"}
        help_texts = {
            "attendees": "Names or roles, for example 'FGC service lead, two co-ordinators, "
                         "a parent representative'",
            "learnt": "What the data and the people in the room showed: what is working, for "
                      "whom, and why",
            "decisions": "For example, changes to the plan or to how the approach is delivered",
        }
        error_messages = {
            "attendees": {"required": "Enter who attended",
                          "max_length": "Who attended must be 2,000 characters or fewer"},
            "learnt": {"required": "Enter what was learnt",
                       "max_length": "What was learnt must be 5,000 characters or fewer"},
            "decisions": {"max_length": "What was decided must be 5,000 characters or fewer"},
        }

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["measures"].queryset = project.measures.order_by("name", "pk")
        if not fields["measures"].queryset.exists():
            fields["measures"].help_text = "This project has no measures yet"
        if self.instance.pk:
            fields["version"].initial = self.instance.version
            fields["measures"].initial = list(self.instance.measures.values_list("pk", flat=True))
        self.order_fields(["held_on", "attendees", "measures", "learnt", "decisions"])

    @classmethod
    def saved_values(cls, review: ReviewMeeting) -> dict[str, Any]:
        values = {name: getattr(review, name) for name in cls.Meta.fields}
        values["measures"] = list(review.measures.all())
        return values

    def clean_measures(self) -> list:
        return list(self.cleaned_data["measures"] or ())

    def clean_held_on(self):
        held = self.cleaned_data["held_on"]
        if held and held > timezone.localdate():
            raise forms.ValidationError("The date of the review must be today or in the past")
        return held

    def review_values(self) -> dict[str, Any]:
        data = self.cleaned_data
        values = {name: data.get(name) for name in self.Meta.fields}
        values["decisions"] = values["decisions"] or ""
        values["measures"] = data.get("measures") or []
        return values


class ActionForm(forms.ModelForm):
    due_on = GovUKDateField(label="Due date", help_text="For example, 30 4 2026")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Action
        fields = ["description", "owner", "due_on", "status"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}),
                   "status": forms.RadioSelect(attrs={"class": "govuk-radios--inline"})}
        labels = {"description": "What will be done?", "owner": "Who owns it?",
                  "status": "Status"}
        help_texts = {"owner": "A name or role, for example 'FGC team manager'"}
        error_messages = {
            "description": {"required": "Enter what will be done",
                            "max_length": "The action must be 1,000 characters or fewer"},
            "owner": {"required": "Enter who owns the action",
                      "max_length": "Who owns it must be 200 characters or fewer"},
            "status": {"required": "Select the status of the action",
                       "invalid_choice": "Select open, in progress or done"},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = Status.choices
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
        else:
            self.fields["status"].initial = Status.OPEN

    @classmethod
    def saved_values(cls, action: Action) -> dict[str, Any]:
        return {name: getattr(action, name) for name in cls.Meta.fields}

    def action_values(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in self.Meta.fields}


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label="Status", choices=Status.choices,
        error_messages={"required": "Select the status of the action",
                        "invalid_choice": "Select open, in progress or done"})
