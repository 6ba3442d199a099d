from django import forms

from trellis.core.forms import GovUKDateField
from trellis.organisations.models import Organisation, User

from .models import Answer, Outcome, Phase, Project, Status, TeamMember, TeamRole


class ProjectForm(forms.ModelForm):
    start_date = GovUKDateField(label="Start date", required=False,
                                help_text="For example, 27 3 2026")
    next_review_date = GovUKDateField(
        label="Next review date", required=False,
        help_text="When the team will next take stock. For example, 27 9 2026",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Project
        fields = ["title", "approach", "need", "target_population", "status", "outcome",
                  "start_date", "next_review_date"]
        widgets = {"status": forms.RadioSelect, "outcome": forms.RadioSelect}
        error_messages = {"title": {"required": "Enter a title for the project"}}
        help_texts = {"title": "A short name the team will recognise"}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "outcome" in self.fields:
            self.fields["outcome"].choices = Outcome.choices
            self.fields["outcome"].required = False
            self.fields["outcome"].label = "Outcome (if closed)"
            self.fields["outcome"].help_text = "What was decided when the project closed"
        self.fields["status"].error_messages["required"] = "Select a status"
        if self.instance.pk and "version" in self.fields:
            self.fields["version"].initial = self.instance.version

    def clean(self) -> dict:
        data = super().clean()
        if data.get("status") == Status.CLOSED and not data.get("outcome"):
            self.add_error("outcome", "Select the outcome: sustained, scaled or de-implemented")
        if data.get("status") and data.get("status") != Status.CLOSED and data.get("outcome"):
            self.add_error("outcome", "Only a closed project has an outcome. "
                                      "Leave it empty, or set the status to closed")
        start, review = data.get("start_date"), data.get("next_review_date")
        if start and review and review < start:
            self.add_error("next_review_date", "Next review date must be on or after the "
                                               "start date")
        return data


class NewProjectForm(ProjectForm):
    phase = forms.ChoiceField(
        label="Which phase is it in?", choices=Phase.choices, widget=forms.RadioSelect,
        initial=Phase.EXPLORE, help_text="Phases overlap and can be revisited; you can change "
                                         "this later",
        error_messages={"required": "Select a phase"},
    )

    class Meta(ProjectForm.Meta):
        fields = ["title", "approach", "need", "target_population", "phase", "status",
                  "start_date", "next_review_date"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["version"]
        self.fields["status"].choices = [(Status.ACTIVE, "Active"), (Status.PAUSED, "Paused")]
        self.fields["status"].initial = Status.ACTIVE


class PhaseForm(forms.Form):
    phase = forms.ChoiceField(label="Move to phase", choices=Phase.choices,
                              widget=forms.RadioSelect,
                              error_messages={"required": "Select a phase"})
    reason = forms.CharField(
        label="Why is the phase changing?", widget=forms.Textarea(attrs={"rows": 3}),
        help_text="This is kept in the project's history",
        error_messages={"required": "Enter why the phase is changing"},
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.project = project
        self.fields["version"].initial = project.version

    def clean_phase(self) -> str:
        phase = self.cleaned_data["phase"]
        if phase == self.project.phase:
            raise forms.ValidationError(
                f"The project is already in {self.project.get_phase_display()}. "
                "Choose a different phase"
            )
        return phase


class TeamMemberForm(forms.Form):
    user = forms.ModelChoiceField(
        label="Person", queryset=User.objects.none(), empty_label="Choose a person",
        help_text="People must be members of the organisation first",
        error_messages={"required": "Choose a person", "invalid_choice": "Choose a person "
                        "from the list"},
    )
    role = forms.ChoiceField(label="Role on this project", choices=TeamRole.choices,
                             widget=forms.RadioSelect,
                             error_messages={"required": "Select a role"})
    responsibilities = forms.CharField(label="Responsibilities (optional)", max_length=300,
                                       required=False)

    def __init__(self, *args, project: Project, organisation: Organisation, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.project = project
        self.fields["user"].queryset = User.objects.filter(
            memberships__organisation=organisation
        ).order_by("name")

    def clean(self) -> dict:
        data = super().clean()
        user, role = data.get("user"), data.get("role")
        if user and role and TeamMember.objects.filter(project=self.project, user=user,
                                                       role=role).exists():
            self.add_error("role", f"{user} already has this role on the project")
        return data


class ChecklistAnswerForm(forms.Form):
    answer = forms.ChoiceField(label="Your answer", choices=Answer.choices,
                               widget=forms.RadioSelect,
                               error_messages={"required": "Select yes, partly, no or not yet"})
    note = forms.CharField(label="Note (optional)", required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 4}),
                           help_text="What is the evidence for this answer, or what needs to "
                                     "happen next?")


class PortfolioFilterForm(forms.Form):
    SORTS = [("title", "Title"), ("phase", "Phase"), ("status", "Status"),
             ("next_review_date", "Next review")]
    phase = forms.ChoiceField(label="Phase", required=False,
                              choices=[("", "All phases"), *Phase.choices])
    status = forms.ChoiceField(label="Status", required=False,
                               choices=[("", "All statuses"), *Status.choices,
                                        ("archived", "Archived")])
    sort = forms.ChoiceField(label="Sort by", required=False, choices=SORTS)
