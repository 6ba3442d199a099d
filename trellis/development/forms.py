from typing import Any

from django import forms

from trellis.core.forms import GovUKDateField
from trellis.framework.loader import get_framework
from trellis.projects.models import Project

from .models import Kind, PdActivity
from .snapshot import followers


def group_field_name(group_slug: str) -> str:
    return "mechanisms_" + group_slug.replace("-", "_")


class ActivityForm(forms.ModelForm):
    starts_on = GovUKDateField(label="Start date", required=False,
                               help_text="For example, 1 9 2025")
    ends_on = GovUKDateField(label="End date", required=False,
                             help_text="Leave empty if it is ongoing. For example, 30 9 2025")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = PdActivity
        fields = ["name", "kind", "audience", "starts_on", "ends_on", "follow_on_of"]
        widgets = {"kind": forms.RadioSelect}
        labels = {"name": "Name of the activity", "kind": "What type of activity is it?",
                  "audience": "Who is it for?",
                  "follow_on_of": "Is it follow-on support for another activity?"}
        help_texts = {
            "name": "For example, 'FGC co-ordinator training on the UK standards'",
            "audience": "For example, 'FGC co-ordinators' or 'new starters in the team'",
            "follow_on_of": "Follow-on support reinforces earlier professional development, "
                            "for example supervision after a training course",
        }
        error_messages = {
            "name": {"required": "Enter the name of the activity",
                     "max_length": "Name must be 200 characters or fewer"},
            "kind": {"required": "Select the type of activity",
                     "invalid_choice": "Select the type of activity from the list"},
            "audience": {"max_length": "Who it is for must be 300 characters or fewer"},
            "follow_on_of": {"invalid_choice": "Choose an activity in this project's plan"},
        }

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["kind"].choices = Kind.choices  # radios with no empty choice
        for group in get_framework().professional_development.groups:
            fields[group_field_name(group.slug)] = forms.MultipleChoiceField(
                label=f"Mechanisms to {group.name.lower()}", required=False,
                choices=[(m.slug, m.name) for m in group.mechanisms],
                widget=forms.CheckboxSelectMultiple, help_text=group.purpose,
                error_messages={"invalid_choice": f"'%(value)s' is not one of the mechanisms "
                                                  f"to {group.name.lower()}. Select from the "
                                                  "list"},
            )
        # Follow-on support for another activity of this project, never for
        # itself or for one that already follows on from it.
        candidates = project.pd_activities.all()
        if self.instance.pk:
            links = dict(project.pd_activities.values_list("pk", "follow_on_of_id"))
            candidates = candidates.exclude(
                pk__in={self.instance.pk, *followers(self.instance.pk, links)})
        fields["follow_on_of"].queryset = candidates
        fields["follow_on_of"].empty_label = "No, it is not follow-on support"
        if self.instance.pk:
            fields["version"].initial = self.instance.version
            for name, value in self.saved_values(self.instance).items():
                if name.startswith("mechanisms_"):
                    self.initial[name] = value
        self.order_fields(["name", "kind", "audience", "starts_on", "ends_on",
                           *self.group_fields(), "follow_on_of"])

    @staticmethod
    def group_fields() -> list[str]:
        return [group_field_name(g.slug) for g in get_framework().professional_development.groups]

    @classmethod
    def saved_values(cls, activity: PdActivity) -> dict[str, Any]:
        """The activity's saved values, keyed like cleaned_data."""
        used = {use.mechanism for use in activity.mechanisms.all()}
        values: dict[str, Any] = {name: getattr(activity, name) for name in cls.Meta.fields}
        for group in get_framework().professional_development.groups:
            values[group_field_name(group.slug)] = [m.slug for m in group.mechanisms
                                                    if m.slug in used]
        return values

    def clean(self) -> dict:
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "End date must be the same as or after the start date")
        return data

    def activity_values(self) -> dict[str, Any]:
        """What the services take: the activity's fields and its mechanisms."""
        data = self.cleaned_data
        values = {name: data.get(name) for name in self.Meta.fields}
        values["audience"] = values["audience"] or ""
        values["mechanisms"] = [slug for name in self.group_fields()
                                for slug in data.get(name, [])]
        return values
