"""Read and validate the instrument files (``trellis/surveys/instruments/*.toml``).

Pure Python: no Django imports. Like the framework content (ADR 003), each file is
strict TOML with a schema number; anything missing, mistyped, unknown or out of order
raises ``InstrumentDataError`` naming the file and the exact location, for example
``iam.toml: items[2].number: expected 3, got 4``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from trellis.framework.loader import get_framework

INSTRUMENTS_DIR = Path(__file__).resolve().parent
SCHEMA = 1
SCALE_VALUES = (1, 2, 3, 4, 5)
UNNAMED = "this approach"  # stands in for the intervention's name when it has none
DISPLAY_ORDER = ("aim", "iam", "fim", "oric")  # as published; any others follow by name
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TOP_LEVEL = (
    "schema", "slug", "name", "short_name", "version", "outcome", "placeholder",
    "instructions", "citation", "doi", "source_url", "licence", "wording_note",
    "scale", "subscales", "items",
)  # fmt: skip


class InstrumentDataError(Exception):
    """An instrument file is malformed.

    ``file`` is the file name (``aim.toml``), ``location`` the dotted path inside it
    (``items[2].text``; array indexes count from 0) and ``problem`` what is wrong.
    """

    def __init__(self, file: str, location: str, problem: str) -> None:
        self.file = file
        self.location = location
        self.problem = problem
        where = f"{file}: {location}" if location else file
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: str


@dataclass(frozen=True)
class Subscale:
    slug: str
    name: str


@dataclass(frozen=True)
class Item:
    number: int
    text: str
    subscale: str | None = None


@dataclass(frozen=True)
class Instrument:
    """One validated measure. ``items`` are in the published order, numbered from 1."""

    slug: str
    name: str
    short_name: str
    version: str
    citation: str
    source_url: str
    licence: str
    outcome: str  # an implementation outcome type slug, or "" when none fits
    scale: tuple[ScalePoint, ...]
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...] = ()
    placeholder: str = "[intervention]"  # the words replaced by the intervention's name
    instructions: str = ""  # what respondents read before the items
    doi: str = ""
    wording_note: str = ""  # where the wording was checked, and any caveat

    def item(self, number: int) -> Item:
        """The item with this number; KeyError if there is none."""
        for item in self.items:
            if item.number == number:
                return item
        raise KeyError(number)

    def item_text(self, item: Item | int, intervention: str) -> str:
        """The item's published wording with the intervention's name in place of the
        placeholder, e.g. ``"[intervention] meets my approval."`` becomes
        ``"Family group conferencing meets my approval."``. The name keeps its own
        capitals except that a name opening a sentence starts with a capital. With
        no name, the words "this approach" stand in."""
        if isinstance(item, int):
            item = self.item(item)
        name = " ".join(intervention.split()) or UNNAMED
        parts = item.text.split(self.placeholder)
        if parts[0] == "":
            return name[0].upper() + name[1:] + name.join(parts[1:])
        return name.join(parts)

    def subscale_items(self, slug: str) -> tuple[Item, ...]:
        """The items of one subscale, or of the whole instrument for ``"total"``."""
        if slug == "total":
            return self.items
        if slug not in {s.slug for s in self.subscales}:
            raise KeyError(slug)
        return tuple(i for i in self.items if i.subscale == slug)

    @property
    def score_keys(self) -> tuple[str, ...]:
        """The scores :func:`trellis.surveys.scoring.score` returns, in display order."""
        return ("total", *(s.slug for s in self.subscales))

    def label(self, value: int) -> str:
        for point in self.scale:
            if point.value == value:
                return point.label
        raise KeyError(value)


class _Table:
    """One TOML table read strictly: every key must be read once, with the right type."""

    def __init__(self, data: dict[str, Any], file: str, where: str = "") -> None:
        self.data, self.file, self.where = data, file, where
        self.seen: set[str] = set()

    def error(self, problem: str, key: str | None = None) -> InstrumentDataError:
        where = self.where if key is None else (f"{self.where}.{key}" if self.where else key)
        return InstrumentDataError(self.file, where, problem)

    def get(self, key: str, kind: type, what: str, *, required: bool = True) -> Any:
        if key not in self.data:
            if required:
                raise self.error(f"missing required field '{key}'")
            return None
        self.seen.add(key)
        value = self.data[key]
        if type(value) is not kind:
            raise self.error(f"expected {what}, got {type(value).__name__}", key)
        return value

    def text(self, key: str, *, required: bool = True, empty: bool = False) -> str:
        value = self.get(key, str, "a string", required=required)
        if value is None:
            return ""
        value = " ".join(value.split()) if "\n" not in value.strip() else value.strip()
        if not value and not empty:
            raise self.error("must not be empty", key)
        return value

    def integer(self, key: str) -> int:
        value: int = self.get(key, int, "an integer")
        return value

    def slug(self, key: str) -> str:
        value = self.text(key)
        if not SLUG_RE.match(value):
            raise self.error(f"{value!r} is not a slug (lowercase letters, digits, hyphens)", key)
        return value

    def tables(self, key: str, *, required: bool = True) -> list[_Table]:
        value = self.get(key, list, "an array of tables", required=required)
        if value is None:
            return []
        if required and not value:
            raise self.error("must not be empty", key)
        tables = []
        for index, entry in enumerate(value):
            where = f"{self.where}.{key}[{index}]" if self.where else f"{key}[{index}]"
            if type(entry) is not dict:
                raise InstrumentDataError(self.file, where, "expected a table")
            tables.append(_Table(entry, self.file, where))
        return tables

    def done(self) -> None:
        for key in self.data:
            if key not in self.seen:
                raise self.error(f"unknown field '{key}'", key)


def _outcome_slugs() -> tuple[str, ...]:
    return tuple(t.slug for t in get_framework().outcomes.types)


def load_instrument(path: Path) -> Instrument:
    """Read and validate one instrument file."""
    path = Path(path)
    file = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InstrumentDataError(file, "", "file does not exist") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InstrumentDataError(file, "", f"not valid TOML: {exc}") from None
    root = _Table(data, file)
    schema = root.integer("schema")
    if schema != SCHEMA:
        raise root.error(f"unsupported schema {schema}; this loader reads schema {SCHEMA}",
                         "schema")
    slug = root.slug("slug")
    if slug != path.stem:
        raise root.error(f"slug {slug!r} must match the file name {path.stem!r}", "slug")
    outcome = root.text("outcome", empty=True)
    if outcome and outcome not in _outcome_slugs():
        raise root.error(
            f"{outcome!r} is not an implementation outcome type "
            f"(one of {', '.join(_outcome_slugs())}, or empty)", "outcome")
    placeholder = root.text("placeholder")
    source_url = root.text("source_url")
    if not source_url.startswith("https://"):
        raise root.error("must be an https:// address", "source_url")

    scale = []
    for index, node in enumerate(root.tables("scale")):
        value = node.integer("value")
        if index >= len(SCALE_VALUES) or value != SCALE_VALUES[index]:
            expected = SCALE_VALUES[index] if index < len(SCALE_VALUES) else "no more points"
            raise node.error(f"scale values must run 1 to 5 ascending: expected {expected}, "
                             f"got {value}", "value")
        scale.append(ScalePoint(value, node.text("label")))
        node.done()
    if len(scale) != len(SCALE_VALUES):
        raise root.error(f"the scale needs 5 points (1 to 5), found {len(scale)}", "scale")

    subscales = []
    for node in root.tables("subscales", required=False):
        sub = Subscale(node.slug("slug"), node.text("name"))
        if sub.slug == "total" or sub.slug in {s.slug for s in subscales}:
            raise node.error(f"subscale slug {sub.slug!r} is reserved or already used", "slug")
        subscales.append(sub)
        node.done()
    declared = {s.slug for s in subscales}

    items = []
    for index, node in enumerate(root.tables("items")):
        number = node.integer("number")
        if number != index + 1:
            raise node.error(f"items must be numbered 1, 2, 3… in order: expected "
                             f"{index + 1}, got {number}", "number")
        text = node.text("text")
        subscale = node.text("subscale", required=False) or None
        if subscale is None and declared:
            raise node.error("missing required field 'subscale' (this instrument declares "
                             f"subscales: {', '.join(sorted(declared))})")
        if subscale is not None and subscale not in declared:
            raise node.error(f"subscale {subscale!r} is not declared under [[subscales]]",
                             "subscale")
        items.append(Item(number, text, subscale))
        node.done()
    for sub in subscales:
        if not any(i.subscale == sub.slug for i in items):
            raise root.error(f"subscale {sub.slug!r} has no items", "subscales")
    if not any(placeholder in i.text for i in items):
        raise root.error(f"no item contains the placeholder {placeholder!r}", "placeholder")

    instrument = Instrument(
        slug=slug,
        name=root.text("name"),
        short_name=root.text("short_name"),
        version=root.text("version"),
        citation=root.text("citation"),
        source_url=source_url,
        licence=root.text("licence"),
        outcome=outcome,
        scale=tuple(scale),
        items=tuple(items),
        subscales=tuple(subscales),
        placeholder=placeholder,
        instructions=root.text("instructions", required=False),
        doi=root.text("doi"),
        wording_note=root.text("wording_note"),
    )
    root.done()
    return instrument


def load_instruments(directory: Path | None = None) -> dict[str, Instrument]:
    """Every ``*.toml`` file in ``directory`` (default: the shipped instruments),
    keyed by slug: AIM, IAM, FIM and ORIC first, then any others by file name."""
    directory = Path(directory) if directory is not None else INSTRUMENTS_DIR
    rank = {slug: index for index, slug in enumerate(DISPLAY_ORDER)}
    paths = sorted(directory.glob("*.toml"),
                   key=lambda p: (rank.get(p.stem, len(rank)), p.stem))
    if not paths:
        raise InstrumentDataError(str(directory), "", "no instrument files found")
    return {path.stem: load_instrument(path) for path in paths}


@functools.cache
def _shipped() -> MappingProxyType[str, Instrument]:
    return MappingProxyType(load_instruments())


def get_instruments() -> dict[str, Instrument]:
    """The shipped instruments, loaded and validated once per process, by slug."""
    return dict(_shipped())


def get_instrument(slug: str) -> Instrument:
    """One shipped instrument; KeyError if there is none with this slug."""
    return _shipped()[slug]
