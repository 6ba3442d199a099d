"""A plain, read-only picture of one project for the critical-friend rules.
Later capabilities add the fields their rules need."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class TeamRoleSnapshot:
    person: int
    role: str


@dataclass(frozen=True)
class ProjectSnapshot:
    title: str
    phase: str
    status: str
    today: date
    next_review_date: date | None = None
    team: tuple[TeamRoleSnapshot, ...] = ()
    # phase slug -> {checklist item slug: latest answer}
    checklist_answers: dict[str, dict[str, str]] = field(default_factory=dict)
    # What other capabilities know about the project, by part name ("evidence",
    # "decisions"...), each a plain frozen dataclass built by that capability.
    parts: Mapping[str, Any] = field(default_factory=dict)

    def part(self, name: str, default: Any = None) -> Any:
        return self.parts.get(name, default)
