"""The plan is made of sections; each capability registers its own.

A section is written into every revision by a serialiser: a function from a
Project to a list of plain dicts, each with a stable "key" (e.g.
"component-12") and a "title", plus any text fields to compare. Register with

    @plan_section("strategies", "Implementation strategies", column="how", order=30)
    def strategies_section(project) -> list[dict]: ...

`column` places the section in the seed's Figure 5 layout: "why" (Problem),
"what" (Intervention), "how" (Implementation strategies), "how_well"
(Implementation outcomes), "and_so" (Final outcomes), or "" for parts of the
plan outside the five columns (professional development, readiness,
adaptations). A serialiser should use a fixed number of queries.

Items may also carry "detail" (a short text shown under the title), "label"
(a short prefix such as "Buy-in"), "group" (a run of items with the same
group is shown under it as a sub-heading), "position" (the section is drawn
as a numbered list), "flag" (something to check, drawn as a red tag),
"evidence" (a list of {"pk", "title"} of the project's evidence, drawn as
links) and "fields" (a dict of {label: text}, compared between revisions).

`edit_url` names a URL taking `project_pk` where editors change the section;
the plan page links to it."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FIGURE_5_COLUMNS = {
    "why": "Problem (why)",
    "what": "Intervention (what)",
    "how": "Implementation strategies (how)",
    "how_well": "Implementation outcomes (how well)",
    "and_so": "Final outcomes (and so?)",
}


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    column: str
    order: int
    serialise: Callable[[Any], list[dict]]
    edit_url: str = ""


_SECTIONS: dict[str, Section] = {}


def plan_section(slug: str, title: str, *, column: str = "", order: int = 100,
                 edit_url: str = "") -> Callable:
    if column and column not in FIGURE_5_COLUMNS:
        raise ValueError(f"Unknown Figure 5 column {column!r}")

    def register(serialise: Callable[[Any], list[dict]]) -> Callable[[Any], list[dict]]:
        if slug in _SECTIONS:
            raise ValueError(f"A plan section called {slug!r} already exists")
        _SECTIONS[slug] = Section(slug, title, column, order, serialise, edit_url)
        return serialise

    return register


def sections() -> list[Section]:
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.slug))


def plan_content(project: Any) -> dict[str, list[dict]]:
    """The whole plan as plain data, section by section."""
    return {section.slug: section.serialise(project) for section in sections()}
