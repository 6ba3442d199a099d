"""Template tags for the GOV.UK page template and components, e.g.
``{% block title %}{% error_prefix form %}Create a project{% endblock %}``.
Each is a thin wrapper over trellis.core.presenters."""

from django import template

from trellis.core import presenters

register = template.Library()


@register.simple_tag
def error_prefix(*forms) -> str:
    """ "Error: " when any of the forms has errors, for the start of <title>."""
    return "Error: " if presenters.has_errors(*forms) else ""


@register.simple_tag(takes_context=True)
def service_navigation(context) -> list[presenters.NavItem]:
    request = context.get("request")
    return presenters.service_navigation(request, context.get("nav")) if request else []


@register.simple_tag(takes_context=True)
def signed_in_account(context) -> presenters.Account | None:
    request = context.get("request")
    return presenters.signed_in_account(request) if request else None


@register.simple_tag(takes_context=True)
def notification_banners(context) -> list[presenters.Banner]:
    return presenters.notification_banners(context.get("messages"))


@register.simple_tag
def error_summary_items(form, top_errors=None) -> list[presenters.ErrorItem]:
    return presenters.error_summary_items(form, top_errors)


@register.simple_tag
def tag_classes(colour=None) -> str:
    return presenters.tag_classes(colour)


@register.simple_tag
def button_classes(secondary=False, warning=False) -> str:
    return presenters.button_classes(bool(secondary), bool(warning))


@register.simple_tag
def govuk_tag(text, colour=None) -> str:
    """A GOV.UK tag, e.g. {% govuk_tag "Overdue" "red" %}. A tag rather than an
    include because long tables draw hundreds of them."""
    return presenters.tag_html(text, colour)
