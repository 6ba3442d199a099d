"""``trellis spc FILE.csv``, run as analysts would run it."""

import csv
import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from trellis.spc.cli import main

from .mdc import scenarios

ROOT = Path(__file__).parents[2]
HEADER = "series_id,date,value,improvement_direction,target,rebase_dates\n"
COLOUR = {"grey": "common_cause", "blue": "special_cause_improvement",
          "orange": "special_cause_concern"}
DIRECTION = {"up": "increase", "down": "decrease", "neither": "neither"}
START = date(2023, 1, 2)
# The MDC scenarios whose recalculation starts at point 16; baselines are not a CSV column.
REBASED = {"Recalculations - Recalculated", "Special cause crossing recalculations - shift",
           "Special cause crossing recalculations - trend",
           "Special cause crossing recalculations - two-sigma"}


def run_command(*args):
    result = subprocess.run([sys.executable, "-m", "trellis", "spc", *map(str, args)],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                            check=False)
    return result.returncode, result.stdout, result.stderr


def run(*args):
    out = io.StringIO()
    code = main([str(a) for a in args], out=out)
    return code, out.getvalue()


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def mdc_file(tmp_path):
    lines = [HEADER.strip()]
    for s in scenarios().values():
        if s.name.startswith("Baselines"):
            continue
        rebase = (START + timedelta(days=15)).isoformat() if s.name in REBASED else ""
        for k, value in enumerate(s.values):
            lines.append(f'"{s.name}",{(START + timedelta(days=k)).isoformat()},{value:g},'
                         f"{DIRECTION[s.direction]},,{rebase}")
    return write(tmp_path, "\n".join(lines) + "\n")


def expected_classification(colour, row):
    if colour == "purple":
        return row["classification"] if row["classification"].startswith(
            "special_cause_neither_") else "special_cause_neither_*"
    return COLOUR[colour]


def test_every_mdc_scenario_point_for_point_through_the_command(tmp_path):
    code, out = run(mdc_file(tmp_path))
    assert code == 0
    got = {}
    for row in rows(out):
        got.setdefault(row["series_id"], []).append(row)
    checked = 0
    for s in scenarios().values():
        if s.name.startswith("Baselines"):
            continue
        wrong = [f"point {k}: expected {colour}, got {row['classification']}"
                 for k, (colour, row) in enumerate(zip(s.expected(), got[s.name], strict=True),
                                                   start=1)
                 if row["classification"] != expected_classification(colour, row)]
        assert not wrong, f"{s.name}: " + "; ".join(wrong)
        checked += len(s.values)
    assert checked > 700


def test_a_row_per_point_with_limits_rules_and_reason(tmp_path):
    values = [10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 11, 10] + [5] * 6
    lines = [f"A,{(START + timedelta(days=7 * k)).isoformat()},{v},increase,12,"
             for k, v in enumerate(values)]
    code, out = run(write(tmp_path, HEADER + "\n".join(lines) + "\n"))
    assert code == 0
    table = rows(out)
    assert list(table[0]) == ["series_id", "date", "value", "mean", "lower_process_limit",
                              "upper_process_limit", "classification", "rules", "reason"]
    last = table[-1]
    assert last["classification"] == "special_cause_concern"
    assert "run_below_mean" in last["rules"].split(";")
    assert "part of a 6-point run below the mean" in last["reason"]
    assert float(last["lower_process_limit"]) < float(last["mean"]) < float(
        last["upper_process_limit"])


def test_run_length_7_and_screening_change_the_answer(tmp_path):
    values = [8, 12, 9, 11, 8, 12, 9, 11, 8, 12] + [9.8] * 6
    lines = [f"A,2024-{k + 1:02d}-01,{v},increase,," if k < 12 else
             f"A,2025-{k - 11:02d}-01,{v},increase,," for k, v in enumerate(values)]
    path = write(tmp_path, HEADER + "\n".join(lines) + "\n")
    assert rows(run(path)[1])[-1]["classification"] == "special_cause_concern"
    assert rows(run(path, "--run-length", 7)[1])[-1]["classification"] == "common_cause"


