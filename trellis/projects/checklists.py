"""Checklist progress: which questions a project has answered, and how.

Plain Python over plain data, so it is tested without a database."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

DONE = "yes"


@dataclass(frozen=True)
class AnswerRecord:
    item: str
    answer: str
    note: str
    answered_by: str
    answered_at: object  # a datetime; kept opaque here
    label: str = ""


@dataclass(frozen=True)
class ItemStatus:
    slug: str
    question: str
    latest: AnswerRecord | None

    @property
    def is_open(self) -> bool:
        return self.latest is None or self.latest.answer != DONE


@dataclass(frozen=True)
class PhaseProgress:
    phase: str
    items: tuple[ItemStatus, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return self.counts.get(DONE, 0)

    @property
    def answered(self) -> int:
        return sum(1 for item in self.items if item.latest is not None)

    @property
    def open_items(self) -> list[ItemStatus]:
        return [item for item in self.items if item.is_open]

    @property
    def summary(self) -> str:
        if not self.answered:
            return f"Not started: {self.total} questions"
        return f"{self.done} of {self.total} answered yes"


def latest_answers(answers: Iterable[AnswerRecord]) -> dict[str, AnswerRecord]:
    """The most recent answer per item; `answers` may come in any order."""
    latest: dict[str, AnswerRecord] = {}
    for record in answers:
        current = latest.get(record.item)
        if current is None or record.answered_at > current.answered_at:
            latest[record.item] = record
    return latest


def phase_progress(phase: str, questions: Sequence[tuple[str, str]],
                   latest: dict[str, AnswerRecord]) -> PhaseProgress:
    """Progress for one phase's checklist. `questions` is (slug, question) in
    order; answers to questions no longer in the checklist are ignored."""
    items = tuple(ItemStatus(slug, question, latest.get(slug)) for slug, question in questions)
    counts: dict[str, int] = {}
    for item in items:
        if item.latest is not None:
            counts[item.latest.answer] = counts.get(item.latest.answer, 0) + 1
    return PhaseProgress(phase, items, counts)
