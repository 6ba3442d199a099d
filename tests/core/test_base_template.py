"""base.html: the page template every page extends."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.template import engines
from django.test import RequestFactory

from tests.core.html import find, find_all

pytestmark = pytest.mark.urls("tests.core.urls")

PAGE = """{% extends "base.html" %}{% load govuk %}
{% block title %}{% error_prefix form %}Portfolio{% endblock %}
{% block before_content %}<a class="govuk-back-link" href="/back">Back</a>{% endblock %}
{% block content %}<h1 class="govuk-heading-l">Portfolio</h1>{% endblock %}
{% block body_end %}<script type="module" src="/static/extra.js"></script>{% endblock %}"""


def _render(path="/", user=None, organisation=None, membership=None, **context):
    request = RequestFactory().get(path)
    request.user = user or AnonymousUser()
    if organisation is not None:
        request.organisation = organisation
    if membership is not None:
        request.membership = membership
    template = engines["django"].from_string(PAGE)
    return template.render({"form": None, **context}, request)


def _signed_in(is_admin=False, **kwargs):
    return _render(
        user=SimpleNamespace(is_authenticated=True),
        organisation=SimpleNamespace(name="Northbrook Council"),
        membership=SimpleNamespace(is_admin=is_admin),
        **kwargs,
    )


def test_page_title_and_language():
    html = _render()
    assert find(html, "html", "govuk-template").attrs["lang"] == "en-GB"
    assert find(html, "title").words == "Portfolio – Trellis"
    assert find(html, "body", "govuk-template__body")


def test_title_says_error_when_the_form_has_errors():
    class Bad:
        is_bound = True
        errors = {"name": ["Enter a name"]}

    assert find(_render(form=Bad()), "title").words == "Error: Portfolio – Trellis"


def test_skip_link_goes_to_main_content():
    html = _render()
    assert find(html, "a", "govuk-skip-link").attrs["href"] == "#main-content"
    main = find(html, "main", "govuk-main-wrapper", id="main-content")
    assert find(html, "h1").ancestors[-1] == main
    assert not find(html, "a", "govuk-back-link").inside("main")


def test_header_names_trellis_with_no_gov_uk_branding():
    html = _render()
    home = find(html, "a", "govuk-generic-header__homepage-link")
    assert (home.attrs["href"], home.words) == ("/", "Trellis")
    assert "GOV.UK" not in html
    assert not find_all(html, "svg")
    assert not find_all(html, cls="govuk-footer__crown")
    assert not find_all(html, cls="govuk-footer__licence-logo")


def test_signed_out_visitors_see_no_navigation_or_sign_out():
    html = _render()
    assert not find_all(html, "nav", aria_label="Menu")
    assert "Sign out" not in html


def test_navigation_marks_the_current_section():
    html = _signed_in(nav="guide")
    links = [a for a in find_all(html, "a", "govuk-service-navigation__link")]
    assert [a.words for a in links] == ["Portfolio", "Framework guide"]
    current = find(html, "a", aria_current="true")
    assert current.words == "Framework guide"
    assert current.attrs["href"] == "/guide/"


def test_current_page_is_aria_current_page():
    html = _signed_in(nav="portfolio")
    assert find(html, "a", aria_current="page").words == "Portfolio"


def test_admins_also_see_organisation():
    html = _signed_in(is_admin=True, nav="organisation")
    assert find(html, "a", aria_current="true").words == "Organisation"


def test_sign_out_is_a_post_with_csrf_and_shows_the_organisation():
    html = _signed_in()
    form = find(html, "form", action="/accounts/sign-out/")
    assert form.attrs["method"] == "post"
    assert find(html, "input", name="csrfmiddlewaretoken").ancestors[-1] == form
    assert find(html, "button", "trellis-link-button").words == "Sign out"
    assert "Northbrook Council" in find(html, "div", "trellis-account").words


def test_phase_banner_says_beta():
    html = _render()
    assert find(html, "strong", "govuk-phase-banner__content__tag").words == "Beta"


def test_messages_become_notification_banners():
    messages = [
        Message(constants.SUCCESS, "Project created"),
        Message(constants.INFO, "Review due next week"),
    ]
    html = _render(messages=messages)
    success = find(html, "div", "govuk-notification-banner--success")
    assert success.attrs["role"] == "alert"
    assert "Project created" in success.words
    important = find(html, "div", "govuk-notification-banner", role="region")
    assert "Review due next week" in important.words
    assert important.inside("main")


def test_scripts_are_files_not_inline():
    html = _render()
    scripts = find_all(html, "script")
    assert all(s.attrs.get("type") == "module" and s.attrs.get("src") for s in scripts)
    srcs = [s.attrs["src"] for s in scripts]
    assert srcs[0].endswith("vendor/govuk-frontend-6.6.0/govuk-frontend.min.js")
    assert srcs[1].endswith("js/govuk-init.js")
    assert srcs[-1] == "/static/extra.js"


def test_footer_links_to_the_guide():
    html = _render()
    link = find(html, "a", "govuk-footer__link")
    assert (link.attrs["href"], link.words) == ("/guide/", "Framework guide")
