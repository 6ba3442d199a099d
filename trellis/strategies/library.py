"""The library of implementation strategies (library.toml), loaded and validated
strictly. Pure: no Django.

    >>> get_library().get("small-pilot").category
    'piloting'

Any defect (a missing or unknown key, an unknown category, CFIR domain or
level, a duplicate slug or name) raises LibraryError naming the entry and
the problem, when the library is first loaded rather than on a page."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trellis.framework.loader import get_framework

from .kinds import CATEGORY_LABELS, LEVEL_LABELS

LIBRARY_PATH = Path(__file__).resolve().parent / "library.toml"
SCHEMA = 1
NAME_LIMIT = 200
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEYWORD_RE = re.compile(r"^[a-z]{3,}$")
REQUIRED = ("slug", "name", "category", "cfir_domains", "levels", "description",
            "why_it_helps")
OPTIONAL = ("keywords",)


class LibraryError(Exception):
    """The library file is malformed. `where` names the entry, e.g.
    "strategies[3] ('small-pilot')"; `problem` says what is wrong."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"library.toml: {where}: {problem}" if where
                         else f"library.toml: {problem}")


@dataclass(frozen=True)
class LibraryStrategy:
    slug: str
    name: str
    category: str
    cfir_domains: tuple[str, ...]  # the main domain first
    levels: tuple[str, ...]
    description: str
    why_it_helps: str
    keywords: tuple[str, ...] = ()

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.category]

    @property
    def level_labels(self) -> tuple[str, ...]:
        return tuple(LEVEL_LABELS[level] for level in self.levels)


@dataclass(frozen=True)
class Library:
    content_version: str
    title: str
    intro: str
    strategies: tuple[LibraryStrategy, ...]

    def get(self, slug: str) -> LibraryStrategy | None:
        return next((s for s in self.strategies if s.slug == slug), None)


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry[key]
    if not isinstance(value, str):
        raise LibraryError(where, f"'{key}' must be text")
    if not value.strip():
        raise LibraryError(where, f"'{key}' must not be empty")
    return value.strip()


def _choices(entry: dict[str, Any], key: str, where: str, allowed: list[str],
             what: str) -> tuple[str, ...]:
    values = entry[key]
    if not isinstance(values, list) or not values:
        raise LibraryError(where, f"'{key}' must be a list with at least one {what}")
    for value in values:
        if value not in allowed:
            raise LibraryError(where, f"unknown {what} {value!r} in '{key}'; expected one of "
                                      f"{', '.join(allowed)}")
    if len(set(values)) != len(values):
        raise LibraryError(where, f"'{key}' lists the same {what} twice")
    return tuple(values)


def _keywords(entry: dict[str, Any], where: str) -> tuple[str, ...]:
    values = entry.get("keywords", [])
    if not isinstance(values, list):
        raise LibraryError(where, "'keywords' must be a list")
    for value in values:
        if not isinstance(value, str) or not KEYWORD_RE.match(value):
            raise LibraryError(where, f"keyword {value!r} must be one lowercase word of at "
                                      "least 3 letters")
    return tuple(values)


def _strategy(entry: Any, index: int, domains: list[str]) -> LibraryStrategy:
    where = f"strategies[{index}]"
    if not isinstance(entry, dict):
        raise LibraryError(where, "must be a table")
    if isinstance(entry.get("slug"), str):
        where = f"{where} ({entry['slug']!r})"
    for key in REQUIRED:
        if key not in entry:
            raise LibraryError(where, f"missing '{key}'")
    for key in entry:
        if key not in REQUIRED + OPTIONAL:
            raise LibraryError(where, f"unknown key '{key}'")
    slug = _text(entry, "slug", where)
    if not SLUG_RE.match(slug):
        raise LibraryError(where, f"{slug!r} is not a valid slug (lowercase letters, digits "
                                  "and single hyphens)")
    name = _text(entry, "name", where)
    if len(name) > NAME_LIMIT:
        raise LibraryError(where, f"'name' is longer than {NAME_LIMIT} characters")
    category = _text(entry, "category", where)
    if category not in CATEGORY_LABELS:
        raise LibraryError(where, f"unknown category {category!r}; expected one of "
                                  f"{', '.join(CATEGORY_LABELS)}")
    return LibraryStrategy(
        slug=slug, name=name, category=category,
        cfir_domains=_choices(entry, "cfir_domains", where, domains, "CFIR domain"),
        levels=_choices(entry, "levels", where, list(LEVEL_LABELS), "level"),
        description=_text(entry, "description", where),
        why_it_helps=_text(entry, "why_it_helps", where),
        keywords=_keywords(entry, where),
    )


def parse_library(data: dict[str, Any]) -> Library:
    """Validate parsed TOML and build the library."""
    for key in ("schema", "content_version", "title", "intro", "strategies"):
        if key not in data:
            raise LibraryError("", f"missing '{key}'")
    unknown = sorted(set(data) - {"schema", "content_version", "title", "intro", "strategies"})
    if unknown:
        raise LibraryError("", f"unknown key '{unknown[0]}'")
    if data["schema"] != SCHEMA:
        raise LibraryError("", f"unsupported schema {data['schema']!r}; this loader reads "
                               f"schema {SCHEMA}")
    entries = data["strategies"]
    if not isinstance(entries, list) or not entries:
        raise LibraryError("", "'strategies' must list at least one strategy")
    domains = [d.slug for d in get_framework().cfir.domains]
    strategies: list[LibraryStrategy] = []
    slugs: dict[str, int] = {}
    names: dict[str, int] = {}
    for index, entry in enumerate(entries):
        strategy = _strategy(entry, index, domains)
        where = f"strategies[{index}] ({strategy.slug!r})"
        if strategy.slug in slugs:
            raise LibraryError(where, f"duplicate slug {strategy.slug!r} (already used by "
                                      f"strategies[{slugs[strategy.slug]}])")
        if strategy.name.casefold() in names:
            raise LibraryError(where, f"duplicate name {strategy.name!r} (already used by "
                                      f"strategies[{names[strategy.name.casefold()]}])")
        slugs[strategy.slug] = names[strategy.name.casefold()] = index
        strategies.append(strategy)
    return Library(
        content_version=_text(data, "content_version", "content_version"),
        title=_text(data, "title", "title"),
        intro=_text(data, "intro", "intro"),
        strategies=tuple(strategies),
    )


def load_library(path: Path | None = None) -> Library:
    """Read and validate a library file (default: the shipped one)."""
    path = Path(path) if path is not None else LIBRARY_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LibraryError("", f"file not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LibraryError("", f"not valid TOML: {exc}") from None
    return parse_library(data)


@functools.cache
def get_library() -> Library:
    """The shipped library, loaded and validated once per process."""
    return load_library()
