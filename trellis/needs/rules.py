"""Critical-friend rules about the need, its root causes and what is already
going on (Explore: "What's the problem, and what's already going on?")."""

from trellis.core.words import counted
from trellis.insights.engine import Severity, rule

from .snapshot import NeedsFacts

GUIDE = "explore-problem-and-current-practice"
SLUGS = ("root-cause-without-evidence", "root-cause-single-slice", "need-or-population-not-stated",
         "current-practice-not-recorded")


def _needs(p) -> NeedsFacts | None:
    """The needs facts of an open project, or None when there is nothing to check."""
    if getattr(p, "status", "") == "closed":
        return None
    return p.part("needs")


@rule("root-cause-without-evidence", guide=GUIDE)
def root_cause_without_evidence(p):
    needs = _needs(p)
    if needs is None:
        return
    hunches = [c for c in needs.root_causes if c.is_hunch]
    if not hunches:
        return
    first = f"'{hunches[0].statement}'"
    if len(hunches) == 1:
        yield Severity.WARNING, (f"1 root cause has no supporting evidence: {first}. Until "
                                 "evidence supports it, treat it as a hunch: link evidence "
                                 "to it, or look for some.")
    else:
        yield Severity.WARNING, (f"{len(hunches)} root causes have no supporting evidence, "
                                 f"starting with {first}. Until evidence supports them, treat "
                                 "them as hunches: link evidence to them, or look for some.")


@rule("root-cause-single-slice", guide=GUIDE)
def root_cause_single_slice(p):
    needs = _needs(p)
    if needs is None:
        return
    single = [c for c in needs.root_causes if len(c.slices) == 1]
    if single:
        yield Severity.NOTE, (
            f"{counted(len(single), 'root cause rests', 'root causes rest')} on one slice of "
            f"the Evidence Pie only, such as '{single[0].statement}'. Triangulate: look for "
            "evidence of another kind that confirms or challenges it.")


@rule("need-or-population-not-stated", guide=GUIDE)
def need_or_population_not_stated(p):
    needs = _needs(p)
    if needs is None:
        return
    if not needs.has_need and not needs.has_target_population:
        yield Severity.NOTE, ("The project does not state the child and family need or its "
                              "target population yet. Say what the need is and who the "
                              "service is for.")
    elif not needs.has_target_population:
        yield Severity.NOTE, ("No target population is stated. Say who the service or "
                              "intervention is for.")
    elif not needs.has_need:
        yield Severity.NOTE, ("The child and family need is not stated. Say, in a sentence "
                              "or two, what need the project addresses.")


@rule("current-practice-not-recorded", guide=GUIDE)
def current_practice_not_recorded(p):
    needs = _needs(p)
    if needs is None or getattr(p, "phase", "") != "explore":
        return
    if needs.root_causes and not needs.practice_notes:
        yield Severity.NOTE, ("Nothing is recorded about what is already going on. Note "
                              "current practice and what influences it before deciding what "
                              "to implement.")
