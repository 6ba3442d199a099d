"""Capabilities add what their rules need to a project's snapshot.

Each app registers a builder with `@snapshot_part("name")` (in its
AppConfig.ready); it takes a Project and returns a plain frozen dataclass,
which rules read as `snapshot.part("name")`. A builder should use a fixed
number of queries, whatever the size of the project."""

from collections.abc import Callable
from typing import Any

_BUILDERS: dict[str, Callable[[Any], Any]] = {}


def snapshot_part(name: str) -> Callable:
    def register(builder: Callable[[Any], Any]) -> Callable[[Any], Any]:
        if name in _BUILDERS:
            raise ValueError(f"A snapshot part called {name!r} already exists")
        _BUILDERS[name] = builder
        return builder

    return register


def build_parts(project: Any) -> dict[str, Any]:
    return {name: builder(project) for name, builder in _BUILDERS.items()}
