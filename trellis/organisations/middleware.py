"""Sets request.organisation and request.membership on every request.

Membership is re-read from the database each time, so removing someone or
changing their role takes effect on their very next request."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

SESSION_KEY = "organisation_id"


class CurrentOrganisationMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.organisation = None
        request.membership = None
        request.memberships = []
        if request.user.is_authenticated:
            memberships = getattr(request.user, "loaded_memberships", None)
            if memberships is None:
                memberships = list(request.user.memberships.select_related("organisation")
                                   .order_by("organisation__name"))
            chosen = request.session.get(SESSION_KEY)
            membership = next(
                (m for m in memberships if m.organisation_id == chosen),
                memberships[0] if memberships else None,
            )
            if membership is not None:
                request.membership = membership
                request.organisation = membership.organisation
                request.memberships = memberships
        return self.get_response(request)
