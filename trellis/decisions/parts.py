"""The decision tool's part of a project's snapshot, in one query: the
candidates with the criteria they are rated on, and the number of decisions,
come back together (the project page builds every part on each view)."""

from django.db.models import CharField, Count, IntegerField, Value

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .criteria import stages_complete
from .snapshot import CandidateFacts, DecisionFacts

DECISIONS_ROW = -1  # the row that carries the number of decisions


@snapshot_part("decisions")
def decision_facts(project: Project) -> DecisionFacts:
    candidates = (project.candidates.order_by()
                  .annotate(n=Value(0, output_field=IntegerField()))
                  .values_list("pk", "name", "appraisals__criterion", "n"))
    decisions = (project.decisions.order_by().values("project")
                 .annotate(pk_=Value(DECISIONS_ROW, output_field=IntegerField()),
                           name_=Value("", output_field=CharField()),
                           criterion_=Value(None, output_field=CharField()), n=Count("pk"))
                 .values_list("pk_", "name_", "criterion_", "n"))
    rated: dict[int, set[str]] = {}
    names: dict[int, str] = {}
    count = 0
    for pk, name, criterion, n in candidates.union(decisions, all=True):
        if pk == DECISIONS_ROW:
            count = n
            continue
        names[pk] = name
        if criterion:
            rated.setdefault(pk, set()).add(criterion)
    ordered = sorted(names.items(), key=lambda item: (item[1], item[0]))
    return DecisionFacts(
        candidates=tuple(CandidateFacts(name, stages_complete(rated.get(pk, ())))
                         for pk, name in ordered),
        decisions=count,
    )
