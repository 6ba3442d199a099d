from typing import Any

from django import forms
from django.utils import timezone

from trellis.core.forms import GovUKDateField
from trellis.evidence.models import slice_choices
from trellis.framework.loader import get_framework
from trellis.projects.models import Project

from .models import ChartType, DataPoint, Direction, Frequency, Kind, Measure
from .periods import period_label, period_start

NOT_LINKED = ""

PERIOD_HINTS = {
    Frequency.WEEKLY: "Any day in the week (weeks start on Monday), for example 2 3 2026",
    Frequency.MONTHLY: "Any day in the month, for example 1 3 2026 for March 2026",
    Frequency.QUARTERLY: "Any day in the quarter, for example 1 1 2026 for January to "
                         "March 2026",
}


def outcome_choices(project: Project) -> list:
    """One list of the plan's outcomes: implementation outcomes by type, then final
    outcomes, each labelled with its type or audience."""
    framework = get_framework()
    order = {t.slug: i for i, t in enumerate(framework.outcomes.types)}
    types = {t.slug: t.name for t in framework.outcomes.types}
    audiences = {a.slug: a.name for a in framework.outcomes.audiences}
    implementation = sorted(project.implementation_outcomes.all(),
                            key=lambda o: (order.get(o.outcome_type, 99), o.position, o.pk))
    final = list(project.final_outcomes.all())
    choices: list = [(NOT_LINKED, "Not linked to an outcome")]
    if implementation:
        choices.append(("Implementation outcomes", [
            (f"implementation-{o.pk}", f"{types.get(o.outcome_type, o.outcome_type)}: "
                                       f"{_short(o.statement)}") for o in implementation]))
    if final:
        choices.append(("Final outcomes", [
            (f"final-{o.pk}", f"{audiences.get(o.audience, o.audience)}: {_short(o.statement)}")
            for o in final]))
    return choices


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Survey rounds find their measure again by its outcome and the start of its
# name (trellis.surveys.feed), so those stay as the rounds set them.
FIXED_BY_SOURCE = {"survey": ("name", "outcome")}


def outcome_key(measure: Measure) -> str:
    if measure.implementation_outcome_id:
        return f"implementation-{measure.implementation_outcome_id}"
    if measure.final_outcome_id:
        return f"final-{measure.final_outcome_id}"
    return NOT_LINKED


