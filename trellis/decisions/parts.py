"""The decision tool's part of a project's snapshot, in three queries."""

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .criteria import stages_complete
from .models import Appraisal
from .snapshot import CandidateFacts, DecisionFacts


@snapshot_part("decisions")
def decision_facts(project: Project) -> DecisionFacts:
    rated: dict[int, set[str]] = {}
    pairs = Appraisal.objects.filter(candidate__project=project).values_list(
        "candidate_id", "criterion")
    for candidate_id, criterion in pairs:
        rated.setdefault(candidate_id, set()).add(criterion)
    candidates = tuple(
        CandidateFacts(name, stages_complete(rated.get(pk, ())))
        for pk, name in project.candidates.order_by("name", "pk").values_list("pk", "name")
    )
    return DecisionFacts(candidates=candidates, decisions=project.decisions.count())
