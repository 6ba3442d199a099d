"""Site-wide pages that are not any one app's."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

# Pages that are not the signed-in site's own (they have their own look and no
# navigation) name their own refusal page by URL namespace.
CSRF_PAGES = {"surveys_public": "surveys/public/csrf_failure.html"}


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form came back without its cross-site request forgery check: usually
    blocked cookies or a page left open past its cookie. Django's own page is
    technical; this one says, in the site's style, what to do. Nothing was
    saved, because the view never ran."""
    match = request.resolver_match
    namespace = match.namespace if match else ""
    template = CSRF_PAGES.get(namespace, "403_csrf.html")
    token = match.kwargs.get("token") if match else None
    return render(request, template, {"token": token}, status=403)
