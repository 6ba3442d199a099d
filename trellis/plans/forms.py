import datetime

from django import forms

from trellis.evidence.forms import HintedRadioSelect
from trellis.framework.loader import get_framework
from trellis.projects.models import Project

from .dates import DateProblem, parse_date
from .models import CoreComponent, FinalOutcome, ImplementationOutcome, Perspective
from .ordering import position_problems

HINTED_RADIOS = "evidence/forms/radios_with_hints.html"
WRONG_EVIDENCE = ("Choose evidence from this project\u2019s Explore evidence. Evidence from "
                  "another project cannot be linked")


def too_long(label: str, limit: int) -> dict[str, str]:
    return {"max_length": f"{label} must be {limit:,} characters or fewer"}


def _hinted_choice(field: forms.ChoiceField, options, message: str) -> None:
    """Radios with one hint per choice, from the framework's definitions."""
    field.widget = HintedRadioSelect(hints={o.slug: o.hint for o in options})
    field.choices = [(o.slug, o.name) for o in options]
    field.template_name = HINTED_RADIOS
    field.error_messages.update(required=message, invalid_choice=message)


class _Option:
    def __init__(self, slug: str, name: str, hint: str) -> None:
        self.slug, self.name, self.hint = slug, name, hint


def _types() -> list[_Option]:
    return [_Option(t.slug, t.name, t.definition) for t in get_framework().outcomes.types]


def _terms() -> list[_Option]:
    return [_Option(t.slug, t.name, t.description) for t in get_framework().outcomes.terms]


def _audiences() -> list[_Option]:
    return [_Option(a.slug, a.name, a.description) for a in get_framework().outcomes.audiences]


class VersionedForm(forms.ModelForm):
    """A form on a shared record: it carries the version the editor started from."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version if self.instance.pk else 0

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class EvidenceChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.title} ({obj.get_slice_display().lower()})"


class ProblemForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)
    evidence = EvidenceChoiceField(
        label="Which Explore evidence does this draw on?", required=False,
        queryset=None, widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply. The plan links to each piece of evidence",
        error_messages={"invalid_choice": WRONG_EVIDENCE, "invalid_pk_value": WRONG_EVIDENCE},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, project: Project, perspective: Perspective, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        who = perspective.label.lower()
        text = self.fields["text"]
        text.label = f"The need from the perspective of {who}"
        text.help_text = ("What is the problem, as they would see it? Use what you learned in "
                          "Explore")
        text.error_messages.update(required=f"Describe the need from the perspective of {who}",
                                   **too_long("The description", 5000))
        self.fields["evidence"].queryset = project.evidence.order_by("slice", "title", "pk")
        self.has_evidence = project.evidence.exists()
        if not self.has_evidence:
            # Nothing to choose; still checked, so another project's evidence is refused.
            self.fields["evidence"].widget = forms.MultipleHiddenInput()


class CoreComponentForm(VersionedForm):
    class Meta:
        model = CoreComponent
        fields = ["name", "done_well", "must_stay_fixed", "can_adapt"]
        labels = {"name": "Name of the core component",
                  "done_well": "What it looks like when done well (the fidelity indicator)",
                  "must_stay_fixed": "What must stay fixed (tight)",
                  "can_adapt": "What can be adapted (loose)"}
        help_texts = {
            "name": "An essential principle or practice that makes the approach work, for "
                    "example \u2018The family\u2019s decision to participate is voluntary\u2019",
            "done_well": "What you would see or hear when it is delivered as intended. "
                         "Monitoring fidelity checks against this",
            "must_stay_fixed": "What must be the same wherever and by whoever it is delivered",
            "can_adapt": "What teams may change to fit their setting, such as materials, "
                         "timing or who delivers it",
        }
        widgets = {name: forms.Textarea(attrs={"rows": 3})
                   for name in ("done_well", "must_stay_fixed", "can_adapt")}
        error_messages = {
            "name": {"required": "Enter the name of the core component",
                     **too_long("Name", 300)},
            "done_well": too_long("What it looks like when done well", 3000),
            "must_stay_fixed": too_long("What must stay fixed", 3000),
            "can_adapt": too_long("What can be adapted", 3000),
        }


ORDER_CHANGED = ("The core components changed while you were reordering them: someone added, "
                 "retired or restored one. Nothing has been saved. Check the list and give "
                 "the positions again")


class ReorderForm(forms.Form):
    """Every current component's new position, 1 to N, each used once."""

    listed = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, components: list[CoreComponent], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.components = components
        self.fields["listed"].initial = self._listed()
        for number, component in enumerate(components, start=1):
            self.fields[f"position_{component.pk}"] = forms.IntegerField(
                label=component.name, required=False, initial=number,
                help_text=f"Now at position {number}",
                widget=forms.TextInput(attrs={"class": "govuk-input--width-3",
                                              "inputmode": "numeric"}),
                error_messages={"invalid": f"Position of \u2018{component.name}\u2019 must be a "
                                           "whole number, like 3"},
            )

    def _listed(self) -> str:
        return ",".join(str(c.pk) for c in self.components)

    def clean(self) -> dict:
        data = super().clean()
        if data.get("listed") and data["listed"] != self._listed():
            raise forms.ValidationError(ORDER_CHANGED)
        if self.errors:
            return data
        problems = position_problems(self.positions())
        for problem in problems:
            self.add_error(None, f"{problem}. Give each component a different position from "
                                 f"1 to {len(self.components)}")
        return data

    def positions(self) -> dict[int, int | None]:
        return {c.pk: self.cleaned_data.get(f"position_{c.pk}") for c in self.components}


