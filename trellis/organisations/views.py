from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.requests import posted

from . import services
from .access import PUBLIC, access, get_invitation_for_user, get_membership_for_user
from .forms import (
    AcceptInvitationForm,
    InviteForm,
    RoleForm,
    SettingsForm,
    SwitchOrganisationForm,
)
from .middleware import SESSION_KEY
from .models import Invitation, Membership, User


def _after_membership_change(request: HttpRequest, membership: Membership) -> str:
    """Someone who has just stepped down cannot see the organisation page."""
    return "projects:portfolio" if membership.user_id == request.user.pk else "organisations:detail"


@access("viewer", methods=("GET", "POST"))
def switch(request: HttpRequest) -> HttpResponse:
    """For people who belong to more than one organisation: choose which one
    Trellis shows. Only organisations they are a member of can be chosen."""
    form = SwitchOrganisationForm(posted(request), memberships=request.memberships,
                                  initial={"organisation": request.organisation.pk})
    if request.method == "POST" and form.is_valid():
        request.session[SESSION_KEY] = int(form.cleaned_data["organisation"])
        return redirect("projects:portfolio")
    return render(request, "organisations/switch.html", {"form": form})


@access("admin")
def detail(request: HttpRequest) -> HttpResponse:
    organisation = request.organisation
    return render(request, "organisations/detail.html", {
        "nav": "organisation",
        "memberships": Membership.objects.for_organisation(organisation).select_related("user"),
        "invitations": Invitation.objects.for_organisation(organisation).pending(),
    })


@access("admin", methods=("GET", "POST"))
def settings_page(request: HttpRequest) -> HttpResponse:
    """How charts read signals and when survey results are shown, for the whole
    organisation. Admins only: a change alters every project's charts."""
    form = SettingsForm(posted(request), instance=request.organisation)
    if request.method == "POST" and form.is_valid():
        services.change_settings(organisation=request.organisation, changed_by=request.user,
                                 **form.cleaned_data)
        messages.success(request, "Settings saved")
        return redirect("organisations:detail")
    return render(request, "organisations/settings.html", {"nav": "organisation", "form": form})


@access("admin", methods=("GET", "POST"))
def invite(request: HttpRequest) -> HttpResponse:
    form = InviteForm(posted(request), organisation=request.organisation)
    if request.method == "POST" and form.is_valid():
        services.invite_person(organisation=request.organisation, invited_by=request.user,
                               **form.cleaned_data)
        messages.success(request, f"Invitation sent to {form.cleaned_data['email']}")
        return redirect("organisations:detail")
    return render(request, "organisations/invite.html", {"nav": "organisation", "form": form})


@access("admin", methods=("GET", "POST"))
def change_role(request: HttpRequest, membership_pk: int) -> HttpResponse:
    membership = get_membership_for_user(request, membership_pk)
    form = RoleForm(posted(request), initial={"role": membership.role})
    if request.method == "POST" and form.is_valid():
        try:
            services.change_role(membership=membership, role=form.cleaned_data["role"],
                                 changed_by=request.user)
        except services.LastAdminError:
            form.add_error("role", "The organisation needs at least one admin. "
                                   "Make someone else an admin first.")
        else:
            messages.success(request, f"{membership.user} is now "
                                      f"{membership.get_role_display().lower()}")
            return redirect(_after_membership_change(request, membership))
    return render(request, "organisations/change_role.html",
                  {"nav": "organisation", "form": form, "membership": membership})


@access("admin", methods=("GET", "POST"))
def remove_member(request: HttpRequest, membership_pk: int) -> HttpResponse:
    membership = get_membership_for_user(request, membership_pk)
    error = None
    if request.method == "POST":
        try:
            services.remove_member(membership=membership, removed_by=request.user)
        except services.LastAdminError:
            error = "The organisation needs at least one admin. Make someone else an admin first."
        else:
            messages.success(request, f"{membership.user} has been removed")
            return redirect(_after_membership_change(request, membership))
    return render(request, "organisations/remove_member.html",
                  {"nav": "organisation", "membership": membership, "error": error})


@access("admin", methods=("POST",))
def revoke_invitation(request: HttpRequest, invitation_pk: int) -> HttpResponse:
    invitation = get_invitation_for_user(request, invitation_pk)
    services.revoke_invitation(invitation=invitation, revoked_by=request.user)
    messages.success(request, f"Invitation for {invitation.email} withdrawn")
    return redirect("organisations:detail")


def _invalid_invitation(request: HttpRequest) -> HttpResponse:
    return render(request, "organisations/invitation_invalid.html",
                  {"valid_days": settings.INVITATION_VALID_DAYS}, status=404)


@access(PUBLIC, methods=("GET", "POST"))
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    invitation = Invitation.objects.get_usable(token)  # tenant-ok: secret link
    if invitation is None:
        return _invalid_invitation(request)
    form = AcceptInvitationForm(posted(request), invitation=invitation)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = form.existing_user and form.user
                if not user:
                    user = User.objects.create_user(invitation.email, form.cleaned_data["password"],
                                                    name=form.cleaned_data["name"])
                services.accept_invitation(invitation=invitation, user=user)
        except (Invitation.DoesNotExist, IntegrityError):
            # Used, withdrawn or expired since the page was opened, or sent twice.
            return _invalid_invitation(request)
        login(request, user, backend="trellis.organisations.backends.MembershipBackend")
        request.session["organisation_id"] = invitation.organisation_id
        messages.success(request, f"Welcome to {invitation.organisation.name} on Trellis")
        return redirect("projects:portfolio")
    return render(request, "organisations/accept_invitation.html",
                  {"form": form, "invitation": invitation})
