"""The Evidence Pie of one project, as a ring chart and a one-line summary.

Pure Python. From the number of evidence items in each slice (in the
framework's order) it works out an SVG path for every slice that has
evidence, sized in proportion, and lists the empty slices as empty. Each slice
keeps its own colour and number whether or not it is drawn, so the legend,
the chart and the table always agree."""

import math
from collections.abc import Sequence
from dataclasses import dataclass

SIZE = 240
CENTRE = SIZE / 2
OUTER = 100
INNER = 58
MARKER = (OUTER + INNER) / 2

# One colour per slice, in framework order: each at least 3:1 against white
# (WCAG 1.4.11), and told apart by number and legend as well as by colour.
COLOURS = ("#1d70b8", "#b33b00", "#4c2c92", "#28a197", "#d53880", "#505a5f")


@dataclass(frozen=True)
class SliceCount:
    slug: str
    name: str
    short_name: str
    count: int


EMPTY_FILL = "#f3f2f1"
EMPTY_STROKE = "#505a5f"


@dataclass(frozen=True)
class Shape:
    path: str
    fill: str
    stroke: str = "#ffffff"
    dasharray: str = "none"


@dataclass(frozen=True)
class Segment:
    slug: str
    name: str
    short_name: str
    count: int
    number: int
    colour: str
    share: float = 0.0
    path: str = ""
    marker_x: float = 0.0
    marker_y: float = 0.0

    @property
    def empty(self) -> bool:
        return self.count == 0

    @property
    def percent(self) -> int:
        return round(self.share * 100)

    @property
    def swatch(self) -> Shape:
        """The key's square: filled in the slice's colour, or a dashed outline
        when the slice is empty."""
        if self.empty:
            return Shape("", "#ffffff", EMPTY_STROKE, "3 2")
        return Shape("", self.colour, self.colour)

    @property
    def items_cell(self) -> str:
        return "None yet" if self.count == 0 else str(self.count)

    @property
    def count_text(self) -> str:
        if self.count == 0:
            return "None yet"
        return f"{self.count} item{'s' if self.count != 1 else ''}"


@dataclass(frozen=True)
class Pie:
    segments: tuple[Segment, ...]
    summary: str
    size: int = SIZE

    @property
    def total(self) -> int:
        return sum(s.count for s in self.segments)

    @property
    def drawn(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if not s.empty)

    @property
    def empty_segments(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.empty)

    @property
    def centre(self) -> float:
        return CENTRE

    @property
    def shapes(self) -> tuple[Shape, ...]:
        """What to draw: a band per slice with evidence, or a pale dashed ring
        when there is no evidence at all."""
        if not self.total:
            return (Shape(ring_path(0.0, 1.0), EMPTY_FILL, EMPTY_STROKE, "4 3"),)
        return tuple(Shape(s.path, s.colour) for s in self.drawn)

    @property
    def total_label(self) -> str:
        return "item" if self.total == 1 else "items"

    @property
    def description(self) -> str:
        parts = [f"{s.short_name}: {s.count_text.lower()}" for s in self.segments]
        return f"{self.summary}. " + "; ".join(parts) + "."


def _point(radius: float, turn: float) -> tuple[float, float]:
    """The point `turn` of the way round the circle, clockwise from the top."""
    angle = 2 * math.pi * turn
    return (round(CENTRE + radius * math.sin(angle), 2),
            round(CENTRE - radius * math.cos(angle), 2))


def _fmt(point: tuple[float, float]) -> str:
    return f"{point[0]:g} {point[1]:g}"


def ring_path(start: float, end: float) -> str:
    """A band of the ring from `start` to `end` (fractions of a turn). Each
    edge is drawn as two arcs of at most half a turn, so a single slice
    holding everything still draws as a full ring."""
    middle = (start + end) / 2
    outer = [_point(OUTER, t) for t in (start, middle, end)]
    inner = [_point(INNER, t) for t in (end, middle, start)]
    return (f"M {_fmt(outer[0])} "
            f"A {OUTER} {OUTER} 0 0 1 {_fmt(outer[1])} "
            f"A {OUTER} {OUTER} 0 0 1 {_fmt(outer[2])} "
            f"L {_fmt(inner[0])} "
            f"A {INNER} {INNER} 0 0 0 {_fmt(inner[1])} "
            f"A {INNER} {INNER} 0 0 0 {_fmt(inner[2])} Z")


def _join_or(words: list[str]) -> str:
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} or {words[-1]}"


def summarise(counts: Sequence[SliceCount]) -> str:
    """E.g. "Evidence from 4 of 6 slices; none yet from lived experience or wider research"."""
    covered = [c for c in counts if c.count > 0]
    if not covered:
        return "No evidence recorded yet"
    if len(covered) == len(counts):
        return f"Evidence from all {len(counts)} slices"
    missing = [c.short_name.lower() for c in counts if c.count == 0]
    return (f"Evidence from {len(covered)} of {len(counts)} slices; "
            f"none yet from {_join_or(missing)}")


def build_pie(counts: Sequence[SliceCount]) -> Pie:
    total = sum(max(c.count, 0) for c in counts)
    segments = []
    turn = 0.0
    for number, count in enumerate(counts, start=1):
        base = {"slug": count.slug, "name": count.name, "short_name": count.short_name,
                "count": max(count.count, 0), "number": number,
                "colour": COLOURS[(number - 1) % len(COLOURS)]}
        if total and count.count > 0:
            share = count.count / total
            marker = _point(MARKER, turn + share / 2)
            segments.append(Segment(**base, share=share, path=ring_path(turn, turn + share),
                                    marker_x=marker[0], marker_y=marker[1]))
            turn += share
        else:
            segments.append(Segment(**base))
    return Pie(segments=tuple(segments), summary=summarise(counts))
