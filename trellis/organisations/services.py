"""Workflows for organisations and people. Each runs in one transaction and
writes its own audit entry."""

from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import Invitation, Membership, Organisation, Role, User, audit
from .signals import settings_changed


class LastAdminError(Exception):
    """Refused: the organisation would be left with no admin."""


@transaction.atomic
def invite_person(*, organisation: Organisation, email: str, role: str,
                  invited_by: User) -> Invitation:
    invitation, token = Invitation.new(
        organisation=organisation, email=email, role=role, invited_by=invited_by
    )
    invitation.save()
    link = settings.SITE_URL.rstrip("/") + reverse("accounts:accept_invitation", args=[token])
    body = render_to_string(
        "organisations/email/invitation.txt",
        {"invitation": invitation, "link": link, "inviter": invited_by},
    )
    # Only email a link once the invitation behind it is saved.
    transaction.on_commit(partial(
        send_mail, f"You're invited to join {organisation.name} on Trellis",
        body, None, [invitation.email],
    ))
    audit(organisation=organisation, actor=invited_by, action="member.invited",
          summary=f"Invited {invitation.email} as {invitation.get_role_display().lower()}")
    return invitation


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user: User) -> Membership:
    """Join the organisation. The link can be used once only."""
    updated = Invitation.objects.pending().filter(pk=invitation.pk).update(
        accepted_at=timezone.now()
    )
    if not updated:
        raise Invitation.DoesNotExist
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=invitation.organisation, defaults={"role": invitation.role}
    )
    audit(organisation=invitation.organisation, actor=user, action="member.joined",
          summary=f"{user.email} accepted an invitation as {membership.get_role_display().lower()}")
    return membership


def _admins_left(organisation: Organisation, excluding: Membership) -> int:
    return (Membership.objects.for_organisation(organisation)
            .filter(role=Role.ADMIN).exclude(pk=excluding.pk).count())


def _lock_organisation(membership: Membership) -> None:
    """Serialise changes to who the admins are, so two admins demoting each
    other at the same moment cannot leave the organisation with none."""
    Organisation.objects.select_for_update().filter(pk=membership.organisation_id).first()


@transaction.atomic
def change_role(*, membership: Membership, role: str, changed_by: User) -> None:
    _lock_organisation(membership)
    if membership.role == Role.ADMIN and role != Role.ADMIN and not _admins_left(
        membership.organisation, membership
    ):
        raise LastAdminError
    old = membership.get_role_display().lower()
    membership.role = role
    membership.save(update_fields=["role"])
    audit(organisation=membership.organisation, actor=changed_by, action="member.role_changed",
          summary=f"{membership.user.email}: {old} to {membership.get_role_display().lower()}")


@transaction.atomic
def remove_member(*, membership: Membership, removed_by: User) -> None:
    _lock_organisation(membership)
    if membership.role == Role.ADMIN and not _admins_left(membership.organisation, membership):
        raise LastAdminError
    membership.delete()
    audit(organisation=membership.organisation, actor=removed_by, action="member.removed",
          summary=f"Removed {membership.user.email}")


@transaction.atomic
def revoke_invitation(*, invitation: Invitation, revoked_by: User) -> None:
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    audit(organisation=invitation.organisation, actor=revoked_by, action="member.invite_revoked",
          summary=f"Withdrew the invitation for {invitation.email}")


@transaction.atomic
def change_settings(*, organisation: Organisation, changed_by: User, **values) -> None:
    """Save the organisation's settings, recording each change in the audit
    trail, and tell the apps that depend on them (`signals.settings_changed`)."""
    fields = Organisation._meta
    saved = Organisation.objects.select_for_update().values(*values).get(pk=organisation.pk)
    changed = [name for name, value in values.items() if saved[name] != value]
    if not changed:
        return
    Organisation.objects.filter(pk=organisation.pk).update(**values)
    for name, value in values.items():
        setattr(organisation, name, value)
    audit(organisation=organisation, actor=changed_by, action="organisation.settings",
          summary="; ".join(f"{fields.get_field(name).verbose_name}: {saved[name]} → "
                            f"{values[name]}" for name in changed))
    settings_changed.send(sender=Organisation, organisation=organisation,
                          changed_by=changed_by, changed=frozenset(changed))
