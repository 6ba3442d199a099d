from typing import Any

from django import forms
from django.utils import timezone

from trellis.core.forms import GovUKDateField
from trellis.projects.models import Project

from . import answers
from .instruments import get_instruments
from .models import Audience, Layout, Question, QuestionKind, Questionnaire, split_options

APPROACH = "approach"
NONE = ""
MAX_OPTIONS = 20
OPTION_LIMIT = 200


class QuestionnaireForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Questionnaire
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        labels = {"name": "Name", "description": "What is it for?"}
        help_texts = {
            "name": "For example, 'Family feedback after a conference'. Only your team sees "
                    "this: each survey round has its own public title",
            "description": "Only your team sees this",
        }
        error_messages = {
            "name": {"required": "Enter a name for the questionnaire",
                     "max_length": "The name must be 200 characters or fewer"},
            "description": {"max_length": "What it is for must be 2,000 characters or fewer"},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
        else:
            del self.fields["version"]

    @classmethod
    def saved_values(cls, questionnaire: Questionnaire) -> dict[str, Any]:
        return {name: getattr(questionnaire, name) for name in cls.Meta.fields}


class QuestionForm(forms.ModelForm):
    required = forms.TypedChoiceField(
        label="Must people answer this question?", widget=forms.RadioSelect,
        coerce=lambda v: v == "yes", choices=[("yes", "Yes"), ("no", "No, it is optional")],
        error_messages={"required": "Select whether people must answer this question"})
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Question
        fields = ["text", "kind", "help_text", "options", "minimum", "maximum"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2}), "kind": forms.RadioSelect,
                   "options": forms.Textarea(attrs={"rows": 5})}
        labels = {"text": "Question", "kind": "Type of question",
                  "help_text": "Help text", "options": "Options",
                  "minimum": "Smallest number accepted", "maximum": "Largest number accepted"}
        help_texts = {
            "text": "Write it as people will read it. For children, keep it short and plain",
            "help_text": "Shown under the question, for example 'Think about the last month'",
            "options": "For single and multiple choice only: one option a line, in order",
            "minimum": "For number questions only",
            "maximum": "For number questions only",
        }
        error_messages = {
            "text": {"required": "Enter the question",
                     "max_length": "The question must be 500 characters or fewer"},
            "kind": {"required": "Select the type of question",
                     "invalid_choice": "Select one of the types of question"},
            "help_text": {"max_length": "Help text must be 500 characters or fewer"},
            "options": {"max_length": "The options must be 4,000 characters or fewer"},
            "minimum": {"invalid": "The smallest number must be a whole number"},
            "maximum": {"invalid": "The largest number must be a whole number"},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = QuestionKind.choices
        self.fields["minimum"].widget.attrs.update({"class": "govuk-input--width-10"})
        self.fields["maximum"].widget.attrs.update({"class": "govuk-input--width-10"})
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
            self.fields["required"].initial = "yes" if self.instance.required else "no"
        else:
            del self.fields["version"]
            self.fields["required"].initial = "yes"
        self.order_fields(["text", "kind", "help_text", "required", "options", "minimum",
                           "maximum"])

    @classmethod
    def saved_values(cls, question: Question) -> dict[str, Any]:
        values = {name: getattr(question, name) for name in cls.Meta.fields}
        values["required"] = question.required
        return values

    def _check_bound(self, name: str) -> int | None:
        value = self.cleaned_data.get(name)
        if value is not None and abs(value) > answers.NUMBER_LIMIT:
            self.add_error(name, "Enter a number between -1,000,000,000 and 1,000,000,000")
            return None
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        kind = data.get("kind")
        options = split_options(data.get("options", ""))
        if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            if len(options) < 2:
                self.add_error("options", "Enter at least 2 options, one a line")
            elif len(options) > MAX_OPTIONS:
                self.add_error("options", f"Enter {MAX_OPTIONS} options or fewer")
            elif any(len(o) > OPTION_LIMIT for o in options):
                self.add_error("options", f"Each option must be {OPTION_LIMIT} characters "
                                          "or fewer")
            elif len(set(options)) != len(options):
                self.add_error("options", "Each option must be different")
            data["options"] = "\n".join(options)
        else:
            data["options"] = ""
        if kind == QuestionKind.NUMBER:
            low, high = self._check_bound("minimum"), self._check_bound("maximum")
            if low is not None and high is not None and low > high:
                self.add_error("maximum", "The largest number must be the same as or more "
                                          "than the smallest")
        else:
            data["minimum"] = data["maximum"] = None
        return data

    def question_values(self) -> dict[str, Any]:
        data = self.cleaned_data
        values = {name: data.get(name) for name in self.Meta.fields}
        values["help_text"] = values["help_text"] or ""
        values["required"] = data["required"]
        return values


def instrument_choices() -> list[tuple[str, str]]:
    return [(slug, f"{i.name} ({i.short_name})") for slug, i in get_instruments().items()]


class RoundForm(forms.Form):
    label = forms.CharField(
        label="Name of this round", max_length=100,
        help_text="For example, 'Baseline' or '3 months'. Only your team sees this",
        error_messages={"required": "Enter a name for this round",
                        "max_length": "The name must be 100 characters or fewer"})
    audience = forms.ChoiceField(
        label="Who is it for?", widget=forms.RadioSelect, choices=Audience.choices,
        error_messages={"required": "Select who the round is for",
                        "invalid_choice": "Select who the round is for"})
    instruments = forms.MultipleChoiceField(
        label="Validated measures", required=False, widget=forms.CheckboxSelectMultiple,
        choices=instrument_choices,
        help_text="Short, published questionnaires about implementation, scored for you. "
                  "They are written for staff and partners rather than children and families",
        error_messages={"invalid_choice": "Select measures from the list"})
    questionnaire = forms.ChoiceField(
        label="Your own questionnaire", required=False,
        help_text="Asked after any validated measures",
        error_messages={"invalid_choice": "Select one of your organisation's questionnaires"})
    about = forms.ChoiceField(
        label="What is it about?", widget=forms.RadioSelect,
        error_messages={"required": "Select what the round is about",
                        "invalid_choice": "Select the approach or one of its core components"})
    outcome = forms.ChoiceField(
        label="Which implementation outcome does it measure?", required=False,
        help_text="From the implementation plan",
        error_messages={"invalid_choice": "Select one of the plan's implementation outcomes"})
    opens_on = GovUKDateField(label="Opening date", help_text="For example, 1 9 2025")
    closes_on = GovUKDateField(label="Closing date",
                               help_text="The link stops taking answers after this day")
    public_title = forms.CharField(
        label="Title people see", max_length=200,
        help_text="For example, 'Tell us about your family group conference'",
        error_messages={"required": "Enter the title people see",
                        "max_length": "The title must be 200 characters or fewer"})
    why = forms.CharField(
        label="Why we ask and how answers are used", max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Shown to everyone before they start. Say who will see the answers and "
                  "what will change because of them",
        error_messages={"required": "Enter why you ask and how answers are used",
                        "max_length": "Why you ask must be 2,000 characters or fewer"})
    layout = forms.ChoiceField(
        label="How are the questions shown?", widget=forms.RadioSelect, choices=Layout.choices,
        initial=Layout.ONE_PER_SCREEN,
        help_text="One question per screen suits phones and children",
        error_messages={"required": "Select how the questions are shown",
                        "invalid_choice": "Select how the questions are shown"})
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, data=None, *, project: Project, questionnaires, survey_round=None,
                 **kwargs) -> None:
        initial = kwargs.pop("initial", None) or {}
        if survey_round is not None:
            initial = {**self.round_values(survey_round), **initial}
        super().__init__(data, initial=initial, **kwargs)
        self.project = project
        self.survey_round = survey_round
        fields = self.fields
        self.questionnaires = {str(q.pk): q for q in questionnaires}
        fields["questionnaire"].choices = [(NONE, "None")] + [
            (pk, q.name) for pk, q in self.questionnaires.items()]
        components = project.core_components.current()
        linked = survey_round.core_component if survey_round else None
        self.components = {str(c.pk): c for c in components}
        if linked is not None:
            self.components[str(linked.pk)] = linked
        approach = project.approach or "the approach as a whole"
        fields["about"].choices = [(APPROACH, f"The project's approach: {approach}")] + [
            (pk, f"Core component: {c.name}") for pk, c in self.components.items()]
        self.outcomes = {str(o.pk): o for o in project.implementation_outcomes.all()}
        fields["outcome"].choices = [(NONE, "None")] + [
            (pk, f"{o.get_outcome_type_display()}: {o.statement[:80]}")
            for pk, o in self.outcomes.items()]
        if not self.outcomes:
            fields["outcome"].help_text = ("The implementation plan has no implementation "
                                           "outcomes yet")
        if survey_round is None:
            del fields["version"]
        elif survey_round.has_responses():
            # What is asked is fixed once people have answered.
            for name in ("instruments", "questionnaire", "about"):
                fields[name].disabled = True
                fields[name].help_text = ("People have answered this round, so this can no "
                                          "longer change. Repeat the round to ask something "
                                          "different")

    @staticmethod
    def round_values(survey_round) -> dict[str, Any]:
        return {
            "label": survey_round.label, "audience": survey_round.audience,
            "instruments": survey_round.instrument_slugs,
            "questionnaire": str(survey_round.questionnaire_id or ""),
            "about": str(survey_round.core_component_id or APPROACH),
            "outcome": str(survey_round.outcome_id or ""),
            "opens_on": survey_round.opens_on, "closes_on": survey_round.closes_on,
            "public_title": survey_round.public_title, "why": survey_round.why,
            "layout": survey_round.layout, "version": survey_round.version,
        }

    @classmethod
    def saved_values(cls, survey_round) -> dict[str, Any]:
        values = cls.round_values(survey_round)
        values["questionnaire"] = survey_round.questionnaire
        values["about"] = survey_round.core_component or APPROACH
        values["outcome"] = survey_round.outcome
        del values["version"]
        return values

    def clean_questionnaire(self):
        return self.questionnaires.get(self.cleaned_data["questionnaire"])

    def clean_about(self):
        choice = self.cleaned_data["about"]
        return self.components.get(choice, APPROACH)

    def clean_outcome(self):
        return self.outcomes.get(self.cleaned_data["outcome"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if "instruments" in data and "questionnaire" in data and not (
                data["instruments"] or data["questionnaire"]):
            self.add_error("instruments", "Select at least one validated measure, or choose "
                                          "one of your own questionnaires")
        opens, closes = data.get("opens_on"), data.get("closes_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", "The closing date must be the same as or after the "
                                        "opening date")
        elif closes and self.survey_round is None and closes < timezone.localdate():
            self.add_error("closes_on", "The closing date must be today or in the future")
        return data

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        about = data.get("about")
        return {
            "label": data["label"], "audience": data["audience"],
            "instruments": list(data["instruments"]),
            "questionnaire": data["questionnaire"],
            "core_component": None if about == APPROACH else about,
            "outcome": data["outcome"], "opens_on": data["opens_on"],
            "closes_on": data["closes_on"], "public_title": data["public_title"],
            "why": data["why"], "layout": data["layout"],
        }


class RepeatForm(forms.Form):
    label = forms.CharField(
        label="Name of the new round", max_length=100, help_text="For example, '6 months'",
        error_messages={"required": "Enter a name for the new round",
                        "max_length": "The name must be 100 characters or fewer"})
    opens_on = GovUKDateField(label="Opening date", help_text="For example, 1 3 2026")
    closes_on = GovUKDateField(label="Closing date",
                               help_text="The link stops taking answers after this day")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        opens, closes = data.get("opens_on"), data.get("closes_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", "The closing date must be the same as or after the "
                                        "opening date")
        elif closes and closes < timezone.localdate():
            self.add_error("closes_on", "The closing date must be today or in the future")
        return data