class MeasureForm(forms.ModelForm):
    outcome = forms.ChoiceField(
        label="Which outcome does it measure?", required=False,
        help_text="An implementation outcome or a final outcome from the plan",
        error_messages={"invalid_choice": "Select one of this project's outcomes, or that it "
                                          "is not linked to an outcome"})
    baseline_until = GovUKDateField(
        label="When does the baseline end?", required=False,
        help_text="Optional. Any day in the last period of the baseline: the limits come "
                  "from the periods up to then and are extended over later ones. Leave "
                  "blank to use all the data")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Measure
        fields = ["name", "definition", "kind", "unit", "direction", "target", "frequency",
                  "data_source", "owner", "chart_type", "baseline_until"]
        widgets = {"definition": forms.Textarea(attrs={"rows": 3}),
                   "kind": forms.RadioSelect, "direction": forms.RadioSelect,
                   "frequency": forms.RadioSelect, "chart_type": forms.RadioSelect,
                   "target": forms.TextInput(attrs={"inputmode": "decimal",
                                                    "class": "govuk-input--width-5"}),
                   "unit": forms.TextInput(attrs={"class": "govuk-input--width-10"})}
        labels = {"name": "Name of the measure", "definition": "Definition",
                  "kind": "What kind of figure is it?", "unit": "Unit",
                  "direction": "Which way is better?", "target": "Target",
                  "frequency": "How often is it recorded?",
                  "data_source": "Where does the data come from?",
                  "owner": "Who owns the measure?", "chart_type": "Which chart?"}
        help_texts = {
            "name": "For example, 'Referrals converted into a family group conference'",
            "definition": "What is counted, and what is included or left out",
            "unit": "For example: referrals, days, score out of 5",
            "target": "Optional. For a proportion, give the target as a percentage, for "
                      "example 80",
            "data_source": "The Evidence Pie slice the figures come from",
            "owner": "A person or role, for example 'FGC service lead'",
            "chart_type": "An XmR chart suits most measures; a p-chart suits a proportion "
                          "whose denominator changes a lot from period to period",
        }
        error_messages = {
            "name": {"required": "Enter the name of the measure",
                     "max_length": "The name must be 200 characters or fewer"},
            "definition": {"max_length": "The definition must be 2,000 characters or fewer"},
            "kind": {"required": "Select what kind of figure it is"},
            "unit": {"max_length": "The unit must be 50 characters or fewer"},
            "direction": {"required": "Select which way is better"},
            "target": {"invalid": "Enter the target as a number, like 80 or 12.5"},
            "frequency": {"required": "Select how often it is recorded"},
            "owner": {"max_length": "The owner must be 200 characters or fewer"},
            "chart_type": {"required": "Select which chart"},
        }

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.project = project
        fields = self.fields
        fields["outcome"].choices = outcome_choices(project)
        fields["data_source"].choices = [("", "Not given"), *slice_choices()]
        fields["kind"].choices = Kind.choices
        fields["direction"].choices = Direction.choices
        fields["frequency"].choices = Frequency.choices
        fields["chart_type"].choices = ChartType.choices
        instance = self.instance
        self.has_data = bool(instance.pk) and instance.points.exists()
        if instance.pk:
            fields["version"].initial = instance.version
            fields["outcome"].initial = outcome_key(instance)
        if instance.is_kept_by_trellis:
            for name in ("kind", "frequency", *FIXED_BY_SOURCE.get(instance.source, ())):
                fields[name].disabled = True
                fields[name].help_text = ("Set by the part of Trellis that keeps this "
                                          "measure's data")
        elif self.has_data:
            for name in ("kind", "frequency"):
                fields[name].help_text = ("Cannot change once figures are recorded: the "
                                          "figures would no longer fit")
        self.order_fields(["name", "definition", "outcome", "kind", "unit", "direction",
                           "target", "frequency", "chart_type", "baseline_until",
                           "data_source", "owner"])

    @classmethod
    def saved_values(cls, measure: Measure) -> dict[str, Any]:
        values = {name: getattr(measure, name) for name in cls.Meta.fields}
        values["outcome"] = outcome_key(measure)
        return values

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        others = self.project.measures.filter(name__iexact=name)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(f"This project already has a measure called "
                                        f"‘{name}’: give this one a different name")
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        kind, target = data.get("kind"), data.get("target")
        if self.has_data and not self.instance.is_kept_by_trellis:
            for name, what in (("kind", "kind of figure"), ("frequency", "frequency")):
                if name in data and data[name] != getattr(self.instance, name):
                    self.add_error(name, f"The {what} cannot change once figures are "
                                         "recorded: add a new measure instead")
        if data.get("chart_type") == ChartType.P and kind and kind != Kind.PROPORTION:
            self.add_error("chart_type", "A p-chart is only for proportions: choose the "
                                         "XmR chart")
        if target is not None and kind == Kind.PROPORTION and not 0 <= target <= 100:
            self.add_error("target", "A proportion's target is a percentage between 0 and 100")
        return data

    def measure_values(self) -> dict[str, Any]:
        data = self.cleaned_data
        values = {name: data.get(name) for name in self.Meta.fields}
        for name in ("definition", "unit", "data_source", "owner"):
            values[name] = values[name] or ""
        outcome = data.get("outcome") or NOT_LINKED
        values["implementation_outcome"] = values["final_outcome"] = None
        if outcome.startswith("implementation-"):
            values["implementation_outcome"] = self.project.implementation_outcomes.get(
                pk=int(outcome.split("-", 1)[1]))
        elif outcome.startswith("final-"):
            values["final_outcome"] = self.project.final_outcomes.get(
                pk=int(outcome.split("-", 1)[1]))
        return values