class MoveForm(forms.Form):
    direction = forms.ChoiceField(choices=[("up", "Up"), ("down", "Down")],
                                  error_messages={"required": "Choose up or down",
                                                  "invalid_choice": "Choose up or down"})


class ImplementationOutcomeForm(VersionedForm):
    outcome_type = forms.ChoiceField(label="Type of outcome")
    term = forms.ChoiceField(label="When should you see it?")

    class Meta:
        model = ImplementationOutcome
        fields = ["outcome_type", "term", "statement", "target"]
        labels = {"statement": "What will show it", "target": "Target"}
        help_texts = {
            "statement": "In plain words, for example \u2018FGC coordinators are applying new "
                         "skills\u2019",
            "target": "If you have one, for example \u2018Every family at pre-proceedings is "
                      "offered an FGC by March 2027\u2019",
        }
        widgets = {"statement": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "statement": {"required": "Enter what will show the outcome",
                          **too_long("What will show it", 1000)},
            "target": too_long("Target", 300),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _hinted_choice(self.fields["outcome_type"], _types(),
                       "Select a type of outcome from the list")
        _hinted_choice(self.fields["term"], _terms(), "Select short, medium or long term")


class FinalOutcomeForm(VersionedForm):
    audience = forms.ChoiceField(label="Who is the outcome for?")

    class Meta:
        model = FinalOutcome
        fields = ["audience", "statement", "how_measured"]
        labels = {"statement": "The outcome", "how_measured": "How it will be measured"}
        help_texts = {
            "statement": "What should change, for example \u2018Children are less likely to "
                         "go into care\u2019",
            "how_measured": "The measures and methods, for example comparing cohorts or "
                            "tracking data over time",
        }
        widgets = {"statement": forms.Textarea(attrs={"rows": 3}),
                   "how_measured": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "statement": {"required": "Enter the outcome", **too_long("The outcome", 1000)},
            "how_measured": too_long("How it will be measured", 2000),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _hinted_choice(self.fields["audience"], _audiences(),
                       "Select children and young people, families or the local authority")


class AsOfForm(forms.Form):
    date = forms.CharField(label="Date", max_length=20,
                           help_text="For example, 27/03/2026 or 2026-03-27",
                           error_messages={"required": "Enter a date",
                                           **too_long("The date", 20)},
                           widget=forms.TextInput(attrs={"class": "govuk-input--width-10"}))

    def __init__(self, *args, today: datetime.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_date(self) -> datetime.date:
        try:
            chosen = parse_date(self.cleaned_data["date"])
        except DateProblem as problem:
            raise forms.ValidationError(str(problem)) from None
        if chosen > self.today:
            raise forms.ValidationError("The date must be today or in the past")
        return chosen


class CompareForm(forms.Form):
    def __init__(self, *args, numbers: set[int], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.numbers = numbers
        for name, label in (("from", "Earlier revision"), ("to", "Later revision")):
            self.fields[name] = forms.IntegerField(
                label=label, min_value=1,
                widget=forms.TextInput(attrs={"class": "govuk-input--width-4",
                                              "inputmode": "numeric"}),
                error_messages={"required": f"Enter the {label.lower()}\u2019s number",
                                "invalid": f"{label} must be a number, like 3",
                                "min_value": f"{label} must be 1 or more"})

    def clean(self) -> dict:
        data = super().clean()
        for name in ("from", "to"):
            number = data.get(name)
            if number is not None and number not in self.numbers:
                self.add_error(name, f"There is no revision {number}. Revisions are numbered "
                                     f"1 to {max(self.numbers, default=0)}")
        return data
