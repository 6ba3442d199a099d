from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from trellis.framework.loader import get_framework

from . import filetypes
from .models import Confidence, EvidenceItem
from .services import Upload

LINK_ERROR = "Enter a link starting with http:// or https://"


class HintedRadioSelect(forms.RadioSelect):
    """Radios where each choice may carry its own GOV.UK hint, announced with it."""

    def __init__(self, *args, hints: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.hints = hints or {}

    def create_option(self, name, value, label, selected, index, subindex=None,
                      attrs=None) -> dict:
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        hint = self.hints.get(str(value))
        if hint and option["attrs"].get("id"):
            option["hint_id"] = f"{option['attrs']['id']}-hint"
            option["hint"] = hint
            option["attrs"] = {**option["attrs"], "aria-describedby": option["hint_id"]}
        return option


def too_long(label: str, limit: int) -> dict[str, str]:
    return {"max_length": f"{label} must be {limit:,} characters or fewer"}


class LinkField(forms.CharField):
    """A web address, only http or https (never javascript:, file: or ftp:)."""

    def validate(self, value: str) -> None:
        super().validate(value)
        if not value:
            return
        if not value.lower().startswith(("http://", "https://")):
            raise ValidationError(LINK_ERROR, code="scheme")
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise ValidationError(LINK_ERROR, code="invalid") from None


class EvidenceForm(forms.ModelForm):
    slice = forms.ChoiceField(
        label="Which slice of the Evidence Pie is it from?",
        help_text="Choose the closest fit. The framework asks for evidence from all six slices",
        error_messages={"required": "Select which slice of the Evidence Pie it is from",
                        "invalid_choice": "Select one of the six slices of the Evidence Pie"},
    )
    link = LinkField(
        label="Link", required=False, max_length=500,
        widget=forms.URLInput(attrs={"spellcheck": "false", "autocomplete": "url"}),
        help_text="A web address starting with http:// or https://",
        error_messages=too_long("Link", 500),
    )
    confidence = forms.ChoiceField(
        label="How confident are you in this evidence?", choices=Confidence.choices,
        widget=forms.RadioSelect(attrs={"class": "govuk-radios--inline"}),
        error_messages={"required": "Select how confident you are: low, moderate or high",
                        "invalid_choice": "Select how confident you are: low, moderate or "
                                          "high"},
    )
    attachment = forms.FileField(
        label="Attach a file", required=False,
        widget=forms.FileInput(attrs={"accept": filetypes.ACCEPT}),
        help_text="A PDF, Word document, Excel spreadsheet, CSV file, PNG or JPEG, smaller "
                  "than 10 MB",
        error_messages={"empty": "The selected file is empty",
                        "invalid": "The selected file could not be read. Choose it again"},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = EvidenceItem
        fields = ["slice", "title", "finding", "source", "link", "period", "source_group",
                  "confidence", "confidence_reason"]
        labels = {"finding": "What it shows", "source": "Source or reference",
                  "period": "Date or period it covers", "source_group": "Who it came from",
                  "confidence_reason": "Why this level of confidence?"}
        help_texts = {
            "title": "A short name the team will recognise",
            "finding": "The main finding, in a sentence or two",
            "source_group": "A group, such as \u201ckinship carers\u2019 consultation, 14 "
                            "carers\u201d. Never an individual child\u2019s details",
            "confidence_reason": "For example, the size of the sample or how recent it is",
        }
        widgets = {"finding": forms.Textarea(attrs={"rows": 4}),
                   "source": forms.Textarea(attrs={"rows": 2}),
                   "confidence_reason": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "title": {"required": "Enter a title", **too_long("Title", 200)},
            "finding": {"required": "Enter what the evidence shows",
                        **too_long("What it shows", 5000)},
            "source": too_long("Source or reference", 2000),
            "period": too_long("Date or period", 100),
            "source_group": too_long("Who it came from", 200),
            "confidence_reason": too_long("Why this level of confidence", 2000),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        slices = get_framework().evidence_pie.slices
        field = self.fields["slice"]
        field.widget = HintedRadioSelect(hints={s.slug: s.description for s in slices})
        field.choices = [(s.slug, s.name) for s in slices]  # after the widget: it gets them too
        field.template_name = "evidence/forms/radios_with_hints.html"
        self.checked_upload: filetypes.Checked | None = None
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
            if self.instance.attachment:
                name = self.instance.attachment_name
                self.fields["attachment"].label = "Replace the attached file"
                self.fields["attachment"].help_text = (
                    f"A new file replaces \u2018{name}\u2019. "
                    + self.fields["attachment"].help_text)
                self.fields["remove_attachment"] = forms.BooleanField(
                    label=f"Remove the attached file \u2018{name}\u2019", required=False)
        else:
            del self.fields["version"]

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        checked = filetypes.check_upload(upload.name, upload.size, upload)
        if not checked.ok:
            raise ValidationError(checked.error)
        self.checked_upload = checked
        return upload

    def clean(self) -> dict:
        data = super().clean()
        if data.get("attachment") and data.get("remove_attachment"):
            self.add_error("remove_attachment", "Either attach a new file or remove the "
                                                "current one, not both")
        return data

    def upload(self) -> Upload | None:
        """The checked file to store, if one was attached."""
        upload = self.cleaned_data.get("attachment")
        if not upload or self.checked_upload is None:
            return None
        return Upload(file=upload, name=upload.name, size=upload.size,
                      content_type=self.checked_upload.file_type.content_type)
