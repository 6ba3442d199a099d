from django import forms

from trellis.projects.models import Phase, Project

from .models import BarrierEnabler, Kind, Status, Strength, cfir_domain_choices

BARRIER_STRENGTHS = (Strength.STRONG_BARRIER, Strength.BARRIER)
ENABLER_STRENGTHS = (Strength.ENABLER, Strength.STRONG_ENABLER)


def _sources_messages(what: str) -> dict[str, str]:
    return {
        "invalid_choice": f"Choose {what} recorded for this project. Item %(value)s is not "
                          "one of them",
        "invalid_pk_value": f"Choose {what} from the list",
        "invalid_list": f"Choose {what} from the list",
    }


class BarrierForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = BarrierEnabler
        fields = ["kind", "description", "cfir_domain", "strength", "status", "phase_found",
                  "evidence", "engagement"]
        widgets = {
            "kind": forms.RadioSelect(attrs={"class": "govuk-radios--inline"}),
            "description": forms.Textarea(attrs={"rows": 3}),
            "cfir_domain": forms.RadioSelect,
            "strength": forms.RadioSelect,
            "status": forms.RadioSelect,
            "phase_found": forms.RadioSelect(attrs={"class": "govuk-radios--inline"}),
            "evidence": forms.CheckboxSelectMultiple,
            "engagement": forms.CheckboxSelectMultiple,
        }
        labels = {"kind": "Is it a barrier or an enabler?", "description": "Description",
                  "cfir_domain": "CFIR domain", "strength": "How strong is it?",
                  "phase_found": "Phase it was found in",
                  "evidence": "Evidence items (optional)",
                  "engagement": "Engagement activities (optional)"}
        help_texts = {
            "description": "What helps or hinders implementation here, in a sentence or two",
            "cfir_domain": "Where it sits: the approach itself, the wider context, your "
                           "organisation, the people involved, or how you implement",
            "strength": "A barrier is −2 or −1; an enabler is +1 or +2",
            "evidence": "Evidence that shows this barrier or enabler",
            "engagement": "Engagement where people raised it",
        }
        error_messages = {
            "kind": {"required": "Select whether it is a barrier or an enabler",
                     "invalid_choice": "Select whether it is a barrier or an enabler"},
            "description": {"required": "Enter a description of the barrier or enabler",
                            "max_length": "Description must be 500 characters or fewer"},
            "cfir_domain": {"required": "Select the CFIR domain it belongs to",
                            "invalid_choice": "Select a CFIR domain from the list"},
            "strength": {"required": "Select how strong it is",
                         "invalid_choice": "Select how strong it is from the list"},
            "status": {"required": "Select a status",
                       "invalid_choice": "Select a status from the list"},
            "phase_found": {"required": "Select the phase it was found in",
                            "invalid_choice": "Select the phase it was found in"},
            "evidence": _sources_messages("evidence"),
            "engagement": _sources_messages("engagement activities"),
        }

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        fields = self.fields
        # Set explicitly so radios have no empty "---------" choice.
        fields["kind"].choices = Kind.choices
        fields["cfir_domain"].choices = cfir_domain_choices()
        fields["strength"].choices = Strength.choices
        fields["status"].choices = Status.choices
        fields["phase_found"].choices = Phase.choices
        # Only this project's sources can be chosen: any other id is refused.
        fields["evidence"].queryset = project.evidence.order_by("title")
        fields["engagement"].queryset = project.engagement_activities.all()
        fields["engagement"].label_from_instance = lambda activity: activity.label
        if not fields["evidence"].queryset.exists():
            fields["evidence"].help_text = "No evidence has been recorded for this project yet"
        if not fields["engagement"].queryset.exists():
            fields["engagement"].help_text = ("No engagement has been logged for this project "
                                              "yet")
        if self.instance.pk:
            fields["version"].initial = self.instance.version
        else:
            fields["phase_found"].initial = project.phase
            fields["status"].initial = Status.OPEN

    def clean(self) -> dict:
        data = super().clean()
        kind, strength = data.get("kind"), data.get("strength")
        if kind == Kind.BARRIER and strength in ENABLER_STRENGTHS:
            self.add_error("strength", "A barrier cannot have an enabler's strength. Select "
                                       "strong barrier (−2) or barrier (−1)")
        elif kind == Kind.ENABLER and strength in BARRIER_STRENGTHS:
            self.add_error("strength", "An enabler cannot have a barrier's strength. Select "
                                       "enabler (+1) or strong enabler (+2)")
        return data


class FilterForm(forms.Form):
    domain = forms.ChoiceField(label="CFIR domain", required=False)
    kind = forms.ChoiceField(label="Barrier or enabler", required=False,
                             choices=[("", "Barriers and enablers"), *Kind.choices])
    status = forms.ChoiceField(label="Status", required=False,
                               choices=[("", "All statuses"), *Status.choices])

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["domain"].choices = [("", "All domains"), *cfir_domain_choices()]

    def chosen(self) -> dict[str, str]:
        """The valid filters; an unknown value is ignored rather than refused."""
        self.is_valid()
        return {name: self.cleaned_data.get(name) or "" for name in self.fields}
