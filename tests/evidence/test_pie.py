"""The Evidence Pie's geometry and summary line (pure, no database)."""

import re

import pytest

from trellis.evidence.pie import COLOURS, INNER, OUTER, SliceCount, build_pie, summarise
from trellis.framework.loader import get_framework

SLICES = get_framework().evidence_pie.slices


def counts(*numbers: int) -> list[SliceCount]:
    return [SliceCount(s.slug, s.name, s.short_name, n)
            for s, n in zip(SLICES, numbers, strict=True)]


def test_summary_names_the_missing_slices_in_lower_case():
    assert summarise(counts(2, 3, 1, 0, 4, 0)) == (
        "Evidence from 4 of 6 slices; none yet from lived experience or wider research")


def test_summary_with_one_missing_slice():
    assert summarise(counts(1, 1, 1, 1, 1, 0)) == (
        "Evidence from 5 of 6 slices; none yet from wider research")


def test_summary_lists_several_missing_slices():
    assert summarise(counts(5, 0, 0, 1, 0, 0)) == (
        "Evidence from 2 of 6 slices; none yet from organisational data, professional "
        "knowledge, evaluations or wider research")


def test_summary_with_no_evidence_and_with_every_slice():
    assert summarise(counts(0, 0, 0, 0, 0, 0)) == "No evidence recorded yet"
    assert summarise(counts(1, 2, 3, 4, 5, 6)) == "Evidence from all 6 slices"


def test_only_slices_with_evidence_are_drawn_and_empty_ones_are_listed_as_empty():
    pie = build_pie(counts(2, 3, 1, 0, 4, 0))
    assert [s.slug for s in pie.drawn] == ["population-data", "organisational-data",
                                           "professional-knowledge", "evaluations"]
    assert [s.slug for s in pie.empty_segments] == ["lived-experience", "wider-research"]
    assert all(s.path == "" for s in pie.empty_segments)
    assert [s.items_cell for s in pie.segments] == ["2", "3", "1", "None yet", "4", "None yet"]
    assert pie.total == 10


def test_each_slice_keeps_its_own_colour_and_number():
    pie = build_pie(counts(0, 1, 0, 0, 0, 1))
    assert [s.colour for s in pie.segments] == list(COLOURS)
    assert len(set(COLOURS)) == 6
    assert [s.number for s in pie.drawn] == [2, 6]


def test_shares_are_proportional():
    pie = build_pie(counts(1, 3, 0, 0, 0, 0))
    assert [s.share for s in pie.drawn] == [0.25, 0.75]
    assert [s.percent for s in pie.drawn] == [25, 75]


def numbers(path: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path)]


def test_a_quarter_runs_from_the_top_to_three_o_clock():
    pie = build_pie(counts(1, 3, 0, 0, 0, 0))
    first = pie.drawn[0].path
    assert first.startswith(f"M 120 {120 - OUTER} ")
    # The outer edge ends at 3 o'clock, the inner edge comes back to 12 o'clock.
    assert f"{120 + OUTER} 120 L {120 + INNER} 120" in first
    assert first.endswith(f"120 {120 - INNER} Z")
    # The second slice starts where the first ended.
    assert pie.drawn[1].path.startswith(f"M {120 + OUTER} 120 ")


def test_every_arc_is_at_most_half_a_turn_so_one_slice_can_fill_the_ring():
    pie = build_pie(counts(0, 0, 0, 7, 0, 0))
    (only,) = pie.drawn
    assert only.share == 1
    assert only.path.count(" A ") == 4
    assert re.findall(r"A \d+ \d+ 0 (\d) [01] ", only.path) == ["0", "0", "0", "0"]
    assert only.path.startswith(f"M 120 {120 - OUTER} ")
    assert f"A {OUTER} {OUTER} 0 0 1 120 {120 + OUTER} " in only.path


def test_points_stay_on_the_ring():
    pie = build_pie(counts(3, 1, 4, 1, 5, 9))
    for segment in pie.drawn:
        values = numbers(segment.path.replace("A 100 100 0 0 1", "A").replace(
            "A 58 58 0 0 0", "A"))
        points = list(zip(values[::2], values[1::2], strict=True))
        for x, y in points:
            radius = ((x - 120) ** 2 + (y - 120) ** 2) ** 0.5
            assert radius == pytest.approx(OUTER, abs=0.02) or radius == pytest.approx(
                INNER, abs=0.02)
        mx, my = segment.marker_x, segment.marker_y
        assert ((mx - 120) ** 2 + (my - 120) ** 2) ** 0.5 == pytest.approx(
            (OUTER + INNER) / 2, abs=0.02)


def test_no_evidence_draws_a_pale_dashed_ring():
    pie = build_pie(counts(0, 0, 0, 0, 0, 0))
    assert pie.drawn == ()
    (shape,) = pie.shapes
    assert shape.dasharray != "none"
    assert pie.total_label == "items"


def test_description_gives_every_slice_in_words():
    pie = build_pie(counts(1, 0, 0, 0, 0, 0))
    assert pie.description == (
        "Evidence from 1 of 6 slices; none yet from organisational data, professional "
        "knowledge, lived experience, evaluations or wider research. Population data: 1 item; "
        "Organisational data: none yet; Professional knowledge: none yet; Lived experience: "
        "none yet; Evaluations: none yet; Wider research: none yet.")
    assert pie.total_label == "item"


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("colour", COLOURS)
def test_every_colour_has_at_least_3_to_1_contrast_against_white(colour):
    assert 1.05 / (relative_luminance(colour) + 0.05) >= 3
