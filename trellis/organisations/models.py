"""Organisations (a local area or partnership), the people who sign in, their
memberships, invitations and the audit trail."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> "User":
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **fields)

    def get_by_natural_key(self, username: str) -> "User":
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with their email address."""

    email = models.EmailField("email address", unique=True)
    name = models.CharField("full name", max_length=150)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name or self.email

    def get_full_name(self) -> str:
        return self.name

    def get_short_name(self) -> str:
        return self.name.split(" ")[0] if self.name else self.email


class Organisation(models.Model):
    """A local area or partnership. Everything else in Trellis belongs to one."""

    class Kind(models.TextChoices):
        LOCAL_AREA = "local_area", "Local area"
        PARTNERSHIP = "partnership", "Partnership"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.LOCAL_AREA)
    created_at = models.DateTimeField(default=timezone.now)
    # How SPC charts read signals: a run of 6 points (Making Data Count) or 7, and
    # whether unusually large moving ranges are left out of the limits.
    spc_run_length = models.PositiveSmallIntegerField(
        "points in a run that count as a shift", choices=[(6, "6 (as Making Data Count)"),
                                                          (7, "7")], default=6)
    spc_screen_outliers = models.BooleanField(
        "leave unusually large moving ranges out of the limits", default=False)
    # Survey results with fewer responses than this are not shown to anyone.
    survey_minimum_responses = models.PositiveSmallIntegerField(
        "fewest responses before survey results are shown", default=5)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    ADMIN = "admin", "Admin"
    EDITOR = "editor", "Editor"
    VIEWER = "viewer", "Viewer"


ROLE_RANK = {Role.VIEWER: 1, Role.EDITOR: 2, Role.ADMIN: 3}

ROLE_DESCRIPTIONS = {
    Role.ADMIN: "Can change everything, and invite, change and remove members",
    Role.EDITOR: "Can create and change projects and their records",
    Role.VIEWER: "Can read everything in the organisation but change nothing",
}


class MembershipQuerySet(models.QuerySet):
    def for_organisation(self, organisation: Organisation) -> "MembershipQuerySet":
        return self.filter(organisation=organisation)


class Membership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.VIEWER)
    created_at = models.DateTimeField(default=timezone.now)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["user__name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}, {self.organisation})"

    def has_role(self, role: str) -> bool:
        return ROLE_RANK[Role(self.role)] >= ROLE_RANK[Role(role)]

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def can_edit(self) -> bool:
        return self.has_role(Role.EDITOR)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def for_organisation(self, organisation: Organisation) -> "InvitationQuerySet":
        return self.filter(organisation=organisation)

    def pending(self) -> "InvitationQuerySet":
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True,
                           expires_at__gt=timezone.now())

    def get_usable(self, token: str) -> "Invitation | None":
        """The pending invitation for this link, or None if the link is unknown,
        used, revoked or expired. Only a hash of the token is stored."""
        return self.pending().filter(token_hash=_hash_token(token)).first()


class Invitation(models.Model):
    """An emailed, expiring, single-use link to join an organisation."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField()
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.VIEWER)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Invitation for {self.email} to {self.organisation}"

    @classmethod
    def new(cls, *, organisation: Organisation, email: str, role: str,
            invited_by: User) -> tuple["Invitation", str]:
        """An unsaved invitation and the secret token for its link."""
        token = secrets.token_urlsafe(32)
        invitation = cls(
            organisation=organisation, email=email.lower(), role=role, invited_by=invited_by,
            token_hash=_hash_token(token),
            expires_at=timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS),
        )
        return invitation, token


class AuditEntry(models.Model):
    """One row per significant change, written explicitly by the service that made it."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="audit_entries"
    )
    actor = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    action = models.CharField(max_length=60)
    summary = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}: {self.summary}"


def audit(*, organisation: Organisation, actor: User | None, action: str, summary: str) -> None:
    AuditEntry.objects.create(
        organisation=organisation, actor=actor, action=action, summary=summary[:500]
    )
