"""Immutable objects holding the framework's content. Built only by ``load_framework``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal, NamedTuple

# Guide pages, in reading order. Each recommendation and each phase has a page.
RECOMMENDATION_SLUGS = ("rec-1-behaviours", "rec-2-contextual-factors", "rec-3-process")
PHASE_SLUGS = ("explore", "prepare", "deliver", "sustain")
EXTRA_PAGE_SLUGS = ("evidence-pie", "cfir", "outcomes", "professional-development")


class TextBlock(NamedTuple):
    """A paragraph (one item) or a bulleted list (one item per bullet)."""

    kind: Literal["paragraph", "list"]
    items: tuple[str, ...]


def text_blocks(text: str) -> tuple[TextBlock, ...]:
    """Split body text into blocks: blank lines separate paragraphs, "- " starts a bullet."""
    blocks: list[TextBlock] = []
    for chunk in text.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("- "):
            items: list[str] = []
            for line in lines:
                if line.startswith("- "):
                    items.append(line[2:].strip())
                else:  # a wrapped bullet continues the previous one
                    items[-1] = f"{items[-1]} {line}"
            blocks.append(TextBlock("list", tuple(items)))
        else:
            blocks.append(TextBlock("paragraph", (" ".join(lines),)))
    return tuple(blocks)


class SectionRef(NamedTuple):
    """A linkable part of the guide: the app links to /guide/<page>/#<anchor>."""

    anchor: str
    title: str
    page: str


class PageRef(NamedTuple):
    slug: str
    title: str


@dataclass(frozen=True)
class GuideSection:
    slug: str
    title: str
    body: str

    def blocks(self) -> tuple[TextBlock, ...]:
        return text_blocks(self.body)


@dataclass(frozen=True)
class Recommendation:
    slug: str
    number: int
    title: str
    summary: str
    points: tuple[str, ...]
    sections: tuple[GuideSection, ...]


@dataclass(frozen=True)
class Behaviour:
    slug: str
    title: str
    summary: str
    intro: str
    parts: tuple[GuideSection, ...]


@dataclass(frozen=True)
class ContextualFactor:
    slug: str
    title: str
    summary: str
    body: str
    key_points: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistItem:
    slug: str
    question: str
    phase: str


@dataclass(frozen=True)
class Phase:
    slug: str
    number: int
    name: str
    summary: str
    checklist_origin: str  # "framework": quoted from the framework; "derived": written from it
    sections: tuple[GuideSection, ...]
    checklist: tuple[ChecklistItem, ...]

    @property
    def checklist_anchor(self) -> str:
        return f"{self.slug}-checklist"


@dataclass(frozen=True)
class EvidenceSlice:
    slug: str
    name: str
    short_name: str
    description: str
    what: str
    found_where: str
    why_use: str


@dataclass(frozen=True)
class EvidencePie:
    title: str
    intro: str
    slices: tuple[EvidenceSlice, ...]


@dataclass(frozen=True)
class CfirTheme:
    theme: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class CfirDomain:
    slug: str
    number: int
    name: str
    question: str
    description: str
    facilitators: tuple[CfirTheme, ...]
    barriers: tuple[CfirTheme, ...]


@dataclass(frozen=True)
class Cfir:
    title: str
    intro: str
    limitations: str
    domains: tuple[CfirDomain, ...]


@dataclass(frozen=True)
class OutcomeType:
    slug: str
    name: str
    definition: str
    named_in_framework: bool


@dataclass(frozen=True)
class OutcomeTerm:
    slug: str
    name: str
    description: str


@dataclass(frozen=True)
class OutcomeAudience:
    slug: str
    name: str
    description: str


@dataclass(frozen=True)
class Outcomes:
    title: str
    intro: str
    types: tuple[OutcomeType, ...]
    terms: tuple[OutcomeTerm, ...]
    audiences: tuple[OutcomeAudience, ...]


@dataclass(frozen=True)
class PdMechanism:
    slug: str
    name: str
    description: str
    group: str


@dataclass(frozen=True)
class PdGroup:
    slug: str
    name: str
    purpose: str
    mechanisms: tuple[PdMechanism, ...]


@dataclass(frozen=True)
class ProfessionalDevelopment:
    title: str
    intro: str
    source_note: str
    groups: tuple[PdGroup, ...]


@dataclass(frozen=True)
class ReviewQuestion:
    slug: str
    question: str
    group: str


@dataclass(frozen=True)
class ReviewQuestionGroup:
    slug: str
    title: str
    intro: str
    questions: tuple[ReviewQuestion, ...]


@dataclass(frozen=True)
class DecisionOption:
    slug: str
    name: str
    description: str


@dataclass(frozen=True)
class Review:
    intro: str
    groups: tuple[ReviewQuestionGroup, ...]
    decisions: tuple[DecisionOption, ...]


