"""Candidates and their ratings from the database, in two queries whatever the
number of candidates, for the comparison page and its downloads."""

from django.db.models import Prefetch

from trellis.projects.models import Project

from .comparison import Scores, order
from .models import Appraisal, Candidate


def candidates_with_ratings(project: Project) -> list[Candidate]:
    ratings = Appraisal.objects.only("candidate_id", "criterion", "rating")
    return list(project.candidates.prefetch_related(Prefetch("appraisals", queryset=ratings)))


def scores_for(candidate: Candidate) -> Scores:
    return Scores(candidate.pk, candidate.name,
                  {a.criterion: a.rating for a in candidate.appraisals.all()})


def ordered_scores(project: Project, sort: str | None) -> list[tuple[Candidate, Scores]]:
    """(candidate, scores) pairs in the order asked for."""
    candidates = {c.pk: c for c in candidates_with_ratings(project)}
    ordered = order([scores_for(c) for c in candidates.values()], sort)
    return [(candidates[s.key], s) for s in ordered]
