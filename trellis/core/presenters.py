"""What the page template shows, worked out in Python so templates stay plain."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.messages import constants
from django.urls import reverse
from django.utils.html import format_html

# Tag colours in govuk-frontend 6 (blue is the unmodified tag).
TAG_COLOURS = frozenset(
    {"grey", "green", "turquoise", "teal", "purple", "magenta", "pink", "red", "orange", "yellow"}
)

# (key a view sets as `nav`, text, URL name)
_NAVIGATION = (
    ("portfolio", "Portfolio", "projects:portfolio"),
    ("guide", "Framework guide", "framework:index"),
)
_ADMIN_NAVIGATION = (("organisation", "Organisation", "organisations:detail"),)


@dataclass(frozen=True)
class NavItem:
    text: str
    href: str
    # aria-current: "page" on the item's own page, "true" elsewhere in its section.
    current: str = ""


def service_navigation(request, nav: str | None) -> list[NavItem]:
    """Links for the signed-in user; admins also see their organisation."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    entries = list(_NAVIGATION)
    membership = getattr(request, "membership", None)
    if membership is not None and membership.is_admin:
        entries += _ADMIN_NAVIGATION
    items = []
    for key, text, url_name in entries:
        href = reverse(url_name)
        current = ""
        if key == nav:
            current = "page" if request.path == href else "true"
        items.append(NavItem(text, href, current))
    return items


@dataclass(frozen=True)
class Account:
    organisation_name: str
    can_switch: bool = False


def signed_in_account(request) -> Account | None:
    """What the header shows beside Sign out, or None when nobody is signed in."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    organisation = getattr(request, "organisation", None)
    return Account(organisation.name if organisation is not None else "",
                   can_switch=len(getattr(request, "memberships", ())) > 1)


@dataclass
class Banner:
    title: str
    title_id: str
    role: str
    classes: str
    messages: list = field(default_factory=list)


def notification_banners(messages: Iterable | None) -> list[Banner]:
    """Django messages as at most two GOV.UK notification banners:
    a success banner (announced at once) and an "Important" one."""
    success = Banner(
        "Success",
        "success-banner-title",
        "alert",
        "govuk-notification-banner govuk-notification-banner--success",
    )
    important = Banner("Important", "important-banner-title", "region", "govuk-notification-banner")
    for message in messages or ():
        (success if message.level == constants.SUCCESS else important).messages.append(message)
    return [banner for banner in (success, important) if banner.messages]


@dataclass(frozen=True)
class ErrorItem:
    text: str
    href: str


def error_summary_items(form, top_errors: Iterable | None = None) -> list[ErrorItem]:
    """One item per error, each linking to the box to fix.

    Errors not tied to a visible field (from clean() or hidden fields) link to
    the first field of the form. Pass `top_errors` when the form template has
    already gathered them (Form.get_context's "errors").
    """
    if form is None or not form.is_bound or not form.errors:
        return []
    fields = form.visible_fields()
    if top_errors is None:
        top_errors = form.non_field_errors()
    first = f"#{_target_id(fields[0])}" if fields else ""
    items = [ErrorItem(str(error), first) for error in top_errors]
    for bound_field in fields:
        href = f"#{_target_id(bound_field)}"
        errors = getattr(bound_field, "display_errors", bound_field.errors)
        items += [ErrorItem(str(error), href) for error in errors]
    return items


def _target_id(bound_field) -> str:
    # Forms drawn by another renderer have Django's plain BoundField.
    return getattr(bound_field, "error_target_id", None) or bound_field.id_for_label


def has_errors(*forms) -> bool:
    """True if any of the forms or formsets was submitted with errors."""
    for form in forms:
        if form is None or not getattr(form, "is_bound", False):
            continue
        if hasattr(form, "total_error_count"):
            if form.total_error_count():
                return True
        elif form.errors:
            return True
    return False


def tag_classes(colour: str | None) -> str:
    colour = (colour or "").lower()
    return f"govuk-tag govuk-tag--{colour}" if colour in TAG_COLOURS else "govuk-tag"


def tag_html(text: str, colour: str | None = None) -> str:
    """A GOV.UK tag as safe HTML, for pages that build long tables in Python."""
    return format_html('<strong class="{}">{}</strong>', tag_classes(colour), text)


def button_classes(secondary: bool = False, warning: bool = False) -> str:
    if warning:
        return "govuk-button govuk-button--warning"
    if secondary:
        return "govuk-button govuk-button--secondary"
    return "govuk-button"
