"""The plan as a Word document in the Figure 5 layout, and as a printable page."""

import io
import time

from django.urls import reverse
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from tests.plans.factories import CoreComponentFactory, ImplementationOutcomeFactory
from trellis.plans import services
from trellis.plans.demo import COMPONENTS
from trellis.plans.layout import arrange
from trellis.plans.sections import plan_content, sections
from trellis.plans.word import plan_document

HEADINGS = ["Problem", "Intervention", "Implementation strategies", "Implementation outcomes",
            "Final outcomes"]


def docx_of(response) -> Document:
    assert response.status_code == 200
    assert response["Content-Type"] == ("application/vnd.openxmlformats-officedocument."
                                        "wordprocessingml.document")
    return Document(io.BytesIO(response.content))


def all_text(document) -> str:
    table_text = [p.text for t in document.tables for cell in t._cells for p in cell.paragraphs]
    return "\n".join([p.text for p in document.paragraphs] + table_text)


def test_word_document_in_the_figure_5_layout(viewer_client, project, fgc_plan):
    response = viewer_client.get(reverse("plans:export_docx", args=[project.pk]))
    assert 'filename="family-group-conferences-plan.docx"' in response["Content-Disposition"]
    document = docx_of(response)
    page = document.sections[0]
    assert page.orientation == WD_ORIENT.LANDSCAPE and page.page_width > page.page_height
    assert document.paragraphs[0].style.name == "Heading 1"
    assert document.paragraphs[0].text == "Implementation plan: Family Group Conferences"
    (table,) = document.tables
    header = table.rows[0]
    assert [cell.paragraphs[0].runs[0].text for cell in header.cells] == HEADINGS
    marker = header._tr.trPr.find(qn("w:tblHeader"))
    assert marker is not None and marker.get(qn("w:val")) == "true"
    intervention = table.rows[1].cells[1]
    numbered = [p.text for p in intervention.paragraphs if p.style.name == "List Number"]
    assert numbered == [name for name, *_ in COMPONENTS]
    outcomes = table.rows[1].cells[3]
    assert [p.text for p in outcomes.paragraphs if p.style.name.startswith("Heading")] == [
        "Short term", "Medium term", "Long term"]
    assert "Buy-in: FGC team and partner organisations are enthusiastic about the approach" in [
        p.text for p in outcomes.paragraphs]
    text = all_text(document)
    assert "Children less likely to go into care" in text


def test_word_document_of_an_earlier_revision(viewer_client, project, fgc_plan, editor):
    services.retire_component(component=fgc_plan[0], retired_by=editor)
    live = all_text(docx_of(viewer_client.get(reverse("plans:export_docx", args=[project.pk]))))
    assert fgc_plan[0].name not in live
    response = viewer_client.get(reverse("plans:export_docx", args=[project.pk]),
                                 {"revision": 1})
    assert "plan-revision-1.docx" in response["Content-Disposition"]
    earlier = all_text(docx_of(response))
    assert fgc_plan[0].name in earlier and "Revision 1, saved" in earlier


def test_a_missing_or_bad_revision_is_404(viewer_client, project):
    url = reverse("plans:export_docx", args=[project.pk])
    assert viewer_client.get(url, {"revision": 4}).status_code == 404
    assert viewer_client.get(url, {"revision": "x"}).status_code == 404
    assert viewer_client.get(reverse("plans:print", args=[project.pk]),
                             {"revision": 4}).status_code == 404


def test_other_apps_sections_and_flags_are_in_the_document(project, extra_section):
    extra_section("test-how", "Implementation strategies", "how", [
        {"key": "s-1", "title": "Training", "group": "Key stages of delivery"}])
    extra_section("test-adapt", "Adaptations", "", [
        {"key": "a-1", "title": "Shorter sessions", "flag": "Touches a core component"}],
        order=90)
    document = Document(io.BytesIO(plan_document(arrange(plan_content(project), sections()),
                                                 title="Plan", subtitle="Now")))
    how = [(p.style.name, p.text) for p in document.tables[0].rows[1].cells[2].paragraphs]
    group = next(i for i, (style, text) in enumerate(how)
                 if style.startswith("Heading") and text == "Key stages of delivery")
    assert how[group + 1] == ("List Bullet", "Training")
    body = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Heading 2", "Adaptations") in body
    assert ("List Bullet", "Shorter sessions [Touches a core component]") in body


def test_a_big_plan_exports_quickly(project):
    for n in range(300):
        CoreComponentFactory(project=project, name=f"Core component {n}",
                             done_well="Done well " * 20)
        ImplementationOutcomeFactory(project=project, statement=f"Outcome {n} " * 10,
                                     target="By March")
    plan = arrange(plan_content(project), sections())
    started = time.perf_counter()
    document = plan_document(plan, title="Big plan", subtitle="Now")
    assert time.perf_counter() - started < 1.0
    assert len(document) > 10_000


def test_printable_page(viewer_client, project, fgc_plan):
    page = viewer_client.get(reverse("plans:print", args=[project.pk])).content.decode()
    assert '<body class="govuk-template__body trellis-print">' in page
    assert "<script" not in page
    assert "<thead>" in page and all(f'<th scope="col">{h} (' in page for h in HEADINGS)
    assert all(name in page for name, *_ in COMPONENTS)
    assert "plans/plan.css" in page
    earlier = viewer_client.get(reverse("plans:print", args=[project.pk]), {"revision": 1}
                                ).content.decode()
    assert "Revision 1, saved" in earlier
