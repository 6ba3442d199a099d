"""Barriers × strategies, on plain data."""

from trellis.strategies.matrix import NOT_LINKED, MatrixBarrier, MatrixStrategy, build_matrix

TURNOVER = MatrixBarrier(1, "Turnover", "Inner setting", "Open", True)
DATA = MatrixBarrier(2, "No data", "Inner setting", "Being addressed", True)
OLD = MatrixBarrier(3, "Old IT", "Inner setting", "Resolved", False)
COACHING = MatrixStrategy(10, "Coaching", "Professional development")
DASHBOARD = MatrixStrategy(11, "Dashboard", "Monitoring and feedback")
CHAMPIONS = MatrixStrategy(12, "Champions", "Implementation team and champions")


def test_rows_cells_and_both_gaps():
    matrix = build_matrix([TURNOVER, DATA, OLD], [COACHING, DASHBOARD, CHAMPIONS],
                          [(10, 1), (12, 1), (11, 3), (99, 1), (10, 99)])
    assert [r.barrier for r in matrix.rows] == [TURNOVER, DATA, OLD]
    assert matrix.columns == (COACHING, DASHBOARD, CHAMPIONS)
    first = matrix.rows[0]
    assert [c.linked for c in first.cells] == [True, False, True]
    assert first.cells[0].hidden == "Coaching addresses this barrier"
    assert first.cells[1] is NOT_LINKED
    assert [r.strategies for r in matrix.rows] == [2, 0, 1]
    # An open barrier with nothing, not a resolved one; links to unknown rows ignored.
    assert matrix.uncovered == (DATA,)
    assert matrix.idle == ()


def test_strategy_addressing_nothing():
    matrix = build_matrix([TURNOVER], [COACHING, DASHBOARD], [(10, 1)])
    assert matrix.idle == (DASHBOARD,)
    assert matrix.uncovered == ()


def test_empty():
    matrix = build_matrix([], [], [])
    assert (matrix.rows, matrix.columns, matrix.uncovered, matrix.idle) == ((), (), (), ())
    only_barriers = build_matrix([TURNOVER, OLD], [], [])
    assert only_barriers.uncovered == (TURNOVER,)
    assert only_barriers.rows[0].cells == ()