class NumberField(forms.FloatField):
    """A number as people type it: "1,250" and " 12.5 " are fine."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "class": "govuk-input--width-10",
                                    "autocomplete": "off", "spellcheck": "false"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", "")
        return super().to_python(value)


def _number(label: str, what: str) -> NumberField:
    return NumberField(label=label, error_messages={
        "required": f"Enter the {what}",
        "invalid": f"Enter the {what} as a number, like 12 or 4.5"})


class FiguresForm(forms.Form):
    """The figure for one period: a value, or a numerator and denominator."""

    note = forms.CharField(
        label="Note", required=False, max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Optional. Anything a reader should know about this period's figure",
        error_messages={"max_length": "The note must be 500 characters or fewer"})

    def __init__(self, *args, measure: Measure, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.measure = measure
        if measure.is_proportion:
            self.fields["numerator"] = _number("Numerator", "numerator")
            self.fields["numerator"].help_text = "How many met the measure, for example 12"
            self.fields["denominator"] = _number("Denominator", "denominator")
            self.fields["denominator"].help_text = "How many there were in all, for example 40"
        else:
            unit = f" ({measure.unit})" if measure.unit else ""
            self.fields["value"] = _number(f"Value{unit}", "value")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        kind = self.measure.kind
        if self.measure.is_proportion:
            numerator, denominator = data.get("numerator"), data.get("denominator")
            for name, value in (("numerator", numerator), ("denominator", denominator)):
                if value is not None and value < 0:
                    self.add_error(name, f"The {name} cannot be negative")
                elif value is not None and not float(value).is_integer():
                    self.add_error(name, f"The {name} must be a whole number, like 12")
            if denominator == 0:
                self.add_error("denominator", "The denominator must be more than 0: with "
                                              "nobody to count, leave the period out")
            if (numerator is not None and denominator and numerator >= 0
                    and numerator > denominator):
                self.add_error("numerator", "The numerator cannot be more than the "
                                            "denominator")
        else:
            value = data.get("value")
            if value is not None and value < 0 and kind in (Kind.COUNT, Kind.RATE):
                self.add_error("value", f"A {kind} cannot be negative")
            elif value is not None and kind == Kind.COUNT and not float(value).is_integer():
                self.add_error("value", "A count must be a whole number, like 12")
        return data

    def numbers(self) -> dict[str, float]:
        names = ("numerator", "denominator") if self.measure.is_proportion else ("value",)
        return {name: self.cleaned_data[name] for name in names}


class PointForm(FiguresForm):
    """A figure for a period that has none yet."""

    period = GovUKDateField(label="Which period is it for?")

    def __init__(self, *args, measure: Measure, **kwargs) -> None:
        super().__init__(*args, measure=measure, **kwargs)
        self.fields["period"].help_text = PERIOD_HINTS.get(measure.frequency, "")
        self.existing: DataPoint | None = None
        self.order_fields(["period", "value", "numerator", "denominator", "note"])

    def clean_period(self):
        day = self.cleaned_data["period"]
        if day > timezone.localdate():
            raise forms.ValidationError("The period must have started: give a date today or "
                                        "in the past")
        start = period_start(day, self.measure.frequency)
        self.existing = self.measure.points.filter(period=start).first()
        if self.existing is not None:
            raise forms.ValidationError(
                f"{period_label(start, self.measure.frequency)} already has a figure: "
                "correct that figure instead of adding another")
        return start


def _plain(value):
    """12.0 shown as 12 in a box to correct."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


class CorrectionForm(FiguresForm):
    """A new figure for a period that has one, from the version the editor saw."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, point: DataPoint, **kwargs) -> None:
        super().__init__(*args, measure=point.measure, **kwargs)
        self.point = point
        if not self.is_bound:
            self.initial.update({name: _plain(value)
                                 for name, value in self.saved_values(point).items()})
            self.initial["version"] = point.version
        self.order_fields(["value", "numerator", "denominator", "note"])

    @staticmethod
    def saved_values(point: DataPoint) -> dict[str, Any]:
        return {"value": point.value, "numerator": point.numerator,
                "denominator": point.denominator, "note": point.note}


class RecalculationForm(forms.Form):
    period = GovUKDateField(
        label="From which period are the limits recalculated?",
        help_text="Any day in the first period after the change to the system")
    reason = forms.CharField(
        label="What changed?", max_length=300,
        help_text="For example, 'New referral pathway started'",
        error_messages={"required": "Enter what changed",
                        "max_length": "What changed must be 300 characters or fewer"})

    def __init__(self, *args, measure: Measure, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.measure = measure

    def clean_period(self):
        start = period_start(self.cleaned_data["period"], self.measure.frequency)
        if self.measure.recalculations.filter(period=start).exists():
            raise forms.ValidationError(
                f"The limits are already recalculated from "
                f"{period_label(start, self.measure.frequency)}")
        return start
