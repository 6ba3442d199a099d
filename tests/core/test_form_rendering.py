"""{{ form }} draws GOV.UK components: what a user and a screen reader rely on."""

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.core.html import find, find_all
from trellis.core.forms import GovUKDateField, GovUKFormRenderer

SLICES = [("population", "Population data"), ("lived", "Lived experience")]


class ProjectForm(forms.Form):
    default_renderer = GovUKFormRenderer

    name = forms.CharField(
        help_text="A name your team will recognise",
        widget=forms.TextInput(attrs={"class": "govuk-input--width-20"}),
    )
    email = forms.EmailField(required=False)
    password = forms.CharField(widget=forms.PasswordInput)
    budget = forms.IntegerField()
    website = forms.URLField(assume_scheme="https")
    summary = forms.CharField(widget=forms.Textarea)
    phase = forms.ChoiceField(choices=[("explore", "Explore"), ("prepare", "Prepare")])
    slice = forms.ChoiceField(choices=SLICES, widget=forms.RadioSelect, help_text="Choose one")
    perspectives = forms.MultipleChoiceField(choices=SLICES, widget=forms.CheckboxSelectMultiple)
    confirm = forms.BooleanField(help_text="You can change this later")
    attachment = forms.FileField()
    start = GovUKDateField(help_text="For example, 27 3 2026")
    version = forms.IntegerField(widget=forms.HiddenInput)


def _submitted(**data):
    return ProjectForm(data=data, files={})


def test_text_inputs_are_labelled_govuk_inputs():
    html = str(ProjectForm())
    for name, input_type in [
        ("name", "text"),
        ("email", "email"),
        ("password", "password"),
        ("budget", "number"),
        ("website", "url"),
    ]:
        field = find(html, "input", id=f"id_{name}")
        assert field.attrs["type"] == input_type
        assert "govuk-input" in field.classes
        label = find(html, "label", **{"for": f"id_{name}"})
        assert "govuk-label" in label.classes
        assert label.inside("div", "govuk-form-group")


def test_width_class_on_the_widget_is_kept():
    field = find(str(ProjectForm()), "input", id="id_name")
    assert {"govuk-input", "govuk-input--width-20"} <= field.classes


def test_hint_is_linked_by_aria_describedby():
    html = str(ProjectForm())
    assert find(html, "div", "govuk-hint", id="id_name-hint").words == (
        "A name your team will recognise"
    )
    assert find(html, "input", id="id_name").attrs["aria-describedby"] == "id_name-hint"


def test_optional_fields_say_so_and_nothing_uses_browser_validation():
    html = str(ProjectForm())
    assert find(html, "label", **{"for": "id_email"}).words == "Email (optional)"
    assert find(html, "label", **{"for": "id_name"}).words == "Name"
    assert not [e for e in find_all(html) if e.has("required")]


def test_textarea_select_and_file_upload():
    html = str(ProjectForm())
    assert "govuk-textarea" in find(html, "textarea", id="id_summary").classes
    assert "govuk-select" in find(html, "select", id="id_phase").classes
    upload = find(html, "input", id="id_attachment")
    assert upload.attrs["type"] == "file"
    assert "govuk-file-upload" in upload.classes


def test_hidden_input_has_no_wrapper():
    hidden = find(str(ProjectForm()), "input", type="hidden", name="version")
    assert not hidden.inside("div", "govuk-form-group")


def test_radios_are_a_fieldset_with_a_legend():
    html = str(ProjectForm())
    radios = find_all(html, "input", type="radio")
    assert [r.attrs["id"] for r in radios] == ["id_slice_0", "id_slice_1"]
    assert all("govuk-radios__input" in r.classes for r in radios)
    assert all(r.inside("div", "govuk-radios") and r.inside("fieldset") for r in radios)
    label = find(html, "label", **{"for": "id_slice_1"})
    assert {"govuk-label", "govuk-radios__label"} <= label.classes
    assert label.words == "Lived experience"
    fieldset = find(html, "fieldset", aria_describedby="id_slice-hint")
    assert find_all(html, "legend")[0].ancestors[-1] == fieldset
    assert "Slice" in [
        legend.words for legend in find_all(html, "legend", "govuk-fieldset__legend")
    ]


def test_checkboxes_are_a_fieldset_with_a_legend():
    html = str(ProjectForm())
    boxes = find_all(html, "input", name="perspectives")
    assert [b.attrs["type"] for b in boxes] == ["checkbox", "checkbox"]
    assert all("govuk-checkboxes__input" in b.classes for b in boxes)
    assert all(b.inside("div", "govuk-checkboxes") and b.inside("fieldset") for b in boxes)
    assert "Perspectives" in [legend.words for legend in find_all(html, "legend")]


