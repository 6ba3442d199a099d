from functools import partial

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify

from trellis.core.conflicts import rebased
from trellis.core.downloads import csv_download, xlsx_download
from trellis.core.editing import save_or_conflict
from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from . import criteria, exports, presenters, services
from .access import get_candidate_for_user, get_criterion_or_404
from .forms import AppraisalForm, CandidateForm, DecisionForm

STALE = ("Someone else saved a change here while you were working on it. Your changes have "
         "not been saved yet: they are still in the form. Check them against the latest "
         "saved version, then save again.")
PROJECT_CHANGED = ("The project was changed by someone else while you were recording this "
                   "decision, so nothing has been saved. Check the details and record it again.")
NAV = "portfolio"


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "decisions/index.html", {
        "nav": NAV, "project": project, "stages": criteria.STAGES,
        "rows": presenters.candidate_rows(project),
        "decisions": project.decisions.select_related("recorded_by"),
    })


@access("editor", methods=("GET", "POST"))
def add_candidate(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = CandidateForm(posted(request))
    if request.method == "POST" and form.is_valid():
        candidate = services.add_candidate(project=project, created_by=request.user,
                                           **form.cleaned_data)
        messages.success(request, f"'{candidate.name}' added as a candidate approach")
        return redirect("decisions:candidate", project_pk=project.pk,
                        candidate_pk=candidate.pk)
    return render(request, "decisions/add_candidate.html",
                  {"nav": NAV, "project": project, "form": form})


@access("viewer")
def candidate(request: HttpRequest, project_pk: int, candidate_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    chosen = get_candidate_for_user(request, project, candidate_pk)
    return render(request, "decisions/candidate.html", {
        "nav": NAV, "project": project, "candidate": chosen,
        "sections": presenters.appraisal_sections(chosen),
    })


@access("editor", methods=("GET", "POST"))
def edit_candidate(request: HttpRequest, project_pk: int, candidate_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    chosen = get_candidate_for_user(request, project, candidate_pk)
    form = CandidateForm(posted(request), instance=chosen)
    latest = None
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        conflict = save_or_conflict(
            form, partial(services.update_candidate, candidate=chosen,
                          changed_by=request.user, **fields),
            reload=lambda: get_candidate_for_user(request, project, candidate_pk),
            message=STALE)
        if not conflict:
            messages.success(request, "Candidate approach saved")
            return redirect("decisions:candidate", project_pk=project.pk,
                            candidate_pk=chosen.pk)
        latest, form = conflict.latest, conflict.form
    return render(request, "decisions/edit_candidate.html", {
        "nav": NAV, "project": project, "candidate": chosen, "form": form, "latest": latest})


@access("editor", methods=("GET", "POST"))
def remove_candidate(request: HttpRequest, project_pk: int, candidate_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    chosen = get_candidate_for_user(request, project, candidate_pk)
    in_use = False
    if request.method == "POST":
        try:
            services.remove_candidate(candidate=chosen, removed_by=request.user)
        except services.CandidateInUseError:
            in_use = True
        else:
            messages.success(request, f"'{chosen.name}' removed")
            return redirect("decisions:index", project_pk=project.pk)
    return render(request, "decisions/remove_candidate.html", {
        "nav": NAV, "project": project, "candidate": chosen, "in_use": in_use,
        "appraisals": chosen.appraisals.count()})


@access("editor", methods=("GET", "POST"))
def appraise(request: HttpRequest, project_pk: int, candidate_pk: int,
             criterion_slug: str) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    chosen = get_candidate_for_user(request, project, candidate_pk)
    criterion = get_criterion_or_404(criterion_slug)
    current = chosen.appraisals.filter(criterion=criterion.slug).prefetch_related(
        "evidence").first()
    initial = {"version": 0}
    if current:
        initial = {"rating": current.rating, "rationale": current.rationale,
                   "evidence": list(current.evidence.all()), "version": current.version}
    options = {"project": project, "criterion": criterion}
    form = AppraisalForm(posted(request), initial=initial, **options)
    latest = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.appraise(candidate=chosen, criterion=criterion.slug, rating=data["rating"],
                              rationale=data["rationale"], evidence=data["evidence"],
                              version=data["version"] or 0, appraised_by=request.user)
        except services.StaleEditError:
            latest = chosen.appraisals.filter(criterion=criterion.slug).prefetch_related(
                "evidence").first()
            form = rebased(AppraisalForm, request.POST, latest.version if latest else 0, STALE,
                           **options)
        else:
            messages.success(request, f"'{chosen.name}' appraised for {criterion.name.lower()}")
            following = criteria.next_to_appraise(
                criterion.slug, chosen.appraisals.values_list("criterion", flat=True))
            if following:
                return redirect("decisions:appraise", project_pk=project.pk,
                                candidate_pk=chosen.pk, criterion_slug=following.slug)
            return redirect("decisions:candidate", project_pk=project.pk,
                            candidate_pk=chosen.pk)
    return render(request, "decisions/appraise.html", {
        "nav": NAV, "project": project, "candidate": chosen, "criterion": criterion,
        "stage": criteria.stage(criterion.stage), "form": form, "latest": latest,
        "latest_rating": criteria.rating_text(latest.rating) if latest else "",
    })


@access("viewer")
def compare(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "decisions/compare.html", {
        "nav": NAV, "project": project,
        "table": presenters.comparison_table(project, request.GET.get("sort")),
    })


def _filename(project, extension: str) -> str:
    return f"{slugify(project.title)[:60] or 'project'}-candidate-comparison.{extension}"


@access("viewer")
def compare_csv(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    sheet = exports.comparison_sheet(project, request.GET.get("sort"))
    return csv_download(_filename(project, "csv"), sheet.columns, sheet.rows)


@access("viewer")
def compare_xlsx(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    sheets = [exports.comparison_sheet(project, request.GET.get("sort")),
              exports.appraisals_sheet(project)]
    return xlsx_download(_filename(project, "xlsx"), sheets)


@access("editor", methods=("GET", "POST"))
def record_decision(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = DecisionForm(posted(request), project=project)
    if request.method == "POST" and form.is_valid():
        try:
            decision = services.record_decision(project=project, recorded_by=request.user,
                                                **form.decision())
        except services.StaleEditError:
            form.add_error(None, PROJECT_CHANGED)
        else:
            messages.success(request, f"Decision recorded: {decision.summary}")
            return redirect("decisions:index", project_pk=project.pk)
    return render(request, "decisions/record_decision.html",
                  {"nav": NAV, "project": project, "form": form})
