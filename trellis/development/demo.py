"""The professional development in the framework's example plan (its Figure
5: Family Group Conferences at the pre-proceedings stage), for the demo."""

from datetime import date

from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import Kind, PdActivity
from .services import add_activity

# (name, kind, audience, starts, ends, mechanisms); the first is the training
# the others follow on from.
FGC_TRAINING = (
    "Training on the UK standards from an accredited provider", Kind.TRAINING,
    "FGC co-ordinators", date(2025, 9, 8), date(2025, 9, 12),
    ["manage-cognitive-load", "credible-source", "instruct-technique", "model-technique",
     "rehearse-technique"],
)
FGC_FOLLOW_ON = [
    ("Ongoing CPD with national and local networks", Kind.PEER_LEARNING,
     "FGC co-ordinators", date(2025, 10, 1), None,
     ["revisit-prior-learning", "arrange-social-support", "affirmation-and-reinforcement"]),
    ("Support and supervision from the local team after induction", Kind.SUPERVISION,
     "FGC co-ordinators", date(2025, 9, 15), None,
     ["set-and-agree-goals", "monitor-and-feedback", "action-planning",
      "encourage-monitoring"]),
    ("Structured team sessions to overcome barriers, led by the FGC service lead",
     Kind.PEER_LEARNING, "The FGC team", date(2025, 10, 6), None,
     ["arrange-social-support", "prompts-and-cues", "context-specific-repetition"]),
]


def _add(project: Project, user: User, row: tuple, follow_on_of: PdActivity | None = None
         ) -> PdActivity:
    name, kind, audience, starts, ends, mechanisms = row
    return add_activity(project=project, created_by=user, name=name, kind=kind,
                        audience=audience, starts_on=starts, ends_on=ends,
                        follow_on_of=follow_on_of, mechanisms=mechanisms)


def add_fgc_development(project: Project, user: User) -> list[PdActivity]:
    """The example plan's training and the follow-on support linked to it,
    using mechanisms from all four groups."""
    training = _add(project, user, FGC_TRAINING)
    return [training, *(_add(project, user, row, training) for row in FGC_FOLLOW_ON)]
