"""A measure's figures turned into an SPC chart with its settings."""

from datetime import date

from trellis.monitoring.series import Observation, SeriesSettings, chart_of


def _monthly(values, **numbers):
    return [Observation(date(2024 + (i // 12), i % 12 + 1, 1), v) for i, v in enumerate(values)]


def _settings(**overrides):
    base = {"kind": "count", "chart_type": "xmr", "direction": "up", "target": None,
            "baseline_until": None, "recalculate_from": ()}
    return SeriesSettings(**(base | overrides))


def test_no_data_no_chart():
    assert chart_of([], _settings()) is None


def test_a_proportion_is_charted_as_a_percentage_on_an_xmr_chart():
    points = [Observation(date(2025, m, 1), 0.5, 5, 10) for m in range(1, 13)]
    chart = chart_of(points, _settings(kind="proportion", target=60))
    assert chart.values[0] == 50
    assert chart.target == 60


def test_a_p_chart_uses_numerators_and_denominators_and_a_target_as_a_fraction():
    points = [Observation(date(2025, m, 1), m / 20, m, 20) for m in range(1, 13)]
    chart = chart_of(points, _settings(kind="proportion", chart_type="p", target=40))
    assert chart.kind == "p"
    assert chart.numerators[2] == 3 and chart.denominators[2] == 20
    assert chart.target == 0.4


def test_recalculation_starts_at_the_first_period_on_or_after_its_date():
    values = [10, 11, 9, 10, 12, 10, 11, 9, 20, 21, 19, 22, 20, 21, 19, 20]
    chart = chart_of(_monthly(values), _settings(recalculate_from=(date(2024, 8, 15),)))
    assert chart.recalculate_at == (8,)   # September 2024, the first period after the 15th
    assert chart.sections[1].mean > chart.sections[0].mean


def test_recalculations_before_the_first_or_after_the_last_point_are_ignored():
    values = list(range(20))
    chart = chart_of(_monthly(values), _settings(
        recalculate_from=(date(2020, 1, 1), date(2030, 1, 1))))
    assert chart.recalculate_at == ()


def test_recalculation_too_near_the_end_is_dropped_rather_than_failing():
    values = list(range(20))
    chart = chart_of(_monthly(values), _settings(recalculate_from=(date(2025, 8, 1),)))
    assert chart.recalculate_at == ()


def test_baseline_counts_the_periods_up_to_its_end():
    values = [10] * 6 + [12] * 6 + [30] * 8
    chart = chart_of(_monthly(values), _settings(baseline_until=date(2024, 12, 1)))
    assert chart.baseline == 12
    assert chart.sections[0].mean == 11


def test_run_length_and_screening_come_from_the_settings():
    chart = chart_of(_monthly(range(15)), _settings(run_length=7, screen_outliers=True))
    assert chart.run_length == 7 and chart.screen_outliers is True
