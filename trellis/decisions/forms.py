from django import forms
from django.core.validators import URLValidator
from django.utils import timezone

from trellis.core.forms import GovUKDateField
from trellis.projects.models import Project

from . import criteria
from .models import LINK_MESSAGE, Candidate, Origin, Outcome

NOT_PROCEEDING = "none"


class CandidateForm(forms.ModelForm):
    link = forms.URLField(
        label="Link (optional)", required=False, max_length=500, assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"], message=LINK_MESSAGE)],
        help_text="A web page about the approach, such as its Foundations Guidebook entry",
        error_messages={"invalid": LINK_MESSAGE,
                        "max_length": "Link must be 500 characters or fewer"},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Candidate
        fields = ["name", "description", "origin", "link"]
        labels = {"name": "Name of the approach",
                  "description": "Description (optional)",
                  "origin": "Where does it come from?"}
        help_texts = {
            "name": "For example, 'Family Group Conferences'",
            "description": "What it involves and who it is for, in a few sentences",
        }
        widgets = {"origin": forms.RadioSelect,
                   "description": forms.Textarea(attrs={"rows": 4})}
        error_messages = {
            "name": {"required": "Enter the name of the approach",
                     "max_length": "Name must be 200 characters or fewer"},
            "description": {"max_length": "Description must be 5,000 characters or fewer"},
            "origin": {"required": "Select where the approach comes from",
                       "invalid_choice": "Select where the approach comes from"},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["origin"].choices = Origin.choices
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
        else:
            del self.fields["version"]


def _rating_choices() -> list[tuple[int, str]]:
    return [(n, f"{n}: {criteria.RATING_LABELS[n].capitalize()}")
            for n in range(criteria.RATING_MIN, criteria.RATING_MAX + 1)]


LOWEST, HIGHEST = criteria.RATING_LABELS[criteria.RATING_MIN], criteria.RATING_LABELS[5]
RATING_ERROR = f"Choose a rating from 1 ({LOWEST}) to 5 ({HIGHEST})"


class EvidenceChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.title} ({obj.get_slice_display()})"


class AppraisalForm(forms.Form):
    rating = forms.TypedChoiceField(
        label="Rating", coerce=int, choices=_rating_choices, widget=forms.RadioSelect,
        error_messages={"required": RATING_ERROR, "invalid_choice": RATING_ERROR},
    )
    rationale = forms.CharField(
        label="Why this rating?", max_length=5000, widget=forms.Textarea(attrs={"rows": 5}),
        help_text="The reasons the team gave, so others can follow the thinking later",
        error_messages={"required": "Enter why you gave this rating",
                        "max_length": "Rationale must be 5,000 characters or fewer"},
    )
    evidence = EvidenceChoiceField(
        label="Evidence behind this rating (optional)", required=False,
        queryset=None, widget=forms.CheckboxSelectMultiple,
        help_text="Items from this project's evidence",
        error_messages={
            "invalid_choice": "Choose evidence from this project's list. One of the items "
                              "chosen is not part of this project",
            "invalid_pk_value": "Choose evidence from this project's list",
            "invalid_list": "Choose evidence from this project's list",
        },
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, project: Project, criterion: criteria.Criterion,
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rating"].label = criterion.question
        self.fields["rating"].help_text = criterion.hint
        evidence = self.fields["evidence"]
        evidence.queryset = project.evidence.order_by("title", "pk")
        self.has_evidence = evidence.queryset.exists()
        if not self.has_evidence:
            # Nothing to tick; ids sent anyway are still checked, and refused.
            evidence.widget = forms.MultipleHiddenInput()


class DecisionForm(forms.Form):
    choice = forms.ChoiceField(
        label="What did you decide?", widget=forms.RadioSelect,
        error_messages={"required": "Select what you decided",
                        "invalid_choice": "Select one of the candidate approaches listed, "
                                          "or that you will not proceed"},
    )
    rationale = forms.CharField(
        label="Why did you decide this?", max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="The reasons, including what the appraisal showed",
        error_messages={"required": "Enter why you made this decision",
                        "max_length": "Reasons must be 5,000 characters or fewer"},
    )
    participants = forms.CharField(
        label="Who took part in the decision?", max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Roles or groups, for example 'Kinship team, Local Evidence Lead, two "
                  "kinship carer representatives'",
        error_messages={"required": "Enter who took part in the decision",
                        "max_length": "Who took part must be 2,000 characters or fewer"},
    )
    decided_on = GovUKDateField(label="When was it decided?",
                                help_text="For example, 27 3 2026",
                                error_messages={"required": "Enter the date of the decision"})

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.candidates = {str(c.pk): c for c in project.candidates.order_by("name", "pk")}
        self.fields["choice"].choices = [
            *((pk, f"Proceed with {c.name}") for pk, c in self.candidates.items()),
            (NOT_PROCEEDING, "Do not proceed with any of these approaches"),
        ]

    def clean_decided_on(self):
        decided_on = self.cleaned_data["decided_on"]
        if decided_on > timezone.localdate():
            raise forms.ValidationError("The date of the decision must be today or in the past")
        return decided_on

    def decision(self) -> dict:
        """The service's arguments for the cleaned form."""
        data = self.cleaned_data
        candidate = self.candidates.get(data["choice"])
        return {
            "outcome": Outcome.PROCEED if candidate else Outcome.NOT_PROCEED,
            "candidate": candidate, "rationale": data["rationale"],
            "participants": data["participants"], "decided_on": data["decided_on"],
        }
