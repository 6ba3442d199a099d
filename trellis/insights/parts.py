"""Capabilities add what their rules need to a project's snapshot.

Each app registers a builder with `@snapshot_part("name")` (in its
AppConfig.ready); it takes a Project and returns a plain frozen dataclass,
which rules read as `snapshot.part("name")`. A builder should use a fixed
number of queries, whatever the size of the project."""

from collections.abc import Callable
from typing import Any

_BUILDERS: dict[tuple[str, ...], Callable[[Any], Any]] = {}


def snapshot_part(name: str, *more: str) -> Callable:
    """Register a builder for the part `name`. A builder that gathers several parts in
    one query names them all and returns a tuple of parts in the same order."""
    names = (name, *more)

    def register(builder: Callable[[Any], Any]) -> Callable[[Any], Any]:
        taken = {n for registered in _BUILDERS for n in registered}
        if taken & set(names):
            raise ValueError(f"A snapshot part called {sorted(taken & set(names))[0]!r} "
                             "already exists")
        _BUILDERS[names] = builder
        return builder

    return register


def build_parts(project: Any) -> dict[str, Any]:
    parts: dict[str, Any] = {}
    for names, builder in _BUILDERS.items():
        built = builder(project)
        parts.update(zip(names, built, strict=True) if len(names) > 1 else {names[0]: built})
    return parts