@dataclass(frozen=True)
class Framework:
    """All of the framework's content. Lookups raise ``KeyError`` for an unknown slug."""

    content_version: str
    source: str
    recommendations: tuple[Recommendation, ...]
    behaviours: tuple[Behaviour, ...]
    contextual_factors: tuple[ContextualFactor, ...]
    phases: tuple[Phase, ...]
    evidence_pie: EvidencePie
    cfir: Cfir
    outcomes: Outcomes
    professional_development: ProfessionalDevelopment
    review: Review

    # -- flat views -------------------------------------------------------------------
    def all_checklist_items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for phase in self.phases for item in phase.checklist)

    def all_pd_mechanisms(self) -> tuple[PdMechanism, ...]:
        return tuple(m for g in self.professional_development.groups for m in g.mechanisms)

    def all_review_questions(self) -> tuple[ReviewQuestion, ...]:
        return tuple(q for g in self.review.groups for q in g.questions)

    # -- lookups by slug ------------------------------------------------------------
    @cached_property
    def _index(self) -> dict[str, dict[str, Any]]:
        kinds: dict[str, tuple[Any, ...]] = {
            "recommendation": self.recommendations,
            "behaviour": self.behaviours,
            "contextual factor": self.contextual_factors,
            "phase": self.phases,
            "checklist item": self.all_checklist_items(),
            "evidence slice": self.evidence_pie.slices,
            "CFIR domain": self.cfir.domains,
            "outcome type": self.outcomes.types,
            "outcome term": self.outcomes.terms,
            "outcome audience": self.outcomes.audiences,
            "PD group": self.professional_development.groups,
            "PD mechanism": self.all_pd_mechanisms(),
            "review question": self.all_review_questions(),
            "decision option": self.review.decisions,
        }
        index = {kind: {item.slug: item for item in items} for kind, items in kinds.items()}
        index["section"] = {ref.anchor: ref for ref in self.sections()}
        return index

    def _find(self, kind: str, slug: str) -> Any:
        try:
            return self._index[kind][slug]
        except KeyError:
            raise KeyError(f"no {kind} with slug {slug!r}") from None

    def recommendation(self, slug: str) -> Recommendation:
        return self._find("recommendation", slug)

    def behaviour(self, slug: str) -> Behaviour:
        return self._find("behaviour", slug)

    def contextual_factor(self, slug: str) -> ContextualFactor:
        return self._find("contextual factor", slug)

    def phase(self, slug: str) -> Phase:
        return self._find("phase", slug)

    def checklist_item(self, slug: str) -> ChecklistItem:
        return self._find("checklist item", slug)

    def slice(self, slug: str) -> EvidenceSlice:
        return self._find("evidence slice", slug)

    def cfir_domain(self, slug: str) -> CfirDomain:
        return self._find("CFIR domain", slug)

    def outcome_type(self, slug: str) -> OutcomeType:
        return self._find("outcome type", slug)

    def outcome_term(self, slug: str) -> OutcomeTerm:
        return self._find("outcome term", slug)

    def outcome_audience(self, slug: str) -> OutcomeAudience:
        return self._find("outcome audience", slug)

    def pd_group(self, slug: str) -> PdGroup:
        return self._find("PD group", slug)

    def pd_mechanism(self, slug: str) -> PdMechanism:
        return self._find("PD mechanism", slug)

    def review_question(self, slug: str) -> ReviewQuestion:
        return self._find("review question", slug)

    def decision_option(self, slug: str) -> DecisionOption:
        return self._find("decision option", slug)

    def section(self, anchor: str) -> SectionRef:
        return self._find("section", anchor)

    # -- the guide ------------------------------------------------------------------
    def pages(self) -> tuple[PageRef, ...]:
        """Every guide page, in reading order."""
        return (
            *(PageRef(r.slug, r.title) for r in self.recommendations),
            *(PageRef(p.slug, f"{p.name} phase") for p in self.phases),
            PageRef("evidence-pie", self.evidence_pie.title),
            PageRef("cfir", self.cfir.title),
            PageRef("outcomes", self.outcomes.title),
            PageRef("professional-development", self.professional_development.title),
        )

    def sections(self) -> tuple[SectionRef, ...]:
        """Every linkable guide section, page by page, in reading order.

        Anchors are unique across the whole guide, so an anchor alone identifies a section.
        """
        refs: list[SectionRef] = []

        def add(page: str, items: tuple[Any, ...], title: str = "title") -> None:
            refs.extend(SectionRef(i.slug, getattr(i, title), page) for i in items)

        rec1, rec2, rec3 = self.recommendations
        for behaviour in self.behaviours:
            add(rec1.slug, (behaviour,))
            add(rec1.slug, behaviour.parts)
        add(rec1.slug, rec1.sections)
        add(rec2.slug, self.contextual_factors)
        add(rec2.slug, rec2.sections)
        add(rec3.slug, rec3.sections)
        for phase in self.phases:
            add(phase.slug, phase.sections)
            if phase.slug == "sustain":
                add(phase.slug, self.review.groups)
            refs.append(SectionRef(phase.checklist_anchor, f"{phase.name} checklist", phase.slug))
        add("evidence-pie", self.evidence_pie.slices, "name")
        add("cfir", self.cfir.domains, "name")
        add("outcomes", self.outcomes.types, "name")
        for group in self.professional_development.groups:
            add("professional-development", (group,), "name")
            add("professional-development", group.mechanisms, "name")
        return tuple(refs)
