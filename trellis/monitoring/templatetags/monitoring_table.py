"""A measure's data table rows in a single pass: five years of weekly figures are 260
rows of six cells, and a template loop over them was most of the page's time
(python -m bench.measure)."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

NUMERIC = "govuk-table__cell govuk-table__cell--numeric"


@register.simple_tag
def point_rows(rows) -> SafeString:
    e = conditional_escape
    html = []
    for row in rows:
        counts = f'<br><span class="govuk-body-s">{e(row.counts)}</span>' if row.counts else ""
        reasons = "".join(f"<li>{e(reason)}</li>" for reason in row.reasons)
        note = (f'<p class="govuk-body-s govuk-!-margin-bottom-0">Note: {e(row.note)}</p>'
                if row.note else "")
        html.append(
            '<tr class="govuk-table__row">'
            f'<th scope="row" class="govuk-table__header trellis-nowrap">{e(row.period_label)}'
            f'</th><td class="{NUMERIC} trellis-nowrap">{e(row.value)}{counts}</td>'
            f'<td class="{NUMERIC}">{e(row.mean)}</td>'
            f'<td class="{NUMERIC}">{e(row.lower or "–")}</td>'
            f'<td class="{NUMERIC}">{e(row.upper or "–")}</td>'
            f'<td class="govuk-table__cell"><strong>{e(row.classification)}</strong>'
            f'<ul class="govuk-list govuk-body-s trellis-spc-reasons">{reasons}</ul>{note}</td>'
            "</tr>")
    return mark_safe("".join(html))  # noqa: S308 - every value above is escaped
