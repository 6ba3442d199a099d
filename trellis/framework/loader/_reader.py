"""Strict reading of parsed TOML tables, with errors that say exactly where and what."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

_TOML_TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    float: "a float",
    bool: "a boolean",
    list: "an array",
    dict: "a table",
}


class FrameworkDataError(Exception):
    """The framework content is malformed.

    ``file`` is the content file name (for example ``phases.toml``), ``location`` the
    dotted path inside it (for example ``phases[2].checklist[0].question``; array
    indexes count from 0) and ``problem`` a plain description of what is wrong.
    """

    def __init__(self, file: str, location: str, problem: str) -> None:
        self.file = file
        self.location = location
        self.problem = problem
        where = f"{file}: {location}" if location else file
        super().__init__(f"{where}: {problem}")


def type_name(value: object) -> str:
    for kind, name in _TOML_TYPE_NAMES.items():
        if type(value) is kind:
            return name
    return f"a {type(value).__name__}"


class Node:
    """One TOML table. Every key must be read once; anything left over is an error."""

    def __init__(self, data: dict[str, Any], file: str, where: str = "") -> None:
        self._data = data
        self._seen: set[str] = set()
        self.file = file
        self.where = where

    def path(self, key: str | None = None) -> str:
        if key is None:
            return self.where
        return f"{self.where}.{key}" if self.where else key

    def error(self, problem: str, key: str | None = None) -> FrameworkDataError:
        return FrameworkDataError(self.file, self.path(key), problem)

    def has(self, key: str) -> bool:
        return key in self._data

    def _get(self, key: str, expected: type, what: str) -> Any:
        if key not in self._data:
            raise self.error(f"missing key '{key}'")
        self._seen.add(key)
        value = self._data[key]
        if type(value) is not expected:
            raise self.error(f"expected {what}, got {type_name(value)}", key)
        return value

    def text(self, key: str) -> str:
        value: str = self._get(key, str, "a string")
        if not value.strip():
            raise self.error("must not be empty", key)
        return value.strip()

    def integer(self, key: str) -> int:
        value: int = self._get(key, int, "an integer")
        return value

    def boolean(self, key: str) -> bool:
        value: bool = self._get(key, bool, "a boolean")
        return value

    def choice(self, key: str, options: Sequence[str]) -> str:
        value = self.text(key)
        if value not in options:
            allowed = ", ".join(repr(o) for o in options)
            raise self.error(f"must be one of {allowed}, got {value!r}", key)
        return value

    def slug(self, key: str = "slug") -> str:
        value = self.text(key)
        if not SLUG_RE.match(value):
            raise self.error(
                f"{value!r} is not a valid slug (lowercase letters, digits and single hyphens)",
                key,
            )
        return value

    def _array(self, key: str) -> list[Any]:
        value: list[Any] = self._get(key, list, "an array")
        if not value:
            raise self.error("must not be an empty list", key)
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        items = []
        for index, item in enumerate(self._array(key)):
            where = f"{key}[{index}]"
            if type(item) is not str:
                raise self.error(f"expected a string, got {type_name(item)}", where)
            if not item.strip():
                raise self.error("must not be empty", where)
            items.append(item.strip())
        return tuple(items)

    def tables(self, key: str) -> list[Node]:
        nodes = []
        for index, item in enumerate(self._array(key)):
            where = self.path(f"{key}[{index}]")
            if type(item) is not dict:
                raise FrameworkDataError(
                    self.file, where, f"expected a table, got {type_name(item)}"
                )
            nodes.append(Node(item, self.file, where))
        return nodes

    def done(self) -> None:
        """Reject keys that were never read: they are typos or unsupported content."""
        for key in self._data:
            if key not in self._seen:
                raise self.error(f"unknown key '{key}'", key)


class SlugRegistry:
    """Remembers where each slug of a kind was first used, across all files."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], str] = {}

    def claim(self, kind: str, node: Node, key: str = "slug") -> str:
        """Read ``node[key]`` as a slug and check no other item of this kind uses it."""
        return self.reserve(kind, node.slug(key), node, key)

    def reserve(self, kind: str, slug: str, node: Node, key: str | None = None) -> str:
        """Record a slug that ``node`` introduces (read from ``key``, or implied by it)."""
        first = self._seen.get((kind, slug))
        if first is not None:
            raise node.error(f"duplicate {kind} slug '{slug}' (already used at {first})", key)
        self._seen[(kind, slug)] = f"{node.file}: {node.path(key)}"
        return slug


def expect_slugs(node: Node, key: str, found: Sequence[str], expected: Sequence[str]) -> None:
    """The app relies on these exact slugs, in this order."""
    if list(found) != list(expected):
        raise node.error(
            f"expected {len(expected)} entries with slugs {', '.join(expected)} in that order; "
            f"found {len(found)}: {', '.join(found)}",
            key,
        )
