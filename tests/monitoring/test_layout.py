"""The chart's geometry, straight from the pure layout module."""

from datetime import date, timedelta

import pytest

from trellis.monitoring.layout import (
    MARKER_STYLES,
    ChartLabels,
    Event,
    Marker,
    layout,
    nice_step,
    number,
    ticks,
)
from trellis.spc import Signal, p_chart, xmr

STEADY = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 10, 11, 12]


def labels_for(n, *, start=date(2025, 1, 6), events=(), scale=1.0, unit=""):
    periods = tuple(start + timedelta(weeks=i) for i in range(n))
    return ChartLabels(title="Referrals", periods=periods,
                       period_end=periods[-1] + timedelta(weeks=1),
                       x_labels=tuple(f"{p.day} {p:%b}" for p in periods), scale=scale,
                       unit=unit, events=tuple(events),
                       event_dates=tuple(str(e.day) for e in events))


def markers(drawing):
    return [m for m in drawing.items if isinstance(m, Marker) and m.kind == "point"]


def contrast_on_white(colour: str) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    lum = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (lum + 0.05)


def test_a_special_cause_concern_gets_the_concern_shape():
    chart = xmr([*STEADY, 30], direction="down")  # a high point where lower is better
    drawing = layout(chart, labels_for(len(chart)))
    points = markers(drawing)
    assert points[-1].signal is Signal.CONCERN
    assert (points[-1].shape, points[-1].colour) == ("diamond", "#B35A00")
    assert {p.shape for p in points[:-1]} == {"circle"}
    assert points[0].radius < points[-1].radius  # common cause is drawn smaller


def test_improvement_is_a_dark_blue_circle_and_no_direction_a_square():
    up = markers(layout(xmr([*STEADY, 30], direction="up"), labels_for(15)))
    assert (up[-1].shape, up[-1].colour) == ("circle", "#005EA5")
    neither = markers(layout(xmr([*STEADY, 30], direction="neither"), labels_for(15)))
    assert neither[-1].shape == "square"


def test_every_marker_colour_has_3_to_1_contrast_on_white():
    for shape, colour, _ in MARKER_STYLES.values():
        assert contrast_on_white(colour) >= 3.0, (shape, colour)


def test_the_target_line_is_at_the_target():
    chart = xmr(STEADY, direction="up", target=15)
    drawing = layout(chart, labels_for(len(chart)))
    [target] = drawing.of_kind("target")
    plot = drawing.plot
    grid = sorted(drawing.of_kind("grid"), key=lambda line: line.y1)
    top, bottom = [float(t.text) for t in drawing.of_kind("y-label")][-1], float(
        drawing.of_kind("y-label")[0].text)
    assert grid[0].y1 == pytest.approx(plot.top) and grid[-1].y1 == pytest.approx(plot.bottom)
    expected = plot.bottom - (15 - bottom) / (top - bottom) * plot.height
    assert target.y1 == target.y2 == pytest.approx(expected)
    assert (target.x1, target.x2) == (plot.left, plot.right)
    assert any(t.text == "Target 15" for t in drawing.of_kind("line-label"))


def test_a_proportion_on_a_p_chart_is_drawn_in_percent():
    chart = p_chart([30, 32, 28, 31, 29, 30, 33, 30, 31, 29, 30, 32, 31],
                    [100] * 13, direction="up", target=0.4)
    drawing = layout(chart, labels_for(13, scale=100, unit="%"))
    assert any(t.text == "Target 40%" for t in drawing.of_kind("line-label"))
    assert markers(drawing)[0].label.endswith("30% (common cause variation)")


def test_limits_step_at_a_recalculation():
    values = [*STEADY, 30, 31, 29, 30, 32, 31, 30, 29, 31, 30, 32, 31, 30, 29]
    chart = xmr(values, direction="up", recalculate_at=[14])
    drawing = layout(chart, labels_for(len(values)))
    uppers = drawing.of_kind("upper-limit")
    assert len(uppers) == 2  # one stretch per section
    assert uppers[0].points[-1][0] < uppers[1].points[0][0]
    assert uppers[1].points[0][1] < uppers[0].points[-1][1]  # higher limit: smaller y
    [line] = drawing.of_kind("recalculation")
    points = markers(drawing)
    assert points[13].x < line.x1 < points[14].x


def test_fewer_than_13_points_have_a_mean_but_no_limits():
    chart = xmr(STEADY[:8], direction="up")
    drawing = layout(chart, labels_for(8))
    assert drawing.of_kind("mean") and not drawing.of_kind("upper-limit")
    assert {m.shape for m in markers(drawing)} == {"hollow"}


def test_plan_events_inside_the_range_are_marked_and_numbered():
    inside = Event(date(2025, 1, 22), "Adaptation: evening conferences")
    outside = Event(date(2024, 6, 1), "Strategy starts: coaching")
    chart = xmr(STEADY, direction="up")
    drawing = layout(chart, labels_for(len(chart), events=[inside, outside]))
    lines = [line for line in drawing.of_kind("event") if line.x1 == line.x2]
    assert len(lines) == 1
    points = markers(drawing)
    # 22 January is 2 days into the week of 20 January (the third point)
    assert points[2].x < lines[0].x1 < points[3].x
    keys = [t.text for t in drawing.of_kind("event-key")]
    assert keys[0] == "2025-01-22: Adaptation: evening conferences"


def test_x_labels_never_overlap_with_five_years_of_weeks():
    values = [10 + (i % 7) for i in range(260)]
    drawing = layout(xmr(values), labels_for(260))
    xs = [t.x for t in drawing.of_kind("x-label")]
    widest = max(len(t.text) for t in drawing.of_kind("x-label")) * 12 * 0.56
    assert len(xs) > 5
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) > widest


def test_a_single_point_is_drawn():
    drawing = layout(xmr([5]), labels_for(1))
    assert len(markers(drawing)) == 1 and drawing.of_kind("mean")


@pytest.mark.parametrize(("low", "high", "expected"), [
    (0, 10, (0, 2, 4, 6, 8, 10)), (43.2, 71.9, (40, 50, 60, 70, 80)),
    (5, 5, (4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6)),
])
def test_ticks_are_round_numbers_covering_the_data(low, high, expected):
    assert ticks(low, high) == expected


def test_numbers_read_plainly():
    assert (number(12.0), number(3.14159), number(1250.5), number(-0.001)) == (
        "12", "3.14", "1,250.5", "0")
    assert nice_step(7) == 2
