"""``python -m trellis.spc``, run as analysts would run it."""

import subprocess
import sys
from pathlib import Path

import pytest

from .mdc import scenarios

ROOT = Path(__file__).parents[2]


def run(*args):
    result = subprocess.run([sys.executable, "-m", "trellis.spc", *map(str, args)], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", check=False)
    return result.returncode, result.stdout, result.stderr


def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


RECALCULATIONS = "Recalculations"


@pytest.fixture
def recalculations(tmp_path):
    values = scenarios()[RECALCULATIONS].values
    rows = [f"2023-{1 + k // 28:02d}-{1 + k % 28:02d},{v:g}" for k, v in enumerate(values)]
    return write(tmp_path, "date,value\n" + "\n".join(rows) + "\n")


def test_a_table_with_icons_and_summary(recalculations):
    code, out, err = run(recalculations, "--target", 40)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["#", "date", "value", "mean"]
    assert "reasons" in lines[0]
    assert lines[1].split()[:3] == ["1", "2023-01-01", "16"]
    assert "concern" in lines[1] and "part of a 15-point run below the mean" in lines[1]
    assert "Variation: Common cause variation" in out
    assert "Assurance: Consistently failing the target" in out
    assert "Summary: Latest point: common cause variation. The target of 40 is above" in out


def test_recalculate_at_counts_points_from_1(recalculations):
    code, out, _ = run(recalculations, "--recalculate-at", 16)
    assert code == 0
    rows = out.splitlines()[1:31]
    signals = [("concern" in row, "common cause" in row) for row in rows]
    assert signals == [(False, True)] * 24 + [(True, False)] * 6  # as MDC's recalculated chart
    assert "Section 2: points 16-30" in out
    assert "Variation: Special cause concern – low" in out


def test_baseline_run_length_and_direction(recalculations):
    code, out, _ = run(recalculations, "--baseline", 15, "--direction", "down",
                       "--run-length", 7)
    assert code == 0
    assert ("Section 1: points 1-30, mean 20.00 (from points 1-15, the baseline), mean moving "
            "range 4.36") in out
    assert "part of a 15-point run above the mean" in out
    assert "Variation: Special cause concern – high" in out


def test_a_value_only_file_and_screening(tmp_path):
    values = [12, 10] * 8 + [40] + [10, 12] * 8 + [-18] + [12, 10] * 4
    path = write(tmp_path, "Value\n" + "\n".join(map(str, values)) + "\n")
    code, out, _ = run(path, "--screen-outliers")
    assert code == 0
    assert "(4 outlying moving range(s) left out)" in out
    assert "date" not in out.splitlines()[0]


def test_a_p_chart_file(tmp_path):
    rows = "\n".join(f"{n},{d}" for n, d in zip([20, 22, 18, 21] * 4, [100, 90, 110, 95] * 4,
                                                strict=True))
    code, out, _ = run(write(tmp_path, "numerator,denominator\n" + rows + "\n"))
    assert code == 0
    assert out.splitlines()[0].split()[:4] == ["#", "numerator", "denominator", "value"]
    assert " 0.2000 " in out.splitlines()[1]


def test_fewer_than_13_points(tmp_path):
    code, out, _ = run(write(tmp_path, "value\n1\n2\n3\n"))
    assert code == 0
    assert "not assessed" in out and "Variation: none (too few points)" in out


@pytest.mark.parametrize(("text", "args", "message"), [
    (None, [], "no such file"),
    ("value\n1\nabc\n3\n", [], 'line 3, value: "abc" is not a number'),
    ("date,value\na,1\n\nb,\nc,3\n", [], "line 4, value: empty"),
    ("value\n1\nnan\n", [], '"nan" is not a finite number'),
    ("1\n2\n3\n", [], 'the first row must be a header with a "value" column'),
    ("", [], "the file is empty"),
    ("value\n", [], "no data rows"),
    ("value\n1\n2\n3\n", ["--recalculate-at", "1"], "use a point number from 2 to 3"),
    ("value\n1\n2\n3\n", ["--run-length", "8"], "invalid choice: 8"),
    ("value\n1\n2\n3\n", ["--target", "lots"], "invalid float value: 'lots'"),
    ("value\n1\n2\n3\n", ["--baseline", "1"], "baseline must be a whole number"),
    ("numerator,denominator\n1,2\n3,0\n", [], "denominator at position 1 (point 2) is 0"),
    ("numerator,denominator\n1,2\n", ["--screen-outliers"], "XmR charts only"),
])
def test_bad_input_gives_one_line_and_status_2(tmp_path, text, args, message):
    path = tmp_path / "missing.csv" if text is None else write(tmp_path, text)
    code, out, err = run(path, *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert message in err


def test_help():
    code, out, _ = run("--help")
    assert code == 0 and "--recalculate-at N" in out
