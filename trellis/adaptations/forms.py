from typing import Any

from django import forms
from django.db.models import Q
from django.utils import timezone

from trellis.core.forms import GovUKDateField
from trellis.plans.models import CoreComponent
from trellis.projects.models import Project

from .models import Adaptation, Timing

DELIVERY_ONLY = "delivery"


class AdaptationForm(forms.ModelForm):
    changes = forms.ChoiceField(
        label="Does it change a core component?", widget=forms.RadioSelect,
        help_text="Adaptations should change how the approach is delivered, not its core "
                  "components",
        error_messages={"required": "Select whether it changes a core component",
                        "invalid_choice": "Select one of this project's core components, or "
                                          "that it only changes how the approach is "
                                          "delivered"})
    decided_on = GovUKDateField(label="When was it decided?", help_text="For example, 20 10 2025")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Adaptation
        fields = ["what_changed", "planned", "decided_by", "goal", "reason", "decided_on",
                  "outcome"]
        widgets = {"what_changed": forms.Textarea(attrs={"rows": 3}),
                   "planned": forms.RadioSelect,
                   "goal": forms.Textarea(attrs={"rows": 2}),
                   "reason": forms.Textarea(attrs={"rows": 3}),
                   "outcome": forms.Textarea(attrs={"rows": 3})}
        labels = {"what_changed": "What changed?", "planned": "Was it planned or reactive?",
                  "decided_by": "Who decided?", "goal": "What was the goal?",
                  "reason": "What in the local context made it necessary?",
                  "outcome": "What happened?"}
        help_texts = {
            "what_changed": "For example, 'Conferences can be held in the evening'",
            "decided_by": "A person, role or group, for example 'FGC service lead'",
            "goal": "What the change was meant to achieve",
            "reason": "The contextual reason, for example 'Many family members work "
                      "during the day'",
            "outcome": "Fill this in once you know how it went",
        }
        error_messages = {
            "what_changed": {"required": "Enter what changed",
                             "max_length": "What changed must be 1,000 characters or fewer"},
            "planned": {"required": "Select whether it was planned or reactive",
                        "invalid_choice": "Select planned or reactive"},
            "decided_by": {"required": "Enter who decided",
                           "max_length": "Who decided must be 200 characters or fewer"},
            "goal": {"required": "Enter the goal of the adaptation",
                     "max_length": "The goal must be 1,000 characters or fewer"},
            "reason": {"required": "Enter the contextual reason for the adaptation",
                       "max_length": "The contextual reason must be 1,000 characters or "
                                     "fewer"},
            "outcome": {"max_length": "What happened must be 2,000 characters or fewer"},
        }

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["planned"].choices = Timing.choices
        components = project.core_components.current()
        linked = self.instance.core_component_id
        if linked:  # a retired component stays choosable where it is already linked
            components = project.core_components.filter(
                Q(retired_at__isnull=True) | Q(pk=linked))
        self.components = {str(c.pk): c for c in components.order_by("position", "pk")}
        fields["changes"].choices = [
            (DELIVERY_ONLY, "No, only how the approach is delivered"),
            *((pk, f"Yes: {c.name}") for pk, c in self.components.items())]
        if not self.components:
            fields["changes"].help_text = ("No core components have been specified for this "
                                           "project yet")
        if self.instance.pk:
            fields["version"].initial = self.instance.version
            fields["changes"].initial = str(linked) if linked else DELIVERY_ONLY
        self.order_fields(["what_changed", "changes", "planned", "decided_by", "goal",
                           "reason", "decided_on", "outcome"])

    @classmethod
    def saved_values(cls, adaptation: Adaptation) -> dict[str, Any]:
        """The adaptation's saved values, keyed like cleaned_data."""
        values = {name: getattr(adaptation, name) for name in cls.Meta.fields}
        values["changes"] = adaptation.core_component or DELIVERY_ONLY
        return values

    def clean_changes(self) -> CoreComponent | str:
        choice = self.cleaned_data["changes"]
        return self.components.get(choice, DELIVERY_ONLY)

    def clean_decided_on(self):
        decided = self.cleaned_data["decided_on"]
        if decided and decided > timezone.localdate():
            raise forms.ValidationError("The date it was decided must be today or in the past")
        return decided

    def adaptation_values(self) -> dict[str, Any]:
        data = self.cleaned_data
        values = {name: data.get(name) for name in self.Meta.fields}
        values["outcome"] = values["outcome"] or ""
        changes = data.get("changes")
        values["core_component"] = changes if isinstance(changes, CoreComponent) else None
        return values
