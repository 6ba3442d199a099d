"""How a strategy is described in words, for pages and the plan. Pure: no Django."""

from datetime import date

from .kinds import LEVEL_LABELS

PHASE_LABELS = {"explore": "Explore", "prepare": "Prepare", "deliver": "Deliver",
                "sustain": "Sustain"}


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def timing_text(phase: str, start: date | None, end: date | None) -> str:
    """"Prepare, 1 Apr 2026 to 30 Jun 2026", "Deliver, from 1 Sep 2026"..."""
    label = PHASE_LABELS.get(phase, phase)
    if start and end:
        return f"{label}, {short_date(start)} to {short_date(end)}"
    if start:
        return f"{label}, from {short_date(start)}"
    if end:
        return f"{label}, until {short_date(end)}"
    return label


def detail_text(level: str, owner: str, timing: str) -> str:
    """One line saying who a strategy is aimed at, who owns it and when."""
    return "; ".join([f"Aimed at: {LEVEL_LABELS.get(level, level).lower()}",
                      f"owner: {owner}" if owner else "no owner yet", f"when: {timing}"])
