from django import forms
from django.utils import timezone

from trellis.core.forms import GovUKDateField

from .models import Audience, EngagementActivity, Method

MAX_PEOPLE = 100_000


class EngagementForm(forms.ModelForm):
    audiences = forms.MultipleChoiceField(
        label="Who was engaged?", choices=Audience.choices,
        widget=forms.CheckboxSelectMultiple, help_text="Select all that apply",
        error_messages={"required": "Select who was engaged",
                        "invalid_choice": "Select who was engaged from the list"},
    )
    held_on = GovUKDateField(label="When did it happen?", help_text="For example, 27 3 2026")
    people_count = forms.IntegerField(
        label="How many people took part?", min_value=1, max_value=MAX_PEOPLE,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "govuk-input--width-5"}),
        error_messages={
            "required": "Enter how many people took part",
            "invalid": "Enter how many people took part as a whole number, like 12",
            "min_value": "At least 1 person must have taken part",
            "max_value": f"Enter a number of people no more than {MAX_PEOPLE:,}",
        },
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = EngagementActivity
        fields = ["audiences", "method", "held_on", "people_count", "summary", "what_changed"]
        widgets = {
            "method": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 4}),
            "what_changed": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {"summary": "What happened?",
                  "what_changed": "What changed as a result?"}
        help_texts = {
            "summary": "What people were asked and what they said. Do not include anyone's "
                       "name or details that could identify a child or family",
            "what_changed": "This matters: people are more willing to take part again when "
                            "they see that their views made a difference. Leave it empty if "
                            "nothing has changed yet, and come back to it",
        }
        error_messages = {
            "method": {"required": "Select how people were engaged",
                       "invalid_choice": "Select how people were engaged"},
            "summary": {"required": "Enter what happened",
                        "max_length": "What happened must be 5,000 characters or fewer"},
            "what_changed": {"max_length": "What changed must be 5,000 characters or fewer"},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = Method.choices
        self.fields["method"].label = "How were they engaged?"
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
            self.fields["audiences"].initial = [a.audience for a in self.instance.audiences.all()]

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError("The date must be today or in the past")
        return held_on
