"""MDC's own XmR checks (Single Chart Tool v5.0), point for point."""

import pytest

from trellis.spc import AssuranceIcon, VariationIcon, xmr

from .mdc import DISPUTED, KNOWN_DIFFERENCES, scenarios

SCENARIOS = [
    "Number of points - 12",
    "Number of points - 13",
    "Process limits - 15",
    "Process limits - 10",
    "Special cause - High is good",
    "Special cause - Low is good",
    "Special cause - Neither",
    "Special cause - single point - ends",
    "Special cause - single point - middle",
    "Special cause - shift - ends",
    "Special cause - shift - middle",
    "Special cause - trend - no pauses",
    "Special cause - trend - pauses",
    "Special cause - two-sigma - 1",
    "Special cause - two-sigma - 2",
    "Special cause - two-sigma - 3",
    "Special cause conflict - High is good",
    "Special cause conflict - Low is good",
    "Recalculations",
    "Recalculations - Recalculated",
    "Baselines",
    "Baselines - Recalculated",
    "Special cause crossing recalculations - shift",
    "Special cause crossing recalculations - trend",
    "Special cause crossing recalculations - two-sigma",
    "Summary icons - assurance - high is good",
    "Summary icons - assurance - low is good",
    "Summary icons - variation - High is good",
    "Summary icons - variation - Low is good",
    "Summary icons - variation - High is good 2",
    "Summary icons - variation - High is good 3",
    "Summary icons - variation - Low is good 3",
    "Summary icons - variation - Neither",
    "Summary icons - variation - Too few points",
    "Summary icons - variation - Neither 2",
]

# MDC's document: the recalculation starts at point 16 (0-based index 15) and the baseline is
# the first 15 points; "Baselines - Recalculated" has both, and only the baseline applies.
SETTINGS = {
    "Recalculations - Recalculated": {"recalculate_at": [15]},
    "Baselines - Recalculated": {"baseline": 15, "recalculate_at": [15]},
    "Special cause crossing recalculations - shift": {"recalculate_at": [15]},
    "Special cause crossing recalculations - trend": {"recalculate_at": [15]},
    "Special cause crossing recalculations - two-sigma": {"recalculate_at": [15]},
}


def chart_for(name, **options):
    s = scenarios()[name]
    return xmr(s.values, direction=s.direction, **{**SETTINGS.get(name, {}), **options})


def test_the_data_holds_the_35_scenarios():
    assert sorted(scenarios()) == sorted(SCENARIOS)
    assert sum(len(s.values) for s in scenarios().values()) == 765


@pytest.mark.parametrize("name", SCENARIOS)
def test_colours_point_for_point(name):
    expected = scenarios()[name].expected()
    got = [c.value for c in chart_for(name).colours]
    wrong = [f"point {k}: expected {e}, got {g}"
             for k, (e, g) in enumerate(zip(expected, got, strict=True), start=1) if e != g]
    assert not wrong, f"{name}: " + "; ".join(wrong)


def test_the_baseline_alone_gives_the_same_colours():
    s = scenarios()["Baselines - Recalculated"]
    chart = xmr(s.values, baseline=15)
    assert [c.value for c in chart.colours] == list(s.colours)
    assert chart_for("Baselines - Recalculated").notes  # says the recalculation was ignored


def test_the_reference_files_differ_only_where_known():
    found = {}
    for s in scenarios().values():
        for k, (a, b) in enumerate(zip(s.colours, s.json_colours, strict=True), start=1):
            if a != b:
                found[(s.name, k)] = (a, b)
    assert found == KNOWN_DIFFERENCES
    for key, colour in DISPUTED.items():
        assert found[key][1] == colour  # the JSON agrees with the resolution


def test_process_limits_as_mdc_document():
    chart = chart_for("Process limits - 15")
    section = chart.sections[0]
    assert round(section.mean_moving_range, 2) == 5.43
    assert round(chart.means[0], 2) == 23.20
    assert round(chart.upper_limits[0], 2) == 37.64
    assert round(chart.lower_limits[0], 2) == 8.76


@pytest.mark.parametrize("name", ["Number of points - 12", "Process limits - 10",
                                  "Summary icons - variation - Too few points"])
def test_fewer_than_13_points_show_the_mean_only(name):
    chart = chart_for(name, target=45)
    assert not chart.has_limits and chart.lower_limits is None
    assert chart.variation_icon is None and chart.assurance_icon is None
    assert all(p.upper_limit is None and not p.special_cause for p in chart.points)
    if name == "Process limits - 10":
        assert round(chart.means[0], 2) == 22.10


VARIATION = {
    "Summary icons - variation - High is good": VariationIcon.IMPROVEMENT_HIGH,
    "Summary icons - variation - Low is good": VariationIcon.CONCERN_HIGH,
    "Summary icons - variation - High is good 2": VariationIcon.COMMON_CAUSE,
    "Summary icons - variation - High is good 3": VariationIcon.CONCERN_LOW,
    "Summary icons - variation - Low is good 3": VariationIcon.IMPROVEMENT_LOW,
    "Summary icons - variation - Neither": VariationIcon.NEITHER_HIGH,
    "Summary icons - variation - Neither 2": VariationIcon.COMMON_CAUSE,
    "Summary icons - variation - Too few points": None,
    "Number of points - 13": VariationIcon.COMMON_CAUSE,
    "Recalculations - Recalculated": VariationIcon.CONCERN_LOW,
    "Baselines - Recalculated": VariationIcon.IMPROVEMENT_HIGH,
}


@pytest.mark.parametrize("name", VARIATION)
def test_variation_icon(name):
    assert chart_for(name).variation_icon is VARIATION[name]


@pytest.mark.parametrize("name", SCENARIOS)
def test_variation_icon_follows_the_latest_colour(name):
    chart = chart_for(name)
    icon = chart.variation_icon
    colour = scenarios()[name].expected()[-1]
    if not chart.has_limits:
        assert icon is None
    else:
        assert icon.value.split("_")[0] == {"grey": "common", "blue": "improvement",
                                            "orange": "concern", "purple": "neither"}[colour]


A = "Summary icons - assurance - high is good"
B = "Summary icons - assurance - low is good"


@pytest.mark.parametrize(("name", "target", "icon"), [
    (A, 40, AssuranceIcon.FAILING), (A, 30, AssuranceIcon.HIT_AND_MISS),
    (A, 10, AssuranceIcon.PASSING), (B, 40, AssuranceIcon.PASSING),
    (B, 30, AssuranceIcon.HIT_AND_MISS), (B, 10, AssuranceIcon.FAILING),
])
def test_assurance_icon(name, target, icon):
    chart = chart_for(name, target=target)
    assert chart.assurance_icon is icon
    assert f"target of {target} is" in chart.summary


@pytest.mark.parametrize(("name", "target", "icon"), [
    (A, 40, AssuranceIcon.HIT_AND_MISS), (A, 10, AssuranceIcon.PASSING),
    (B, 40, AssuranceIcon.HIT_AND_MISS), (B, 10, AssuranceIcon.FAILING),
])
def test_assurance_uses_the_latest_limits_after_a_recalculation(name, target, icon):
    # After recalculating at point 16 the limits are 20.45 to 40.21, so 40 is inside.
    assert chart_for(name, target=target, recalculate_at=[15]).assurance_icon is icon


def test_no_assurance_without_a_direction():
    s = scenarios()[A]
    chart = xmr(s.values, direction="neither", target=40)
    assert chart.assurance_icon is None
    assert "no assurance" in chart.summary