def test_screening_leaves_an_outlying_moving_range_out_of_the_limits(tmp_path):
    values = [10, 11, 10, 12, 11, 10, 11, 60, 11, 10, 12, 11, 10, 11, 12]  # one wild month
    lines = [f"A,2024-{k + 1:02d}-01,{v},increase,," if k < 12 else
             f"A,2025-{k - 11:02d}-01,{v},increase,," for k, v in enumerate(values)]
    path = write(tmp_path, HEADER + "\n".join(lines) + "\n")
    plain = float(rows(run(path)[1])[0]["upper_process_limit"])
    screened = float(rows(run(path, "--screen-outliers")[1])[0]["upper_process_limit"])
    assert screened < plain


def test_dates_are_sorted_uk_dates_read_and_series_kept_apart(tmp_path):
    text = HEADER + ("B,02/01/2024,7,decrease,,\n"
                     "A,2024-01-02,3,,,\n"
                     "B,01/01/2024,9,,,\n")
    code, out = run(write(tmp_path, text))
    assert code == 0
    assert [(r["series_id"], r["date"], r["value"]) for r in rows(out)] == [
        ("B", "2024-01-01", "9"), ("B", "2024-01-02", "7"), ("A", "2024-01-02", "3")]


def test_summary_gives_the_icons_per_series(tmp_path):
    values = [10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 11, 10] + [15] * 6
    lines = [f"A,{(START + timedelta(days=k)).isoformat()},{v},increase,14,"
             for k, v in enumerate(values)]
    lines.append(f"Few,{START.isoformat()},4,neither,,")
    code, out = run(write(tmp_path, HEADER + "\n".join(lines) + "\n"), "--summary")
    assert code == 0
    a, few = rows(out)
    assert (a["series_id"], a["points"], a["variation_icon"]) == ("A", "18", "improvement_high")
    assert a["assurance_icon"] in ("passing", "hit_and_miss")
    assert a["variation"].startswith("Special cause improvement")
    assert (few["variation_icon"], few["assurance_icon"]) == ("", "")


def test_the_trellis_command_runs_without_the_app(tmp_path):
    path = write(tmp_path, HEADER + "A,2024-01-01,5,increase,,\n")
    code, out, err = run_command(path)
    assert (code, err) == (0, "")
    assert rows(out)[0]["classification"] == "common_cause"


@pytest.mark.parametrize(("text", "message"), [
    ("", "the file is empty"),
    ("series_id,date,value\nA,2024-01-01,1\n", "no improvement_direction, target, rebase_dates"),
    (HEADER, "no data rows"),
    (HEADER + "A,2024-01-01,lots,increase,,\n", 'line 2, value: "lots" is not a number'),
    (HEADER + "A,31/02/2024,1,increase,,\n", 'line 2, date: "31/02/2024" is not a date'),
    (HEADER + "A,2024-01-01,1,up,,\n", '"up" is not increase, decrease or neither'),
    (HEADER + "A,2024-01-01,1,increase,,\nA,2024-01-02,1,decrease,,\n",
     "line 3, improvement_direction: differs from an earlier row of series 'A'"),
    (HEADER + "A,2024-01-01,1,increase,,\nA,2024-01-01,2,,,\n",
     "lines 2 and 3: series 'A' has two values for 2024-01-01"),
    (HEADER + ",2024-01-01,1,increase,,\n", "line 2, series_id: empty"),
])
def test_bad_input_gives_one_line_and_status_2(tmp_path, capsys, text, message):
    code, out = run(write(tmp_path, text))
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_a_missing_file(tmp_path, capsys):
    assert run(tmp_path / "nope.csv")[0] == 2
    assert "no such file" in capsys.readouterr().err
