from typing import Any

from django import forms

from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import ReadinessItem, Status
from .snapshot import AREA_NAMES, AREAS, OTHER


class ReadinessItemForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = ReadinessItem
        fields = ["area", "description", "owner", "status", "note"]
        widgets = {"area": forms.RadioSelect, "status": forms.RadioSelect,
                   "note": forms.Textarea(attrs={"rows": 3})}
        labels = {"area": "Which area of preparation is it?",
                  "description": "What needs to be in place?", "owner": "Who owns it?",
                  "status": "Status", "note": "Note"}
        help_texts = {
            "description": "For example, 'Business support officer books venues and sends "
                           "invitations'. Needed for other preparations",
            "owner": "The person making sure it happens. They must be a member of the "
                     "organisation",
            "note": "What is left to do, or why it is not needed",
        }
        error_messages = {
            "area": {"required": "Select the area of preparation",
                     "invalid_choice": "Select an area of preparation from the list"},
            "description": {"max_length": "What needs to be in place must be 500 characters "
                                          "or fewer"},
            "owner": {"invalid_choice": "Choose an owner from the list of people in your "
                                        "organisation"},
            "status": {"required": "Select a status",
                       "invalid_choice": "Select a status from the list"},
            "note": {"max_length": "Note must be 2,000 characters or fewer"},
        }

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.project = project
        fields = self.fields
        fields["area"].choices = list(AREAS)
        fields["status"].choices = Status.choices
        fields["owner"].queryset = User.objects.filter(
            memberships__organisation_id=project.organisation_id).order_by("name")
        fields["owner"].empty_label = "No owner yet"
        if self.instance.pk:
            fields["version"].initial = self.instance.version
        else:
            fields["status"].initial = Status.NOT_STARTED

    @classmethod
    def saved_values(cls, item: ReadinessItem) -> dict[str, Any]:
        """The item's saved values, keyed like cleaned_data."""
        return {name: getattr(item, name) for name in cls.Meta.fields}

    def clean(self) -> dict:
        data = super().clean()
        area = data.get("area")
        if area == OTHER and not data.get("description"):
            self.add_error("description", "Enter what needs to be in place")
        elif area and area != OTHER:
            taken = self.project.readiness_items.filter(area=area).exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error("area", f"{AREA_NAMES[area]} is already on the checklist. "
                                       "Change that item instead")
        return data

    def item_values(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in self.Meta.fields}
