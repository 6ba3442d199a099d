"""The plan's content arranged as the seed's Figure 5: five columns (why,
what, how, how well, and so?) plus the parts of the plan outside them.

Pure: it reads a revision's content ({section slug: [item dicts]}) and the
registered sections' titles and columns, so the live plan, any past revision,
the printable page and the Word document are all drawn from the same thing."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .diff import as_text, label_for
from .sections import FIGURE_5_COLUMNS

# Shorter headings for the Word document and printable table, as in Figure 5.
COLUMN_HEADINGS = {
    "why": "Problem",
    "what": "Intervention",
    "how": "Implementation strategies",
    "how_well": "Implementation outcomes",
    "and_so": "Final outcomes",
}
COLUMN_QUESTIONS = {"why": "why?", "what": "what?", "how": "how?", "how_well": "how well?",
                    "and_so": "and so?"}


class SectionInfo(Protocol):
    slug: str
    title: str
    column: str
    order: int


@dataclass(frozen=True)
class PlanItem:
    key: str
    title: str
    detail: str = ""
    label: str = ""  # a short prefix such as an outcome's type, "Buy-in"
    flag: str = ""  # something to check, shown as a red tag
    evidence: tuple[tuple[str, str], ...] = ()  # (link, title) of evidence it draws on


@dataclass(frozen=True)
class ItemGroup:
    heading: str
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class PlanSection:
    slug: str
    title: str
    column: str
    groups: tuple[ItemGroup, ...]
    ordered: bool  # items carry positions: draw a numbered list
    edit_url: str = ""

    @property
    def items(self) -> list[PlanItem]:
        return [item for group in self.groups for item in group.items]

    @property
    def is_empty(self) -> bool:
        return not any(group.items for group in self.groups)


@dataclass(frozen=True)
class PlanColumn:
    slug: str
    title: str
    heading: str
    question: str
    sections: tuple[PlanSection, ...]

    @property
    def is_empty(self) -> bool:
        return all(section.is_empty for section in self.sections)

    @property
    def titled(self) -> bool:
        """Name each section only when the column holds more than one."""
        return len(self.sections) > 1


@dataclass(frozen=True)
class PlanLayout:
    columns: tuple[PlanColumn, ...]
    other: tuple[PlanSection, ...]  # professional development, readiness, adaptations...

    @property
    def sections(self) -> list[PlanSection]:
        return [s for column in self.columns for s in column.sections] + list(self.other)


def _no_link(pk: int) -> str:
    return ""


def plan_item(raw: Mapping[str, Any], evidence_href: Callable[[int], str] = _no_link) -> PlanItem:
    evidence = tuple(
        (evidence_href(int(e["pk"])), as_text(e.get("title", "")))
        for e in raw.get("evidence") or ()
        if isinstance(e, Mapping) and str(e.get("pk", "")).isdigit()
    )
    return PlanItem(key=str(raw.get("key", "")), title=as_text(raw.get("title", "")),
                    detail=as_text(raw.get("detail", "")), label=as_text(raw.get("label", "")),
                    flag=as_text(raw.get("flag", "")), evidence=evidence)


def grouped(items: Iterable[Mapping[str, Any]],
            evidence_href: Callable[[int], str] = _no_link) -> tuple[ItemGroup, ...]:
    """Runs of items with the same "group" under one heading, in order."""
    groups: list[tuple[str, list[PlanItem]]] = []
    for raw in items:
        heading = as_text(raw.get("group", ""))
        if not groups or groups[-1][0] != heading:
            groups.append((heading, []))
        groups[-1][1].append(plan_item(raw, evidence_href))
    return tuple(ItemGroup(heading, tuple(members)) for heading, members in groups)


def arrange(content: Mapping[str, Sequence[Mapping[str, Any]]],
            registered: Iterable[SectionInfo],
            edit_urls: Mapping[str, str] | None = None,
            evidence_href: Callable[[int], str] = _no_link) -> PlanLayout:
    """Lay out every section in `content`. A section no longer registered
    (in an old revision) keeps its content, outside the five columns."""
    known = {s.slug: s for s in registered}
    edit_urls = edit_urls or {}
    ranked = sorted(content, key=lambda slug: (
        known[slug].order if slug in known else 10_000, slug))
    by_column: dict[str, list[PlanSection]] = {column: [] for column in FIGURE_5_COLUMNS}
    other: list[PlanSection] = []
    for slug in ranked:
        info = known.get(slug)
        column = info.column if info else ""
        items = content[slug] or ()
        section = PlanSection(
            slug=slug, title=info.title if info else label_for(slug), column=column,
            groups=grouped(items, evidence_href), edit_url=edit_urls.get(slug, ""),
            ordered=bool(items) and all("position" in item for item in items),
        )
        by_column.get(column, other).append(section)
    columns = tuple(
        PlanColumn(slug, title, COLUMN_HEADINGS[slug], COLUMN_QUESTIONS[slug],
                   tuple(by_column[slug]))
        for slug, title in FIGURE_5_COLUMNS.items()
    )
    return PlanLayout(columns, tuple(other))
