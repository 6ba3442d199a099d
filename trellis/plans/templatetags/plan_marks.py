"""Additions and removals in a compared revision, marked in words as well as
colour: <ins>/<del> with visually hidden "added:"/"removed:" text."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from trellis.plans.diff import ADDED, REMOVED

register = template.Library()

_MARKS = {
    ADDED: '<ins class="trellis-diff__added"><span class="govuk-visually-hidden">added: '
           '</span>{}</ins>',
    REMOVED: '<del class="trellis-diff__removed"><span class="govuk-visually-hidden">'
             'removed: </span>{}</del>',
}


@register.simple_tag
def marked(pieces) -> SafeString:
    """The pieces of one field's text, with changed words marked."""
    if not pieces:
        return format_html('<span class="govuk-hint">{}</span>', "(empty)")
    return format_html_join("", "{}", (
        (format_html(_MARKS[p.change], p.text) if p.change in _MARKS else p.text,)
        for p in pieces))
