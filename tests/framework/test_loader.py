"""Tests for the framework content and its loader. Pure Python: no Django, no database."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from trellis.framework.loader import (
    CONTENT_DIR,
    Framework,
    FrameworkDataError,
    get_framework,
    load_framework,
    text_blocks,
)

DELIVER_CHECKLIST = [
    "Is delivery of the approach treated as a process of ongoing learning and improvement?",
    (
        "Are systems in place to monitor implementation, identify barriers and enablers, "
        "and make improvements?"
    ),
    "Do practitioners feel supported by the actions of leadership?",
    (
        "Is professional development built into a support structure following training, "
        "such as supervision and feedback?"
    ),
    (
        "Is there a critical mass of staff who have received up-to-date training in the "
        "intervention to meet need and account for staff turnover?"
    ),
]
SUSTAIN_CHECKLIST = [
    (
        "As new priorities emerge, is sufficient support in place to protect and maintain the "
        "implementation effort?"
    ),
    "Do leaders continue to acknowledge and support good implementation practices?",
    "Are a range of people involved so that we aren't over-relying on individuals?",
    (
        "Before deciding whether to continue, scale-up, or stop an approach, have we reviewed the "
        "previous implementation effort and outcomes achieved so far?"
    ),
]


@pytest.fixture(scope="module")
def fw() -> Framework:
    return get_framework()


# -- the shipped content -------------------------------------------------------------


def test_shipped_content_loads(fw: Framework) -> None:
    assert fw.content_version == "foundations-beta-1"
    assert "Foundations" in fw.source
    assert get_framework() is fw  # cached


def test_three_recommendations(fw: Framework) -> None:
    assert [r.slug for r in fw.recommendations] == [
        "rec-1-behaviours",
        "rec-2-contextual-factors",
        "rec-3-process",
    ]
    assert all(len(r.points) == 3 for r in fw.recommendations)
    assert [b.slug for b in fw.behaviours] == ["engage", "unite", "reflect"]
    assert all(b.parts for b in fw.behaviours)
    assert fw.recommendation("rec-2-contextual-factors").sections[0].slug == (
        "positive-implementation-climate"
    )
    assert [f.slug for f in fw.contextual_factors] == [
        "what-is-being-implemented",
        "systems-and-structures",
        "people-who-enable-change",
    ]


def test_four_phases_in_order_each_with_a_checklist(fw: Framework) -> None:
    assert [p.slug for p in fw.phases] == ["explore", "prepare", "deliver", "sustain"]
    assert [p.number for p in fw.phases] == [1, 2, 3, 4]
    for phase in fw.phases:
        assert phase.checklist, phase.slug
        assert phase.sections, phase.slug
        assert all(item.phase == phase.slug for item in phase.checklist)
        assert all(item.slug.startswith(f"{phase.slug}-") for item in phase.checklist)
    assert 5 <= len(fw.phase("explore").checklist) <= 8
    assert 5 <= len(fw.phase("prepare").checklist) <= 8


def test_deliver_and_sustain_checklists_quote_the_framework(fw: Framework) -> None:
    assert [i.question for i in fw.phase("deliver").checklist] == DELIVER_CHECKLIST
    assert [i.question for i in fw.phase("sustain").checklist] == SUSTAIN_CHECKLIST
    assert fw.phase("deliver").checklist_origin == "framework"
    assert fw.phase("sustain").checklist_origin == "framework"
    assert fw.phase("explore").checklist_origin == "derived"
    assert fw.checklist_item("deliver-ongoing-learning").question == DELIVER_CHECKLIST[0]


def test_review_questions_quote_the_framework(fw: Framework) -> None:
    groups = fw.review.groups
    assert [g.title for g in groups] == [
        "Reassessing child and family needs and the suitability of the approach",
        "Reassessing implementation readiness",
        "Reviewing implementation plans",
    ]
    assert [len(g.questions) for g in groups] == [3, 3, 4]
    assert groups[2].questions[1].question == (
        "How well has the approach been implemented (for example, in terms of reach, "
        "fidelity, and acceptability)?"
    )
    assert [d.slug for d in fw.review.decisions] == ["sustain", "scale", "adapt", "de-implement"]


def test_six_evidence_slices(fw: Framework) -> None:
    assert [s.slug for s in fw.evidence_pie.slices] == [
        "population-data",
        "organisational-data",
        "professional-knowledge",
        "lived-experience",
        "evaluations",
        "wider-research",
    ]
    assert fw.slice("professional-knowledge").name == "Professional knowledge & expertise"


def test_five_cfir_domains(fw: Framework) -> None:
    assert [d.slug for d in fw.cfir.domains] == [
        "innovation",
        "outer-setting",
        "inner-setting",
        "individuals",
        "implementation-process",
    ]
    for domain in fw.cfir.domains:
        assert domain.facilitators and domain.barriers
        assert all(theme.points for theme in domain.facilitators + domain.barriers)
    assert fw.cfir_domain("innovation").question == "What is being implemented?"


def test_outcomes(fw: Framework) -> None:
    assert {t.slug for t in fw.outcomes.types} >= {
        "buy-in",
        "acceptability",
        "appropriateness",
        "adoption",
        "feasibility",
        "fidelity",
        "reach",
        "sustainability",
        "cost",
    }
    assert [t.slug for t in fw.outcomes.terms] == ["short", "medium", "long"]
    assert [a.slug for a in fw.outcomes.audiences] == [
        "children-and-young-people",
        "families",
        "local-authority",
    ]
    assert fw.outcome_type("fidelity").named_in_framework


def test_fourteen_pd_mechanisms_in_four_groups(fw: Framework) -> None:
    groups = fw.professional_development.groups
    assert [g.slug for g in groups] == [
        "build-knowledge",
        "motivate",
        "develop-techniques",
        "embed-practice",
    ]
    assert [len(g.mechanisms) for g in groups] == [2, 3, 5, 4]
    assert len(fw.all_pd_mechanisms()) == 14
    assert fw.pd_mechanism("model-technique").group == "develop-techniques"
    assert "EEF" in fw.professional_development.source_note


def test_slugs_are_unique(fw: Framework) -> None:
    kinds = {
        "checklist items": [i.slug for i in fw.all_checklist_items()],
        "review questions": [q.slug for q in fw.all_review_questions()],
        "pd mechanisms": [m.slug for m in fw.all_pd_mechanisms()],
        "section anchors": [s.anchor for s in fw.sections()],
        "pages": [p.slug for p in fw.pages()],
    }
    for kind, slugs in kinds.items():
        duplicates = [s for s, n in Counter(slugs).items() if n > 1]
        assert not duplicates, f"duplicate {kind}: {duplicates}"


def test_section_anchors_resolve(fw: Framework) -> None:
    pages = {p.slug for p in fw.pages()}
    assert pages == {
        "rec-1-behaviours",
        "rec-2-contextual-factors",
        "rec-3-process",
        "explore",
        "prepare",
        "deliver",
        "sustain",
        "evidence-pie",
        "cfir",
        "outcomes",
        "professional-development",
    }
    sections = fw.sections()
    assert {s.page for s in sections} == pages  # every page has something to link to
    for ref in sections:
        assert ref.title
        assert fw.section(ref.anchor) == ref
    # Anchors the critical-friend rules and other apps are expected to link to.
    for anchor, page in [
        ("engage", "rec-1-behaviours"),
        ("reflect-barriers-and-enablers", "rec-1-behaviours"),
        ("positive-implementation-climate", "rec-2-contextual-factors"),
        ("people-who-enable-change", "rec-2-contextual-factors"),
        ("explore-decision-tool", "explore"),
        ("prepare-core-components", "prepare"),
        ("deliver-fidelity", "deliver"),
        ("deliver-checklist", "deliver"),
        ("review-plans", "sustain"),
        ("lived-experience", "evidence-pie"),
        ("inner-setting", "cfir"),
        ("reach", "outcomes"),
        ("embed-practice", "professional-development"),
    ]:
        assert fw.section(anchor).page == page


def test_unknown_slugs_raise_key_error(fw: Framework) -> None:
    with pytest.raises(KeyError, match="no phase with slug 'launch'"):
        fw.phase("launch")
    with pytest.raises(KeyError):
        fw.checklist_item("deliver-nope")
    with pytest.raises(KeyError):
        fw.section("nowhere")


def test_text_blocks_split_paragraphs_and_bullets() -> None:
    blocks = text_blocks("First line\ncontinues.\n\n- one\n  wrapped\n- two\n\nLast.")
    assert [b.kind for b in blocks] == ["paragraph", "list", "paragraph"]
    assert blocks[0].items == ("First line continues.",)
    assert blocks[1].items == ("one wrapped", "two")


def test_every_body_renders_as_blocks(fw: Framework) -> None:
    bodies = [s for p in fw.phases for s in p.sections]
    bodies += [s for r in fw.recommendations for s in r.sections]
    bodies += [part for b in fw.behaviours for part in b.parts]
    for section in bodies:
        assert section.blocks(), section.slug


# -- defective copies of the content --------------------------------------------------


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def replace(directory: Path, name: str, old: str, new: str) -> None:
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def cut_from(directory: Path, name: str, marker: str) -> None:
    """Delete everything from ``marker`` to the end of the file."""
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert text.count(marker) == 1, f"{marker!r} should occur once in {name}"
    path.write_text(text[: text.index(marker)], encoding="utf-8")


def load_error(directory: Path) -> FrameworkDataError:
    with pytest.raises(FrameworkDataError) as caught:
        load_framework(directory)
    error = caught.value
    assert str(error).startswith(error.file)
    return error


DEFECTS = {
    "missing key": (
        lambda d: replace(
            d,
            "phases.toml",
            'question = "Do practitioners feel supported by the actions of leadership?"',
            "",
        ),
        "phases.toml",
        "phases[2].checklist[2]",
        "missing key 'question'",
    ),
    "wrong type": (
        lambda d: replace(d, "cfir.toml", "number = 2", 'number = "2"'),
        "cfir.toml",
        "domains[1].number",
        "expected an integer, got a string",
    ),
    "unknown key": (
        lambda d: replace(
            d,
            "evidence_pie.toml",
            'slug = "population-data"',
            'slug = "population-data"\ncolour = "blue"',
        ),
        "evidence_pie.toml",
        "slices[0].colour",
        "unknown key 'colour'",
    ),
    "duplicate slug": (
        lambda d: replace(
            d,
            "phases.toml",
            'slug = "deliver-leadership-support"',
            'slug = "deliver-ongoing-learning"',
        ),
        "phases.toml",
        "phases[2].checklist[2].slug",
        (
            "duplicate checklist item slug 'deliver-ongoing-learning' (already used at "
            "phases.toml: phases[2].checklist[0].slug)"
        ),
    ),
    "duplicate anchor across files": (
        lambda d: replace(
            d, "professional_development.toml", 'slug = "model-technique"', 'slug = "engage"'
        ),
        "professional_development.toml",
        "groups[2].mechanisms[2].slug",
        "duplicate guide section slug 'engage' (already used at recommendations.toml",
    ),
    "wrong schema": (
        lambda d: replace(d, "outcomes.toml", "schema = 1", "schema = 2"),
        "outcomes.toml",
        "schema",
        "unsupported schema 2",
    ),
    "empty list": (
        lambda d: replace(
            d,
            "cfir.toml",
            'points = ["Alignment with central government policies."]',
            "points = []",
        ),
        "cfir.toml",
        "domains[0].facilitators[0].points",
        "must not be an empty list",
    ),
    "wrong number of phases": (
        lambda d: cut_from(d, "phases.toml", '[[phases]]\nslug = "sustain"'),
        "phases.toml",
        "phases",
        "expected 4 entries with slugs explore, prepare, deliver, sustain in that order; found 3",
    ),
    "wrong number of slices": (
        lambda d: cut_from(d, "evidence_pie.toml", '[[slices]]\nslug = "wider-research"'),
        "evidence_pie.toml",
        "slices",
        "expected 6 entries",
    ),
    "wrong number of domains": (
        lambda d: cut_from(d, "cfir.toml", '[[domains]]\nslug = "implementation-process"'),
        "cfir.toml",
        "domains",
        "expected 5 entries",
    ),
    "wrong number of mechanisms": (
        lambda d: cut_from(
            d,
            "professional_development.toml",
            '[[groups.mechanisms]]\nslug = "context-specific-repetition"',
        ),
        "professional_development.toml",
        "groups[3].mechanisms",
        "expected 4 mechanisms in group 'embed-practice', found 3",
    ),
    "bad slug": (
        lambda d: replace(
            d, "phases.toml", 'slug = "deliver-fidelity"', 'slug = "Deliver_Fidelity"'
        ),
        "phases.toml",
        "phases[2].sections[4].slug",
        "'Deliver_Fidelity' is not a valid slug",
    ),
    "checklist slug without phase prefix": (
        lambda d: replace(d, "phases.toml", 'slug = "sustain-range-of-people"', 'slug = "range"'),
        "phases.toml",
        "phases[3].checklist[2].slug",
        "checklist item slug must start with 'sustain-'",
    ),
    "bad checklist origin": (
        lambda d: replace(
            d,
            "phases.toml",
            'checklist_origin = "framework"\n\n[[phases.sections]]\nslug = "deliver',
            'checklist_origin = "seed"\n\n[[phases.sections]]\nslug = "deliver',
        ),
        "phases.toml",
        "phases[2].checklist_origin",
        "must be one of 'framework', 'derived', got 'seed'",
    ),
    "content version mismatch": (
        lambda d: replace(
            d,
            "review.toml",
            'content_version = "foundations-beta-1"',
            'content_version = "foundations-beta-2"',
        ),
        "review.toml",
        "content_version",
        "'foundations-beta-2' differs from 'foundations-beta-1' in recommendations.toml",
    ),
    "wrong source": (
        lambda d: replace(d, "cfir.toml", "(beta)", "(final)"),
        "cfir.toml",
        "source",
        "must name the framework exactly",
    ),
    "invalid toml": (
        lambda d: replace(d, "outcomes.toml", 'slug = "reach"', 'slug = "reach'),
        "outcomes.toml",
        "",
        "not valid TOML",
    ),
    "missing file": (
        lambda d: (d / "review.toml").unlink(),
        "review.toml",
        "",
        "file is missing",
    ),
    "stray file": (
        lambda d: (d / "phase.toml").write_text("schema = 1\n", encoding="utf-8"),
        "phase.toml",
        "",
        "unexpected content file",
    ),
}


@pytest.mark.parametrize("defect", list(DEFECTS))
def test_defect_is_reported_with_file_location_and_problem(content: Path, defect: str) -> None:
    make_defect, file, location, problem = DEFECTS[defect]
    make_defect(content)
    error = load_error(content)
    assert error.file == file
    assert error.location == location
    assert problem in error.problem
    assert file in str(error) and problem in str(error)


def test_shipped_copy_is_valid(content: Path) -> None:
    """The defect tests start from a copy that loads cleanly."""
    assert load_framework(content) == load_framework()
