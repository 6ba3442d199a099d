"""The decision tool's part of a project's snapshot, in two queries."""

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .criteria import stages_complete
from .snapshot import CandidateFacts, DecisionFacts


@snapshot_part("decisions")
def decision_facts(project: Project) -> DecisionFacts:
    rated: dict[int, set[str]] = {}
    names: dict[int, str] = {}
    rows = project.candidates.order_by("name", "pk").values_list(
        "pk", "name", "appraisals__criterion")
    for pk, name, criterion in rows:
        names[pk] = name
        if criterion:
            rated.setdefault(pk, set()).add(criterion)
    candidates = tuple(CandidateFacts(name, stages_complete(rated.get(pk, ())))
                       for pk, name in names.items())
    return DecisionFacts(candidates=candidates, decisions=project.decisions.count())
