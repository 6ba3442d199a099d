"""The plan as a whole: the live plan, its history, the plan as it stood on
a date or at a revision, two revisions compared, and the plan to print or
download as a Word document."""

from datetime import datetime, time, timedelta

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify

from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user
from trellis.projects.models import Project

from .. import presenters, word
from ..access import get_revision_for_user
from ..forms import AsOfForm, CompareForm
from ..models import PlanRevision
from ..sections import plan_content

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _chosen(request: HttpRequest, project: Project) -> tuple[PlanRevision | None, dict]:
    """The revision named by ?revision=N and its content, or the live plan."""
    number = request.GET.get("revision", "")
    if not number:
        return None, plan_content(project)
    if not number.isdigit():
        raise Http404
    revision = get_revision_for_user(request, project, int(number))
    return revision, revision.content


def _latest(project: Project) -> PlanRevision | None:
    return (project.plan_revisions.select_related("created_by").defer("content")
            .order_by("-number").first())


@access("viewer")
def detail(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    editable = request.membership.can_edit
    return render(request, "plans/detail.html", {
        "nav": "portfolio", "project": project, "latest": _latest(project),
        "plan": presenters.plan_layout(project, plan_content(project), editable=editable),
        "findings": presenters.plan_findings(project),
    })


@access("viewer")
def print_plan(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    revision, content = _chosen(request, project)
    return render(request, "plans/print.html", {
        "project": project, "revision": revision, "latest": revision or _latest(project),
        "plan": presenters.plan_layout(project, content, editable=False),
    })


@access("viewer")
def export_docx(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    revision, content = _chosen(request, project)
    source = revision or _latest(project)
    document = word.plan_document(
        presenters.plan_layout(project, content, editable=False),
        title=f"Implementation plan: {project.title}",
        subtitle=presenters.document_subtitle(project, revision, source))
    name = slugify(project.title)[:60] or "project"
    suffix = f"-revision-{revision.number}" if revision else ""
    response = HttpResponse(document, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="{name}-plan{suffix}.docx"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@access("viewer")
def revisions(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    page = presenters.revision_page(project, request.GET.get("page"))
    return render(request, "plans/revisions.html", {
        "nav": "portfolio", "project": project, "page": page,
        "rows": presenters.revision_rows(project, page)})


@access("viewer")
def revision(request: HttpRequest, project_pk: int, revision_number: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    shown = get_revision_for_user(request, project, revision_number)
    return _revision_page(request, project, shown)


def _revision_page(request: HttpRequest, project: Project, shown: PlanRevision,
                   as_of=None) -> HttpResponse:
    return render(request, "plans/revision.html", {
        "nav": "portfolio", "project": project, "revision": shown, "as_of": as_of,
        "who": presenters.who(shown),
        "plan": presenters.plan_layout(project, shown.content, editable=False),
    })


@access("viewer")
def as_of(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = AsOfForm(request.GET if "date" in request.GET else None,
                    today=timezone.localdate())
    if form.is_valid():
        day = form.cleaned_data["date"]
        end = timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))
        found = (project.plan_revisions.filter(created_at__lt=end)
                 .select_related("created_by").order_by("-number").first())
        if found is not None:
            return _revision_page(request, project, found, as_of=day)
        form.add_error("date", presenters.no_revision_by(project, day))
    return render(request, "plans/as_of.html", {
        "nav": "portfolio", "project": project, "form": form})


@access("viewer")
def compare(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    numbers = list(project.plan_revisions.order_by("-number").values_list("number", flat=True))
    if "from" in request.GET or "to" in request.GET:
        data = request.GET
    else:
        data = {"from": numbers[1], "to": numbers[0]} if len(numbers) > 1 else None
    form = CompareForm(data, numbers=set(numbers))
    changes = before = after = None
    if form.is_valid():
        chosen = sorted({form.cleaned_data["from"], form.cleaned_data["to"]})
        found = {r.number: r for r in project.plan_revisions.filter(number__in=chosen)
                 .select_related("created_by")}
        before, after = found[chosen[0]], found[chosen[-1]]
        changes = presenters.comparison(before, after)
    return render(request, "plans/compare.html", {
        "nav": "portfolio", "project": project, "form": form, "enough": len(numbers) > 1,
        "before": before, "after": after, "changes": changes,
    })
