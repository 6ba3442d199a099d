from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, password_validation
from django.contrib.auth.forms import AuthenticationForm

from .models import ROLE_DESCRIPTIONS, Membership, Organisation, Role, User


def role_field(label: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=[(r.value, f"{r.label} – {ROLE_DESCRIPTIONS[r]}") for r in Role],
        widget=forms.RadioSelect,
        error_messages={"required": "Select a role"},
    )


class SignInForm(AuthenticationForm):
    error_messages = {
        "invalid_login": "Enter a correct email address and password",
        "inactive": "This account has been switched off",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Email address"
        self.fields["username"].error_messages["required"] = "Enter your email address"
        self.fields["username"].widget.attrs.update(autocomplete="email", spellcheck="false")
        self.fields["password"].error_messages["required"] = "Enter your password"


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        error_messages={
            "required": "Enter their email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    role = role_field("Role")

    def __init__(self, *args, organisation, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["email"].help_text = (
            "We'll email them a link to join. The link works once and expires in "
            f"{settings.INVITATION_VALID_DAYS} days."
        )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].lower()
        if Membership.objects.filter(organisation=self.organisation,
                                     user__email__iexact=email).exists():
            raise forms.ValidationError("This person is already a member")
        return email


class RoleForm(forms.Form):
    role = role_field("Role")


class AcceptInvitationForm(forms.Form):
    """Joining as a new person (name and a new password) or, when an account
    already exists for the invited email, signing in with its password."""

    name = forms.CharField(label="Full name", max_length=150, required=False)
    password = forms.CharField(label="Password", widget=forms.PasswordInput, strip=False,
                               error_messages={"required": "Enter a password"})
    password_again = forms.CharField(label="Confirm password", widget=forms.PasswordInput,
                                     strip=False, required=False)

    def __init__(self, *args, invitation, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.invitation = invitation
        self.existing_user = User.objects.filter(email__iexact=invitation.email).first()
        if self.existing_user:
            del self.fields["name"]
            del self.fields["password_again"]
            self.fields["password"].help_text = "You already have an account: enter its password"
            self.fields["password"].widget.attrs["autocomplete"] = "current-password"
        else:
            self.fields["name"].required = True
            self.fields["name"].error_messages["required"] = "Enter your full name"
            self.fields["password"].help_text = "At least 10 characters"
            self.fields["password"].widget.attrs["autocomplete"] = "new-password"
            self.fields["password_again"].required = True
            self.fields["password_again"].error_messages["required"] = "Confirm your password"

    def clean(self) -> dict:
        data = super().clean()
        password = data.get("password")
        if not password:
            return data
        if self.existing_user:
            user = authenticate(username=self.existing_user.email, password=password)
            if user is None:
                self.add_error("password", "The password is not correct")
            self.user = user
        else:
            if data.get("password_again") and data["password_again"] != password:
                self.add_error("password_again", "The passwords do not match")
            try:
                password_validation.validate_password(
                    password, User(email=self.invitation.email, name=data.get("name", ""))
                )
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data


class SwitchOrganisationForm(forms.Form):
    organisation = forms.TypedChoiceField(
        label="Which organisation do you want to work in?", coerce=int,
        widget=forms.RadioSelect, error_messages={"required": "Select an organisation"},
    )

    def __init__(self, *args, memberships, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [
            (m.organisation_id, f"{m.organisation.name} ({m.get_role_display().lower()})")
            for m in memberships
        ]


class SettingsForm(forms.ModelForm):
    """How this organisation's charts read signals and when survey results are shown."""

    class Meta:
        model = Organisation
        fields = ["spc_run_length", "spc_screen_outliers", "survey_minimum_responses"]
        widgets = {"spc_run_length": forms.RadioSelect,
                   "survey_minimum_responses": forms.TextInput(attrs={
                       "inputmode": "numeric", "class": "govuk-input--width-3"})}
        help_texts = {
            "spc_run_length": "Making Data Count counts 6 points in a row above or below the "
                              "mean as a shift. Some teams use 7 to see fewer false alarms.",
            "spc_screen_outliers": "Off, as in Making Data Count. On leaves moving ranges more "
                                   "than 3.267 times the average out when working out the "
                                   "limits, so one unusual month does not widen them.",
            "survey_minimum_responses": "Below this number a survey round shows no scores, "
                                        "distributions or comments to anyone, so that no one "
                                        "can be identified, and gives no figure to "
                                        "monitoring. A change applies to every project at "
                                        "once. At least 3.",
        }

    def clean_survey_minimum_responses(self) -> int:
        value = self.cleaned_data["survey_minimum_responses"]
        if value < 3 or value > 50:
            raise forms.ValidationError("Enter a number between 3 and 50")
        return value
