"""The small includes pages use for GOV.UK components, and the error_prefix tag."""

from django import forms
from django.template import engines

from tests.core.html import find
from trellis.core.forms import GovUKFormRenderer


def _render(source: str, **context) -> str:
    return engines["django"].from_string("{% load govuk %}" + source).render(context)


def test_button_submits_and_prevents_double_clicks():
    button = find(_render('{% include "core/components/button.html" with text="Save" %}'), "button")
    assert button.classes == {"govuk-button"}
    assert button.attrs["type"] == "submit"
    assert button.attrs["data-module"] == "govuk-button"
    assert button.attrs["data-prevent-double-click"] == "true"
    assert button.words == "Save"


def test_secondary_and_warning_buttons():
    html = _render(
        '{% include "core/components/button.html" with text="Cancel" secondary=True %}'
        '{% include "core/components/button.html" with text="Delete" warning=True %}'
    )
    assert find(html, "button", "govuk-button--secondary").words == "Cancel"
    assert find(html, "button", "govuk-button--warning").words == "Delete"


def test_button_as_a_link():
    html = _render('{% include "core/components/button.html" with text="Start" href="/new" %}')
    link = find(html, "a", "govuk-button", href="/new")
    assert link.attrs["role"] == "button"


def test_tag_colours():
    html = _render(
        '{% load govuk %}{% govuk_tag "Explore" "green" %}'
        '{% govuk_tag "Plain" %}'
    )
    assert find(html, "strong", "govuk-tag--green").words == "Explore"
    assert find(html, "strong", **{"class": "govuk-tag"}).words == "Plain"


def test_unknown_tag_colour_falls_back_to_the_plain_tag():
    html = _render('{% load govuk %}{% govuk_tag "Odd" "chartreuse" %}')
    assert find(html, "strong").classes == {"govuk-tag"}


def test_back_link():
    html = _render('{% include "core/components/back_link.html" with href="/projects/1/" %}')
    link = find(html, "a", "govuk-back-link", href="/projects/1/")
    assert link.words == "Back"


def test_summary_list_row_action_says_what_it_changes():
    html = _render(
        '{% include "core/components/summary_list_row.html" with key="Name" value="Hubs"'
        ' action_href="/edit" action_hidden="project name" %}'
    )
    assert find(html, "dt", "govuk-summary-list__key").words == "Name"
    assert find(html, "a", href="/edit").words == "Change project name"
    assert find(html, "span", "govuk-visually-hidden").words == "project name"


class NameForm(forms.Form):
    default_renderer = GovUKFormRenderer
    name = forms.CharField()


def test_error_prefix_only_when_a_form_has_errors():
    template = "{% error_prefix form %}Create a project"
    assert _render(template, form=NameForm()) == "Create a project"
    assert _render(template, form=NameForm(data={"name": "Hubs"})) == "Create a project"
    assert _render(template, form=NameForm(data={})) == "Error: Create a project"


def test_error_prefix_reads_several_forms_and_formsets():
    data = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0", "form-0-name": ""}
    formset = forms.formset_factory(NameForm, min_num=1)(data=data)
    template = "{% error_prefix first second %}Page"
    assert _render(template, first=NameForm(), second=formset) == "Error: Page"
    assert _render(template, first=None, second=NameForm()) == "Page"
