"""The plan's own sections of Figure 5: the problem (why), the core
components (what), implementation outcomes (how well) and final outcomes
(and so?). Each is written into every revision, in a fixed number of queries."""

from trellis.framework.loader import get_framework
from trellis.projects.models import Project

from .models import Perspective
from .sections import plan_section

PERSPECTIVE_ORDER = {value: i for i, value in enumerate(Perspective.values)}


@plan_section("problem", "Problem", column="why", order=10, edit_url="plans:problem")
def problem_section(project: Project) -> list[dict]:
    perspectives = sorted(project.problem_perspectives.prefetch_related("evidence"),
                          key=lambda p: PERSPECTIVE_ORDER.get(p.perspective, 99))
    return [{
        "key": f"problem-{p.pk}",
        "group": p.get_perspective_display(),
        "title": p.text,
        "evidence": [{"pk": e.pk, "title": e.title}
                     for e in sorted(p.evidence.all(), key=lambda e: (e.title, e.pk))],
        "labels": {"group": "Perspective", "title": "The need"},
    } for p in perspectives]


@plan_section("components", "Core components", column="what", order=20,
              edit_url="plans:components")
def components_section(project: Project) -> list[dict]:
    return [{
        "key": f"component-{c.pk}",
        "title": c.name,
        "detail": f"Done well: {c.done_well}" if c.done_well else "",
        "position": number,
        "fields": {"What must stay fixed (tight)": c.must_stay_fixed,
                   "What can be adapted (loose)": c.can_adapt},
        "labels": {"title": "Name", "detail": "What it looks like when done well"},
    } for number, c in enumerate(project.core_components.current().order_by("position", "pk"),
                                 start=1)]


@plan_section("implementation-outcomes", "Implementation outcomes", column="how_well",
              order=40, edit_url="plans:outcomes")
def implementation_outcomes_section(project: Project) -> list[dict]:
    framework = get_framework().outcomes
    types = {t.slug: t.name for t in framework.types}
    terms = {t.slug: (i, t.name) for i, t in enumerate(framework.terms)}
    outcomes = sorted(project.implementation_outcomes.all(),
                      key=lambda o: (terms.get(o.term, (99, ""))[0], o.position, o.pk))
    return [{
        "key": f"outcome-{o.pk}",
        "title": o.statement,
        "label": types.get(o.outcome_type, o.outcome_type),
        "group": terms.get(o.term, (99, o.term))[1],
        "detail": f"Target: {o.target}" if o.target else "",
        "labels": {"title": "Outcome", "label": "Type", "group": "Term", "detail": "Target"},
    } for o in outcomes]


@plan_section("final-outcomes", "Final outcomes", column="and_so", order=50,
              edit_url="plans:final_outcomes")
def final_outcomes_section(project: Project) -> list[dict]:
    audiences = {a.slug: (i, a.name) for i, a in enumerate(get_framework().outcomes.audiences)}
    outcomes = sorted(project.final_outcomes.all(),
                      key=lambda o: (audiences.get(o.audience, (99, ""))[0], o.pk))
    return [{
        "key": f"final-{o.pk}",
        "title": o.statement,
        "group": audiences.get(o.audience, (99, o.audience))[1],
        "detail": f"How it will be measured: {o.how_measured}" if o.how_measured else "",
        "labels": {"title": "Outcome", "group": "For", "detail": "How it will be measured"},
    } for o in outcomes]
