"""The access contract for every view, declared with one decorator.

`@access(role, methods=...)` answers 405 for a method the view does not take,
403 when the signed-in person's role in the current organisation is too low,
and otherwise calls the view. Views then fetch objects through the
`get_<thing>_for_user` helpers, which only look inside the current
organisation, so another organisation's object is a 404, exactly like a
missing one. The rule is kept on the view (`view.access_rule`) so the test
suite can check every URL against it."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404

from .models import Invitation, Membership, Role

PUBLIC = "public"


@dataclass(frozen=True)
class AccessRule:
    role: str
    methods: tuple[str, ...]

    @property
    def is_public(self) -> bool:
        return self.role == PUBLIC


def access(role: str, *, methods: Iterable[str] = ("GET",)) -> Callable:
    allowed = tuple(m.upper() for m in methods)
    if "GET" in allowed and "HEAD" not in allowed:
        allowed = (*allowed, "HEAD")
    if role != PUBLIC:
        Role(role)  # fail at import time on a typo

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method not in allowed:
                return HttpResponseNotAllowed([m for m in allowed if m != "HEAD"])
            if role != PUBLIC:
                membership = getattr(request, "membership", None)
                if membership is None or not membership.has_role(role):
                    raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapped.access_rule = AccessRule(role, allowed)
        return login_not_required(wrapped) if role == PUBLIC else wrapped

    return decorator


def get_membership_for_user(request: HttpRequest, pk: int) -> Membership:
    """A membership of the current organisation, or 404."""
    return get_object_or_404(
        Membership.objects.for_organisation(request.organisation).select_related("user"), pk=pk
    )


def get_invitation_for_user(request: HttpRequest, pk: int) -> Invitation:
    """A pending invitation of the current organisation, or 404."""
    return get_object_or_404(
        Invitation.objects.for_organisation(request.organisation).pending(), pk=pk
    )
