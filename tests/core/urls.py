"""Stand-ins for the URL names base.html links to, so its tests need no other app."""

from django.http import HttpResponse
from django.urls import include, path


def _page(request):
    return HttpResponse()


def _app(name: str, url_name: str, route: str = ""):
    return include(([path(route, _page, name=url_name)], name))


urlpatterns = [
    path("", _app("projects", "portfolio")),
    path("guide/", _app("framework", "index")),
    path("organisation/", _app("organisations", "detail")),
    path("accounts/", _app("accounts", "logout", "sign-out/")),
]
