"""Load and validate the framework's content (``trellis/framework/content/*.toml``).

Pure Python: no Django imports, so pure modules (critical-friend rules, exports) can use it.

    >>> fw = get_framework()
    >>> [p.slug for p in fw.phases]
    ['explore', 'prepare', 'deliver', 'sustain']

``load_framework`` validates strictly: any missing, unknown, mistyped or duplicated
content raises ``FrameworkDataError`` naming the file and the exact location.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ._build import FILES, Builder, read
from ._reader import FrameworkDataError
from .models import (
    Behaviour,
    Cfir,
    CfirDomain,
    CfirTheme,
    ChecklistItem,
    ContextualFactor,
    DecisionOption,
    EvidencePie,
    EvidenceSlice,
    Framework,
    GuideSection,
    OutcomeAudience,
    Outcomes,
    OutcomeTerm,
    OutcomeType,
    PageRef,
    PdGroup,
    PdMechanism,
    Phase,
    ProfessionalDevelopment,
    Recommendation,
    Review,
    ReviewQuestion,
    ReviewQuestionGroup,
    SectionRef,
    TextBlock,
    text_blocks,
)

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

__all__ = [
    "CONTENT_DIR",
    "Behaviour",
    "Cfir",
    "CfirDomain",
    "CfirTheme",
    "ChecklistItem",
    "ContextualFactor",
    "DecisionOption",
    "EvidencePie",
    "EvidenceSlice",
    "Framework",
    "FrameworkDataError",
    "GuideSection",
    "OutcomeAudience",
    "OutcomeTerm",
    "OutcomeType",
    "Outcomes",
    "PageRef",
    "PdGroup",
    "PdMechanism",
    "Phase",
    "ProfessionalDevelopment",
    "Recommendation",
    "Review",
    "ReviewQuestion",
    "ReviewQuestionGroup",
    "SectionRef",
    "TextBlock",
    "get_framework",
    "load_framework",
    "text_blocks",
]


def load_framework(directory: Path | None = None) -> Framework:
    """Read and validate every content file in ``directory`` (default: the shipped content)."""
    directory = Path(directory) if directory is not None else CONTENT_DIR
    if not directory.is_dir():
        raise FrameworkDataError(str(directory), "", "content directory does not exist")
    strays = sorted(p.name for p in directory.glob("*.toml") if p.name not in FILES)
    if strays:
        raise FrameworkDataError(strays[0], "", f"unexpected content file; expected only {FILES}")

    roots = {}
    versions: dict[str, str] = {}
    for name in FILES:
        roots[name], versions[name] = read(directory, name)
    first = FILES[0]
    for name, version in versions.items():
        if version != versions[first]:
            raise FrameworkDataError(
                name,
                "content_version",
                f"{version!r} differs from {versions[first]!r} in {first}",
            )

    build = Builder()
    recommendations, behaviours, factors = build.recommendations(roots["recommendations.toml"])
    return Framework(
        content_version=versions[first],
        source=roots[first].text("source"),
        recommendations=recommendations,
        behaviours=behaviours,
        contextual_factors=factors,
        phases=build.phases(roots["phases.toml"]),
        evidence_pie=build.evidence_pie(roots["evidence_pie.toml"]),
        cfir=build.cfir(roots["cfir.toml"]),
        outcomes=build.outcomes(roots["outcomes.toml"]),
        professional_development=build.professional_development(
            roots["professional_development.toml"]
        ),
        review=build.review(roots["review.toml"]),
    )


@functools.cache
def get_framework() -> Framework:
    """The shipped framework content, loaded and validated once per process."""
    return load_framework()
