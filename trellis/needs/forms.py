from django import forms
from django.db.models import Case, IntegerField, Value, When

from trellis.evidence.models import EvidenceItem
from trellis.framework.loader import get_framework
from trellis.projects.models import Project

from .models import PracticeKind, PracticeNote, RootCause

EVIDENCE_ELSEWHERE = ("Choose evidence from this project's own list. Evidence recorded for "
                      "another project cannot support this root cause")


class EvidenceField(forms.ModelMultipleChoiceField):
    """This project's evidence items as checkboxes, each labelled with its slice."""

    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, item: EvidenceItem) -> str:
        names = {s.slug: s.short_name for s in get_framework().evidence_pie.slices}
        return f"{names.get(item.slice, item.slice)}: {item.title}"


def evidence_in_slice_order(project: Project):
    """The project's evidence in the Evidence Pie's own order of slices, then by title."""
    order = Case(*[When(slice=s.slug, then=Value(i))
                   for i, s in enumerate(get_framework().evidence_pie.slices)],
                 default=Value(99), output_field=IntegerField())
    return project.evidence.annotate(slice_order=order).order_by("slice_order", "title")


class RootCauseForm(forms.ModelForm):
    evidence = EvidenceField(
        label="Which evidence supports it?", required=False,
        queryset=EvidenceItem.objects.none(),
        help_text="Select all that apply. Several slices of the Evidence Pie pointing the "
                  "same way make a cause more credible. Leave it empty if nothing supports "
                  "it yet: it will be shown as a hunch",
        error_messages={"invalid_choice": EVIDENCE_ELSEWHERE,
                        "invalid_pk_value": EVIDENCE_ELSEWHERE},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = RootCause
        fields = ["statement", "explanation", "evidence"]
        widgets = {"statement": forms.Textarea(attrs={"rows": 2}),
                   "explanation": forms.Textarea(attrs={"rows": 4})}
        labels = {"statement": "What do you think is causing the need?",
                  "explanation": "Why do you think this?"}
        help_texts = {
            "statement": "One cause, in a sentence. Look past the presenting problem: for "
                         "example, 'Carers do not know what support they can ask for'",
            "explanation": "What led you to it, and what is still uncertain",
        }
        error_messages = {
            "statement": {"required": "Enter the root cause",
                          "max_length": "Root cause must be 300 characters or fewer"},
            "explanation": {"max_length": "Explanation must be 5,000 characters or fewer"},
        }

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evidence"].queryset = evidence_in_slice_order(project)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
        if not project.evidence.exists():
            # Still a field, so evidence ids posted anyway are refused, not ignored.
            self.fields["evidence"].help_text = (
                "No evidence has been recorded for this project yet, so there is nothing to "
                "choose. Save the root cause now and it will be shown as a hunch; link "
                "evidence to it once you have some")


KIND_LABELS = {
    PracticeKind.CURRENT_PRACTICE: "Current practice: what is done now in relation to the need",
    PracticeKind.BELIEF_OR_VALUE: "A belief or value behind current practice",
    PracticeKind.CONTEXTUAL_FACTOR: "A contextual factor influencing practice, such as a "
                                    "longstanding programme or policy",
}


class PracticeNoteForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = PracticeNote
        fields = ["kind", "description"]
        widgets = {"kind": forms.RadioSelect,
                   "description": forms.Textarea(attrs={"rows": 4})}
        labels = {"kind": "What kind of note is this?", "description": "Note"}
        help_texts = {"description": "For example, 'Kinship carers are signposted to a "
                                     "leaflet at the point of an SGO assessment'"}
        error_messages = {
            "kind": {"required": "Select what kind of note this is"},
            "description": {"required": "Enter the note",
                            "max_length": "Note must be 2,000 characters or fewer"},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = list(KIND_LABELS.items())
        self.fields["kind"].error_messages["invalid_choice"] = "Select what kind of note this is"
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
