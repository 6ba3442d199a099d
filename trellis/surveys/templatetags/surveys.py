"""Template filters for survey pages."""

from django import template

register = template.Library()


@register.filter
def paragraphs(text: str) -> list[str]:
    """Text split into paragraphs at blank lines, for one govuk-body each."""
    normalised = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip() for p in normalised.split("\n\n") if p.strip()]
