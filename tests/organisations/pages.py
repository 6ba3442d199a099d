"""Small helpers for reading pages the way a person would: the main content's
words, the error messages beside fields, and the one-line banners."""

from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.core.html import find, find_all


def main_text(response) -> str:
    """The words inside <main>, entities decoded and whitespace collapsed."""
    return find(response.content.decode(), "main").words


def field_errors(response) -> dict[str, str]:
    """{field name: its error message} as shown beside each field."""
    errors = {}
    for element in find_all(response.content.decode(), "p", cls="govuk-error-message"):
        name = element.attrs["id"].removeprefix("id_").removesuffix("-error")
        errors[name] = element.words.removeprefix("Error:").strip()
    return errors


def error_summary(response) -> list[str]:
    """The items listed under "There is a problem"."""
    html = response.content.decode()
    return [li.words for li in find_all(html, "li") if li.inside("div", "govuk-error-summary")]


def sign_in(client: Client, email: str, password: str = PASSWORD, **extra):
    return client.post(reverse("accounts:login"), {"username": email, "password": password},
                       **extra)


def is_signed_in(client: Client) -> bool:
    """Whether the portfolio opens for this browser, rather than sending it to sign in."""
    response = client.get(reverse("projects:portfolio"))
    return not (response.status_code == 302
                and response["Location"].startswith(reverse("accounts:login")))