def test_single_checkbox_is_one_checkboxes_item():
    html = str(ProjectForm())
    box = find(html, "input", id="id_confirm")
    assert box.attrs["type"] == "checkbox"
    assert box.attrs["aria-describedby"] == "id_confirm-hint"
    assert box.inside("div", "govuk-checkboxes__item")
    assert "govuk-checkboxes__label" in find(html, "label", **{"for": "id_confirm"}).classes


def test_errors_show_a_summary_linking_to_each_field():
    form = _submitted(slice="nonsense")
    html = str(form)
    summary = find(html, "div", "govuk-error-summary")
    alert = find(html, role="alert")
    assert alert.ancestors[-1] == summary
    assert find(html, "h2", "govuk-error-summary__title").words == "There is a problem"
    links = [a for a in find_all(html, "a") if a.inside("div", "govuk-error-summary")]
    hrefs = [a.attrs["href"] for a in links]
    assert "#id_name" in hrefs
    assert "#id_slice_0" in hrefs  # the first radio, not the fieldset
    assert "#id_perspectives_0" in hrefs
    assert "#id_start_0" in hrefs  # the day box
    for href in hrefs:
        assert find_all(html, id=href[1:]), f"{href} links to nothing"


def test_field_with_error_is_marked_for_screen_readers():
    html = str(_submitted(name=""))
    group = find(html, "input", id="id_name").ancestors[-1]
    assert {"govuk-form-group", "govuk-form-group--error"} <= group.classes
    field = find(html, "input", id="id_name")
    assert "govuk-input--error" in field.classes
    assert field.attrs["aria-describedby"] == "id_name-hint id_name-error"
    message = find(html, "p", "govuk-error-message", id="id_name-error")
    assert find_all(html, "span", "govuk-visually-hidden")
    assert message.words == "Error: Enter name"


def test_fieldset_describedby_includes_hint_and_error():
    html = str(_submitted())
    assert find(html, "fieldset", aria_describedby="id_slice-hint id_slice-error")
    assert find(html, "p", "govuk-error-message", id="id_slice-error")


def test_select_textarea_and_file_upload_show_errors():
    html = str(_submitted())
    assert "govuk-select--error" in find(html, "select", id="id_phase").classes
    assert "govuk-textarea--error" in find(html, "textarea", id="id_summary").classes
    assert "govuk-file-upload--error" in find(html, "input", id="id_attachment").classes


def test_non_field_errors_are_in_the_summary():
    class DatesForm(forms.Form):
        default_renderer = GovUKFormRenderer
        title = forms.CharField()

        def clean(self):
            raise forms.ValidationError("Projects cannot overlap")

    html = str(DatesForm(data={"title": "x"}))
    link = find(html, "a", href="#id_title")
    assert link.words == "Projects cannot overlap"
    assert link.inside("div", "govuk-error-summary")


def test_valid_form_has_no_summary():
    form = _submitted(
        name="Family hubs",
        password="x",
        budget="1",
        website="https://example.org",
        summary="s",
        phase="explore",
        slice="lived",
        perspectives=["lived"],
        confirm="on",
        start_day="27",
        start_month="3",
        start_year="2026",
        version="1",
    )
    form.files = {"attachment": SimpleUploadedFile("a.csv", b"a,b")}
    form.full_clean()
    assert form.is_valid(), form.errors
    assert not find_all(str(form), "div", "govuk-error-summary")


def test_inline_radios_class_goes_on_the_list():
    class YesNo(forms.Form):
        default_renderer = GovUKFormRenderer
        answer = forms.ChoiceField(
            choices=[("yes", "Yes"), ("no", "No")],
            widget=forms.RadioSelect(attrs={"class": "govuk-radios--inline"}),
        )

    html = str(YesNo())
    assert find(html, "div", "govuk-radios--inline")
    assert find_all(html, "input", type="radio")[0].classes == {"govuk-radios__input"}


def test_hidden_input_with_an_error_points_nowhere():
    hidden = find(str(_submitted()), "input", type="hidden", name="version")
    assert not hidden.has("aria-describedby")


def test_generic_required_message_is_made_specific_for_display():
    form = _submitted()
    html = str(form)
    summary = [a.words for a in find_all(html, "a") if a.inside("div", "govuk-error-summary")]
    assert "Enter name" in summary
    assert "Select phase" in summary
    assert "Select slice" in summary
    assert "This field is required." not in summary[1:]  # only the hidden field's
    assert form.errors["name"] == ["This field is required."]


def test_authored_messages_are_shown_as_written():
    class Named(forms.Form):
        default_renderer = GovUKFormRenderer
        name = forms.CharField(error_messages={"required": "Enter a project name"})

    html = str(Named(data={}))
    assert find(html, "a", href="#id_name").words == "Enter a project name"
