"""Build model objects from each content file, validating as we go."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ._reader import FrameworkDataError, Node, SlugRegistry, expect_slugs
from .models import (
    PHASE_SLUGS,
    RECOMMENDATION_SLUGS,
    Behaviour,
    Cfir,
    CfirDomain,
    CfirTheme,
    ChecklistItem,
    ContextualFactor,
    DecisionOption,
    EvidencePie,
    EvidenceSlice,
    GuideSection,
    OutcomeAudience,
    Outcomes,
    OutcomeTerm,
    OutcomeType,
    PdGroup,
    PdMechanism,
    Phase,
    ProfessionalDevelopment,
    Recommendation,
    Review,
    ReviewQuestion,
    ReviewQuestionGroup,
)

SCHEMA = 1
SOURCE = (
    "Foundations, An implementation framework for designing and delivering services "
    "for children & families (beta)"
)
FILES = (
    "recommendations.toml",
    "phases.toml",
    "evidence_pie.toml",
    "cfir.toml",
    "outcomes.toml",
    "professional_development.toml",
    "review.toml",
)
BEHAVIOUR_SLUGS = ("engage", "unite", "reflect")
FACTOR_SLUGS = ("what-is-being-implemented", "systems-and-structures", "people-who-enable-change")
SLICE_SLUGS = (
    "population-data",
    "organisational-data",
    "professional-knowledge",
    "lived-experience",
    "evaluations",
    "wider-research",
)
CFIR_SLUGS = (
    "innovation",
    "outer-setting",
    "inner-setting",
    "individuals",
    "implementation-process",
)
OUTCOME_TYPE_SLUGS = (
    "buy-in",
    "acceptability",
    "appropriateness",
    "adoption",
    "feasibility",
    "fidelity",
    "reach",
    "sustainability",
    "cost",
)
TERM_SLUGS = ("short", "medium", "long")
AUDIENCE_SLUGS = ("children-and-young-people", "families", "local-authority")
PD_GROUP_SIZES = {"build-knowledge": 2, "motivate": 3, "develop-techniques": 5, "embed-practice": 4}
REVIEW_GROUP_SLUGS = ("review-needs-and-suitability", "review-readiness", "review-plans")
DECISION_SLUGS = ("sustain", "scale", "adapt", "de-implement")

ANCHOR = "guide section"  # anchors are unique across the whole guide


def read(directory: Path, name: str) -> tuple[Node, str]:
    """Parse one file and check its header. Returns the root node and content_version."""
    try:
        data = tomllib.loads((directory / name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FrameworkDataError(name, "", f"file is missing from {directory}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FrameworkDataError(name, "", f"not valid TOML: {exc}") from None
    node = Node(data, name)
    schema = node.integer("schema")
    if schema != SCHEMA:
        raise node.error(
            f"unsupported schema {schema}; this loader reads schema {SCHEMA}", "schema"
        )
    version = node.text("content_version")
    if node.text("source") != SOURCE:
        raise node.error(f"must name the framework exactly: {SOURCE!r}", "source")
    return node, version


class Builder:
    def __init__(self) -> None:
        self.slugs = SlugRegistry()

    def section(self, node: Node) -> GuideSection:
        section = GuideSection(
            self.slugs.claim(ANCHOR, node), node.text("title"), node.text("body")
        )
        node.done()
        return section

    def recommendations(
        self, root: Node
    ) -> tuple[tuple[Recommendation, ...], tuple[Behaviour, ...], tuple[ContextualFactor, ...]]:
        recs = []
        for index, node in enumerate(root.tables("recommendations")):
            slug = self.slugs.claim("recommendation", node)
            number = node.integer("number")
            if number != index + 1:
                raise node.error(f"expected number {index + 1}, got {number}", "number")
            recs.append(
                Recommendation(
                    slug,
                    number,
                    node.text("title"),
                    node.text("summary"),
                    node.texts("points"),
                    tuple(self.section(s) for s in node.tables("sections")),
                )
            )
            node.done()
        expect_slugs(root, "recommendations", [r.slug for r in recs], RECOMMENDATION_SLUGS)

        behaviours = []
        for node in root.tables("behaviours"):
            behaviours.append(
                Behaviour(
                    self.slugs.claim(ANCHOR, node),
                    node.text("title"),
                    node.text("summary"),
                    node.text("intro"),
                    tuple(self.section(p) for p in node.tables("parts")),
                )
            )
            node.done()
        expect_slugs(root, "behaviours", [b.slug for b in behaviours], BEHAVIOUR_SLUGS)

        factors = []
        for node in root.tables("contextual_factors"):
            factors.append(
                ContextualFactor(
                    self.slugs.claim(ANCHOR, node),
                    node.text("title"),
                    node.text("summary"),
                    node.text("body"),
                    node.texts("key_points"),
                )
            )
            node.done()
        expect_slugs(root, "contextual_factors", [f.slug for f in factors], FACTOR_SLUGS)
        root.done()
        return tuple(recs), tuple(behaviours), tuple(factors)

    def phases(self, root: Node) -> tuple[Phase, ...]:
        phases = []
        for index, node in enumerate(root.tables("phases")):
            slug = self.slugs.claim("phase", node)
            name = node.text("name")
            summary = node.text("summary")
            origin = node.choice("checklist_origin", ("framework", "derived"))
            sections = tuple(self.section(s) for s in node.tables("sections"))
            checklist = []
            for item in node.tables("checklist"):
                item_slug = self.slugs.claim("checklist item", item)
                if not item_slug.startswith(f"{slug}-"):
                    raise item.error(f"checklist item slug must start with '{slug}-'", "slug")
                checklist.append(ChecklistItem(item_slug, item.text("question"), slug))
                item.done()
            phase = Phase(slug, index + 1, name, summary, origin, sections, tuple(checklist))
            self.slugs.reserve(ANCHOR, phase.checklist_anchor, node)
            phases.append(phase)
            node.done()
        expect_slugs(root, "phases", [p.slug for p in phases], PHASE_SLUGS)
        root.done()
        return tuple(phases)

    def evidence_pie(self, root: Node) -> EvidencePie:
        slices = []
        for node in root.tables("slices"):
            slug = self.slugs.claim(ANCHOR, node)
            fields = ("name", "short_name", "description", "what", "found_where", "why_use")
            slices.append(EvidenceSlice(slug, *(node.text(f) for f in fields)))
            node.done()
        expect_slugs(root, "slices", [s.slug for s in slices], SLICE_SLUGS)
        pie = EvidencePie(root.text("title"), root.text("intro"), tuple(slices))
        root.done()
        return pie

    def _themes(self, node: Node, key: str) -> tuple[CfirTheme, ...]:
        themes = []
        for theme in node.tables(key):
            themes.append(CfirTheme(theme.text("theme"), theme.texts("points")))
            theme.done()
        return tuple(themes)

    def cfir(self, root: Node) -> Cfir:
        domains = []
        for index, node in enumerate(root.tables("domains")):
            slug = self.slugs.claim(ANCHOR, node)
            number = node.integer("number")
            if number != index + 1:
                raise node.error(f"expected number {index + 1}, got {number}", "number")
            domains.append(
                CfirDomain(
                    slug,
                    number,
                    node.text("name"),
                    node.text("question"),
                    node.text("description"),
                    self._themes(node, "facilitators"),
                    self._themes(node, "barriers"),
                )
            )
            node.done()
        expect_slugs(root, "domains", [d.slug for d in domains], CFIR_SLUGS)
        cfir = Cfir(
            root.text("title"), root.text("intro"), root.text("limitations"), tuple(domains)
        )
        root.done()
        return cfir

    def outcomes(self, root: Node) -> Outcomes:
        types = []
        for node in root.tables("types"):
            slug = self.slugs.claim(ANCHOR, node)
            types.append(
                OutcomeType(
                    slug,
                    node.text("name"),
                    node.text("definition"),
                    node.boolean("named_in_framework"),
                )
            )
            node.done()
        missing = [s for s in OUTCOME_TYPE_SLUGS if s not in {t.slug for t in types}]
        if missing:
            raise root.error(f"missing outcome types: {', '.join(missing)}", "types")
        terms = []
        for node in root.tables("terms"):
            slug = self.slugs.claim("outcome term", node)
            terms.append(OutcomeTerm(slug, node.text("name"), node.text("description")))
            node.done()
        expect_slugs(root, "terms", [t.slug for t in terms], TERM_SLUGS)
        audiences = []
        for node in root.tables("audiences"):
            slug = self.slugs.claim("outcome audience", node)
            audiences.append(OutcomeAudience(slug, node.text("name"), node.text("description")))
            node.done()
        expect_slugs(root, "audiences", [a.slug for a in audiences], AUDIENCE_SLUGS)
        outcomes = Outcomes(
            root.text("title"), root.text("intro"), tuple(types), tuple(terms), tuple(audiences)
        )
        root.done()
        return outcomes

    def professional_development(self, root: Node) -> ProfessionalDevelopment:
        groups = []
        for node in root.tables("groups"):
            slug = self.slugs.claim(ANCHOR, node)
            name, purpose = node.text("name"), node.text("purpose")
            mechanisms = []
            for item in node.tables("mechanisms"):
                item_slug = self.slugs.claim(ANCHOR, item)
                mechanisms.append(
                    PdMechanism(item_slug, item.text("name"), item.text("description"), slug)
                )
                item.done()
            expected = PD_GROUP_SIZES.get(slug)
            if expected is not None and len(mechanisms) != expected:
                raise node.error(
                    f"expected {expected} mechanisms in group '{slug}', found {len(mechanisms)}",
                    "mechanisms",
                )
            groups.append(PdGroup(slug, name, purpose, tuple(mechanisms)))
            node.done()
        expect_slugs(root, "groups", [g.slug for g in groups], tuple(PD_GROUP_SIZES))
        pd = ProfessionalDevelopment(
            root.text("title"), root.text("intro"), root.text("source_note"), tuple(groups)
        )
        root.done()
        return pd

    def review(self, root: Node) -> Review:
        groups = []
        for node in root.tables("groups"):
            slug = self.slugs.claim(ANCHOR, node)
            title, intro = node.text("title"), node.text("intro")
            questions = []
            for item in node.tables("questions"):
                item_slug = self.slugs.claim("review question", item)
                questions.append(ReviewQuestion(item_slug, item.text("question"), slug))
                item.done()
            groups.append(ReviewQuestionGroup(slug, title, intro, tuple(questions)))
            node.done()
        expect_slugs(root, "groups", [g.slug for g in groups], REVIEW_GROUP_SLUGS)
        decisions = []
        for node in root.tables("decisions"):
            slug = self.slugs.claim("decision option", node)
            decisions.append(DecisionOption(slug, node.text("name"), node.text("description")))
            node.done()
        expect_slugs(root, "decisions", [d.slug for d in decisions], DECISION_SLUGS)
        review = Review(root.text("intro"), tuple(groups), tuple(decisions))
        root.done()
        return review
