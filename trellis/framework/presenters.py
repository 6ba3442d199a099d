"""What the framework guide pages show, worked out in Python so templates stay plain."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from .loader import Framework, PageRef
from .loader.models import EXTRA_PAGE_SLUGS, PHASE_SLUGS, RECOMMENDATION_SLUGS


@dataclass(frozen=True)
class GuideLink:
    slug: str
    text: str
    summary: str


@dataclass(frozen=True)
class GuideGroup:
    heading: str
    intro: str
    links: tuple[GuideLink, ...]


def page_label(framework: Framework, page: PageRef) -> str:
    """How the guide names a page in headings, titles and links:
    recommendations get their number, e.g. "Recommendation 1: Adopt the behaviours…"."""
    if page.slug in RECOMMENDATION_SLUGS:
        return f"Recommendation {framework.recommendation(page.slug).number}: {page.title}"
    return page.title


def _summary(framework: Framework, slug: str) -> str:
    if slug in RECOMMENDATION_SLUGS:
        return framework.recommendation(slug).summary
    if slug in PHASE_SLUGS:
        return framework.phase(slug).summary
    return {
        "evidence-pie": "Six kinds of evidence and data, where to find them and why to use them.",
        "cfir": "What helps or hinders implementation in children's services, in five domains.",
        "outcomes": "Implementation outcomes, when to expect them and who final outcomes are for.",
        "professional-development": "The 14 mechanisms of effective professional development.",
    }[slug]


def guide_groups(framework: Framework) -> tuple[GuideGroup, ...]:
    """The index page's list of every guide page, grouped as the framework is."""
    pages = {p.slug: p for p in framework.pages()}

    def links(slugs: tuple[str, ...]) -> tuple[GuideLink, ...]:
        return tuple(
            GuideLink(s, page_label(framework, pages[s]), _summary(framework, s)) for s in slugs
        )

    return (
        GuideGroup(
            "Recommendations",
            "The framework makes three recommendations for effective implementation.",
            links(RECOMMENDATION_SLUGS),
        ),
        GuideGroup(
            "The implementation process",
            "Recommendation 3 organises implementation into four phases. Each phase has "
            "a checklist to work through as a team.",
            links(PHASE_SLUGS),
        ),
        GuideGroup(
            "Reference",
            "Tools and evidence the framework draws on.",
            links(EXTRA_PAGE_SLUGS),
        ),
    )


def page_navigation(
    framework: Framework,
    page: PageRef,
    previous_page: PageRef | None,
    next_page: PageRef | None,
) -> dict:
    """A guide page's heading, breadcrumbs and previous and next links."""

    def link(other: PageRef | None) -> GuideLink | None:
        return GuideLink(other.slug, page_label(framework, other), "") if other else None

    heading = page_label(framework, page)
    return {
        "heading": heading,
        "breadcrumbs": [
            {"text": "Framework guide", "href": reverse("framework:index")},
            {"text": heading},
        ],
        "pagination": {"previous": link(previous_page), "next": link(next_page)},
    }
