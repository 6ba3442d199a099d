"""The decision tool's criteria: suitability first, then feasibility.

Written from the framework's Explore phase ("A tool for making
evidence-informed implementation decisions"): a candidate approach is first
weighed for suitability (does it meet the need, is there evidence, does it fit
here?) and then for the practical side of feasibility. Every question is
phrased so that 5 is the favourable end of the scale.

Plain Python, no Django: pages, rules and exports all read it."""

from collections.abc import Iterable
from dataclasses import dataclass

SUITABILITY = "suitability"
FEASIBILITY = "feasibility"

RATING_MIN = 1
RATING_MAX = 5
# What each point on the 1 to 5 scale means, for every criterion.
RATING_LABELS = {1: "very poorly", 2: "poorly", 3: "partly", 4: "well", 5: "very well"}


@dataclass(frozen=True)
class Stage:
    slug: str
    number: int
    name: str
    summary: str


@dataclass(frozen=True)
class Criterion:
    slug: str
    stage: str
    name: str
    question: str
    hint: str


STAGES = (
    Stage(SUITABILITY, 1, "Suitability",
          "Weigh this first: does the approach meet the need we defined, is there evidence "
          "it has worked, and does it fit our area?"),
    Stage(FEASIBILITY, 2, "Feasibility",
          "Then the practical side: how manageable would it be to implement here?"),
)

CRITERIA = (
    Criterion(
        "addresses-need", SUITABILITY, "Addresses the need",
        "How squarely does the approach address the child and family need we defined?",
        "Ask this first. Check it meets the root cause rather than the presenting problem. "
        "If it does not address the need, the other criteria matter little.",
    ),
    Criterion(
        "research-evidence", SUITABILITY, "Evidence of what worked",
        "How strong is the research evidence that it has worked elsewhere, and for whom?",
        "Robust evaluations in areas like ours, with consistent positive effects, are rare. "
        "Weigh the best evidence there is alongside local practical knowledge. The "
        "Foundations Toolkit is a good place to start.",
    ),
    Criterion(
        "local-fit", SUITABILITY, "Fit with our area",
        "How well does it fit our local area's context, values and current practice?",
        "How similar is the setting where it worked to ours? Where would current practice "
        "need to change? If current practice is strong but patchy, doing it more "
        "consistently may be the better choice.",
    ),
    Criterion(
        "simple", FEASIBILITY, "Simple",
        "How simple is the approach to implement?",
        "The more elements an approach has, the harder it tends to be to implement. A "
        "complex approach can still be worth it, but needs things like active senior "
        "buy-in and strong partnerships.",
    ),
    Criterion(
        "well-specified", FEASIBILITY, "Well-specified",
        "How clearly are its essential elements specified?",
        "Clarity about the essential elements, the practice expected and what can and "
        "cannot be adapted helps everyone understand what is being implemented, and "
        "supports fidelity.",
    ),
    Criterion(
        "well-resourced", FEASIBILITY, "Well-resourced",
        "How well is it supported by resources, delivery guidance and professional "
        "development?",
        "Supporting materials, structured delivery guidelines and good professional "
        "development make implementation easier. Well-evidenced external programmes often "
        "bring this support with them.",
    ),
    Criterion(
        "measurable", FEASIBILITY, "Measurable",
        "How measurable are its outcomes?",
        "Look for outcomes you can observe and tools to measure them, so you can learn how "
        "implementation is going and show its impact. A clear theory of change helps.",
    ),
    Criterion(
        "pinch-points", FEASIBILITY, "Known pinch points",
        "How well do we know its implementation pinch points, and can we plan around them?",
        "The evidence often shows where implementation gets stuck, such as recruiting "
        "parents to a programme. Strong referral pathways and partners who can identify "
        "families help to avoid them.",
    ),
    Criterion(
        "capacity-and-cost", FEASIBILITY, "Capacity and cost",
        "How manageable are the capacity and cost of delivering it here?",
        "Think about time, people and roles, data systems and budget, and whether staff "
        "have the motivation, knowledge and skills to deliver it.",
    ),
)

_BY_SLUG = {c.slug: c for c in CRITERIA}
_STAGES = {s.slug: s for s in STAGES}


def criterion(slug: str) -> Criterion:
    """The criterion with this slug; KeyError if there is none."""
    return _BY_SLUG[slug]


def stage(slug: str) -> Stage:
    return _STAGES[slug]


def for_stage(stage_slug: str) -> tuple[Criterion, ...]:
    return tuple(c for c in CRITERIA if c.stage == stage_slug)


def choices() -> list[tuple[str, str]]:
    """(slug, name) pairs for a model field."""
    return [(c.slug, c.name) for c in CRITERIA]


def rating_text(rating: int) -> str:
    """'4 out of 5 (well)'."""
    return f"{rating} out of {RATING_MAX} ({RATING_LABELS[rating]})"


def stages_complete(rated: Iterable[str]) -> frozenset[str]:
    """The stages in which every criterion has been rated."""
    done = set(rated)
    return frozenset(s.slug for s in STAGES if all(c.slug in done for c in for_stage(s.slug)))


def next_to_appraise(after: str, rated: Iterable[str]) -> Criterion | None:
    """The first criterion after `after`, in the tool's order, not yet rated."""
    done = set(rated)
    slugs = [c.slug for c in CRITERIA]
    for slug in slugs[slugs.index(after) + 1:]:
        if slug not in done:
            return _BY_SLUG[slug]
    return None
