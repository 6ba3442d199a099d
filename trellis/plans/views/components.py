from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from .. import presenters, services
from ..access import get_component_for_user
from ..forms import ORDER_CHANGED, CoreComponentForm, MoveForm, ReorderForm
from ..ordering import in_new_order
from .editing import edit_record


@access("viewer")
def components(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    listed = presenters.component_lists(project)
    return render(request, "plans/components.html", {
        "nav": "portfolio", "project": project, "current": listed.current,
        "retired": listed.retired,
    })


@access("editor", methods=("GET", "POST"))
def add_component(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = CoreComponentForm(posted(request))
    if request.method == "POST" and form.is_valid():
        component = services.add_component(project=project, created_by=request.user,
                                           **form.values())
        messages.success(request, f"Core component \u2018{component.name}\u2019 added")
        return redirect("plans:components", project_pk=project.pk)
    return render(request, "plans/component_form.html", {
        "nav": "portfolio", "project": project, "form": form, "adding": True})


@access("editor", methods=("GET", "POST"))
def edit_component(request: HttpRequest, project_pk: int, component_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    component = get_component_for_user(request, project, component_pk)
    return edit_record(
        request, record=component, form_class=CoreComponentForm,
        refetch=lambda: get_component_for_user(request, project, component_pk),
        save=lambda **values: services.update_component(component=component,
                                                        changed_by=request.user, **values),
        template="plans/component_form.html", context={"project": project},
        done="Core component saved",
        success_url=reverse("plans:components", args=[project.pk]))


@access("editor", methods=("POST",))
def retire_component(request: HttpRequest, project_pk: int, component_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    component = get_component_for_user(request, project, component_pk)
    services.retire_component(component=component, retired_by=request.user)
    messages.success(request, f"Core component \u2018{component.name}\u2019 retired. It is "
                              "kept in the plan\u2019s history and can be restored")
    return redirect("plans:components", project_pk=project.pk)


@access("editor", methods=("POST",))
def restore_component(request: HttpRequest, project_pk: int, component_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    component = get_component_for_user(request, project, component_pk)
    services.restore_component(component=component, restored_by=request.user)
    messages.success(request, f"Core component \u2018{component.name}\u2019 restored, at the "
                              "end of the list")
    return redirect("plans:components", project_pk=project.pk)


@access("editor", methods=("POST",))
def move_component(request: HttpRequest, project_pk: int, component_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    component = get_component_for_user(request, project, component_pk)
    form = MoveForm(request.POST)
    if not form.is_valid() or component.is_retired:
        messages.error(request, "Choose whether to move a current component up or down")
    else:
        direction = form.cleaned_data["direction"]
        if services.move_component(component=component, direction=direction,
                                   moved_by=request.user):
            messages.success(request, f"\u2018{component.name}\u2019 moved {direction}")
        else:
            messages.info(request, f"\u2018{component.name}\u2019 is already "
                                   f"{'first' if direction == 'up' else 'last'}")
    return redirect(reverse("plans:components", args=[project.pk]) + f"#component-{component.pk}")


@access("editor", methods=("GET", "POST"))
def reorder_components(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    current = list(project.core_components.current().order_by("position", "pk"))
    form = ReorderForm(posted(request), components=current)
    if request.method == "POST" and form.is_valid():
        try:
            services.reorder_components(project=project, order=in_new_order(form.positions()),
                                        changed_by=request.user)
        except services.OrderChangedError:
            current = list(project.core_components.current().order_by("position", "pk"))
            form = ReorderForm(components=current)
            messages.error(request, ORDER_CHANGED + ".")
        else:
            messages.success(request, "New order of the core components saved")
            return redirect("plans:components", project_pk=project.pk)
    return render(request, "plans/reorder.html", {
        "nav": "portfolio", "project": project, "form": form, "current": current})
