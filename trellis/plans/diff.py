"""Compare two revisions of a plan: section by section, item by key, field by
field, with word-level additions and removals.

Pure: a revision's content is plain data ({section slug: [item dicts]}, each
item with a stable "key"), so this has no Django in it. Every field of an item
except its "key" (and "labels") is compared; a nested "fields" dict
contributes one field per entry, labelled by its key."""

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SAME, ADDED, REMOVED, CHANGED = "same", "added", "removed", "changed"
_TOKENS = re.compile(r"\s+|\S+")
_LABELS = {"title": "Title", "detail": "Detail"}


@dataclass(frozen=True)
class Piece:
    """A run of text that is the same, added or removed."""

    text: str
    change: str = SAME


@dataclass(frozen=True)
class FieldChange:
    label: str
    before: tuple[Piece, ...]  # the earlier text, removed words marked
    after: tuple[Piece, ...]  # the later text, added words marked


@dataclass(frozen=True)
class ItemChange:
    key: str
    title: str
    status: str  # ADDED, REMOVED or CHANGED
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class SectionChange:
    slug: str
    title: str
    items: tuple[ItemChange, ...]
    unchanged: int  # items present in both revisions with no differences

    @property
    def counts(self) -> dict[str, int]:
        return {status: sum(1 for i in self.items if i.status == status)
                for status in (ADDED, REMOVED, CHANGED)}


def as_text(value: Any) -> str:
    """One field's value as the text a person reads."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        if "title" in value:
            return as_text(value["title"])
        return "; ".join(f"{k}: {as_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "; ".join(as_text(v) for v in value)
    return str(value)


def label_for(name: str) -> str:
    if name in _LABELS:
        return _LABELS[name]
    if " " in name or name[:1].isupper():
        return name
    return name.replace("_", " ").replace("-", " ").capitalize()


def fields_of(item: Mapping[str, Any]) -> dict[str, str]:
    """{label: text} for every compared field of an item. An item may name
    its own fields' labels in "labels", e.g. {"title": "Name"}."""
    labels = item.get("labels")
    labels = labels if isinstance(labels, Mapping) else {}
    found: dict[str, str] = {}
    for name, value in item.items():
        if name in ("key", "labels"):
            continue
        if name == "fields" and isinstance(value, Mapping):
            for inner, inner_value in value.items():
                found[label_for(str(inner))] = as_text(inner_value)
        else:
            found[str(labels.get(name, label_for(name)))] = as_text(value)
    return found


def heading_of(item: Mapping[str, Any], words: int = 12) -> str:
    """A short name for an item: its group, if any, and the start of its title."""
    parts = as_text(item.get("title", "")).split()
    title = " ".join(parts[:words]) + ("\u2026" if len(parts) > words else "")
    group = as_text(item.get("group", ""))
    return f"{group}: {title}" if group else title


def word_changes(before: str, after: str) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """The two texts as pieces: removed words marked in the first, added
    words in the second."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    left: list[Piece] = []
    right: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            left.append(Piece("".join(old[i1:i2])))
            right.append(Piece("".join(new[j1:j2])))
            continue
        if i2 > i1:
            left.append(Piece("".join(old[i1:i2]), REMOVED))
        if j2 > j1:
            right.append(Piece("".join(new[j1:j2]), ADDED))
    return _merged(left), _merged(right)


def _merged(pieces: Iterable[Piece]) -> tuple[Piece, ...]:
    out: list[Piece] = []
    for piece in pieces:
        if out and out[-1].change == piece.change:
            out[-1] = Piece(out[-1].text + piece.text, piece.change)
        else:
            out.append(piece)
    return tuple(out)


def compare_items(before: Mapping[str, Any] | None,
                  after: Mapping[str, Any] | None) -> ItemChange | None:
    """How one item changed, or None when it did not."""
    if before is None and after is None:
        return None
    old = fields_of(before) if before is not None else {}
    new = fields_of(after) if after is not None else {}
    source = after if after is not None else before
    key, title = str(source.get("key", "")), heading_of(source)
    if before is None:
        return ItemChange(key, title, ADDED, tuple(
            FieldChange(label, (), (Piece(text, ADDED),)) for label, text in new.items() if text))
    if after is None:
        return ItemChange(key, title, REMOVED, tuple(
            FieldChange(label, (Piece(text, REMOVED),), ()) for label, text in old.items()
            if text))
    changes = []
    for label in [*new, *(name for name in old if name not in new)]:
        was, now = old.get(label, ""), new.get(label, "")
        if was != now:
            changes.append(FieldChange(label, *word_changes(was, now)))
    return ItemChange(key, title, CHANGED, tuple(changes)) if changes else None


def compare_sections(slug: str, title: str, before: Sequence[Mapping[str, Any]],
                     after: Sequence[Mapping[str, Any]]) -> SectionChange:
    old = {str(item.get("key")): item for item in before}
    new = {str(item.get("key")): item for item in after}
    items, unchanged = [], 0
    for key, item in new.items():
        change = compare_items(old.get(key), item)
        if change is None:
            unchanged += 1
        else:
            items.append(change)
    for key, item in old.items():
        if key not in new:
            items.append(compare_items(item, None))
    return SectionChange(slug, title, tuple(items), unchanged)


def compare(before: Mapping[str, Sequence[Mapping[str, Any]]],
            after: Mapping[str, Sequence[Mapping[str, Any]]],
            titles: Mapping[str, str] | None = None) -> list[SectionChange]:
    """Every section of either revision, in the later revision's order, then
    any section only the earlier one had."""
    titles = titles or {}
    slugs = [*after, *(slug for slug in before if slug not in after)]
    return [compare_sections(slug, titles.get(slug, label_for(slug)), before.get(slug, ()),
                             after.get(slug, ()))
            for slug in slugs]
