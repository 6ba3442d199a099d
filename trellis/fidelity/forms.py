"""The fidelity check form: one page, the episode's date, team or setting and who
is recording, then a small group of radios and a note for each core component.

Fields for components are made from the plan, so a rating posted for a
component that is not on the form (another project's, or one retired since
the page was opened) is refused with a message rather than ignored."""

import re
from typing import Any

from django import forms
from django.utils import timezone

from trellis.core.forms import GovUKDateField
from trellis.plans.models import CoreComponent
from trellis.projects.models import Project

from .models import FidelityCheck, Rating, RecordedBy
from .services import Answer

NO_NAMES = "Do not write names or anything that could identify a child or family."
RATING_CHOICES = [(Rating.AS_INTENDED, "As intended"), (Rating.PARTLY, "Partly"),
                  (Rating.NOT_DELIVERED, "Not delivered"),
                  (Rating.NOT_APPLICABLE, "Not applicable")]
UNKNOWN_COMPONENT = ("The form included a core component that is not in this project's plan. "
                     "Nothing has been saved: check the answers and record the check again.")
NO_COMPONENTS = ("This project's plan has no core components yet, so there is nothing to "
                 "check. Add them to the plan first.")
_RATING_FIELD = re.compile(r"rating_(\d+)\Z")


class FidelityCheckForm(forms.Form):
    delivered_on = GovUKDateField(label="Date of the episode",
                                  help_text="For example, 14 3 2026")
    setting = forms.CharField(
        label="Team or setting", max_length=200,
        help_text=f"For example, 'North locality FGC team'. {NO_NAMES}",
        error_messages={"required": "Enter the team or setting",
                        "max_length": "The team or setting must be 200 characters or fewer"})
    recorded_by = forms.ChoiceField(
        label="Who is recording this check?", choices=RecordedBy.choices,
        widget=forms.RadioSelect(attrs={"class": "govuk-radios--small"}),
        error_messages={"required": "Select who is recording this check",
                        "invalid_choice": "Select the practitioner, a peer or a supervisor"})
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, project: Project, check: FidelityCheck | None = None,
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fidelity_check = check
        components = list(project.core_components.current())
        saved: dict[int, Any] = {}
        if check is not None:
            saved = {r.core_component_id: r for r in check.ratings.select_related(
                "core_component")}
            current = {c.pk for c in components}
            components += [r.core_component for r in saved.values()
                           if r.core_component_id not in current]
            components.sort(key=lambda c: (c.position, c.pk))
        self.components: dict[int, CoreComponent] = {c.pk: c for c in components}
        for number, component in enumerate(components, start=1):
            self._add_component(number, component, required=check is None or component.pk
                                in saved)
        if check is not None:
            self.initial.update(delivered_on=check.delivered_on, setting=check.setting,
                                recorded_by=check.recorded_by, version=check.version)
            for pk, rating in saved.items():
                self.initial[f"rating_{pk}"] = rating.rating
                self.initial[f"note_{pk}"] = rating.note

    def _add_component(self, number: int, component: CoreComponent, required: bool) -> None:
        name = f"{number}. {component.name}"
        hint = f"Done well: {component.done_well}" if component.done_well else ""
        if not required:
            hint = f"{hint} Not rated in this check when it was recorded.".strip()
        self.fields[f"rating_{component.pk}"] = forms.ChoiceField(
            label=name, choices=RATING_CHOICES, required=required, help_text=hint,
            widget=forms.RadioSelect(
                attrs={"class": "govuk-radios--small govuk-radios--inline"}),
            error_messages={"required": f"Select how component {number} was delivered",
                            "invalid_choice": f"Select how component {number} was delivered: "
                                              "as intended, partly, not delivered or not "
                                              "applicable"})
        self.fields[f"note_{component.pk}"] = forms.CharField(
            label=f"Note on component {number}", required=False, max_length=500,
            help_text=NO_NAMES,
            error_messages={"max_length": f"The note on component {number} must be 500 "
                                          "characters or fewer"})

    def clean_delivered_on(self):
        day = self.cleaned_data["delivered_on"]
        if day and day > timezone.localdate():
            raise forms.ValidationError("The date of the episode must be today or in the past")
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        posted = {int(m.group(1)) for key in self.data if (m := _RATING_FIELD.match(key))}
        if not self.components:
            raise forms.ValidationError(NO_COMPONENTS, code="no_components")
        if posted - set(self.components):
            raise forms.ValidationError(UNKNOWN_COMPONENT, code="unknown_component")
        if not self.errors and not self.answers():
            raise forms.ValidationError("Rate at least one core component", code="no_ratings")
        return data

    def answers(self) -> list[Answer]:
        data = self.cleaned_data
        return [Answer(component, data[f"rating_{pk}"], data.get(f"note_{pk}") or "")
                for pk, component in self.components.items() if data.get(f"rating_{pk}")]

    def check_values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {"delivered_on": data["delivered_on"], "setting": data["setting"],
                "recorded_by": data["recorded_by"], "answers": self.answers()}

    @staticmethod
    def saved_values(check: FidelityCheck) -> dict[str, Any]:
        """The check's saved answers, keyed like cleaned_data."""
        values: dict[str, Any] = {"delivered_on": check.delivered_on, "setting": check.setting,
                                  "recorded_by": check.recorded_by}
        for rating in check.ratings.all():
            values[f"rating_{rating.core_component_id}"] = rating.rating
            values[f"note_{rating.core_component_id}"] = rating.note
        return values
