"""The triangulation calculation, on plain tuples."""

from trellis.needs.triangulation import triangulate

SLICES = ["population", "organisational", "professional", "lived", "evaluations", "research"]


def test_counts_items_per_slice_for_each_cause():
    result = triangulate(
        [(1, "Carers do not know"), (2, "Groups clash with school")],
        [(1, "lived"), (1, "lived"), (1, "population"), (2, "research")],
        SLICES,
    )
    first, second = result.rows
    assert first.counts == (1, 0, 0, 2, 0, 0)
    assert (first.slices, first.items) == (2, 3)
    assert second.counts == (0, 0, 0, 0, 0, 1)
    assert result.causes_per_slice == (1, 0, 0, 1, 0, 1)
    assert result.unused_slices == ("organisational", "professional", "evaluations")


def test_summary_lines():
    result = triangulate([(1, "a"), (2, "b"), (3, "c")],
                         [(1, "lived"), (2, "lived"), (2, "population"), (2, "research")],
                         SLICES)
    assert [r.summary for r in result.rows] == [
        "Supported by 1 slice", "Supported by 3 slices", "Hunch: no evidence yet"]
    assert [r.cause for r in result.hunches] == [3]


def test_a_cause_without_links_is_a_hunch_with_zero_counts():
    (row,) = triangulate([(7, "Nobody asked carers")], [], SLICES).rows
    assert row.is_hunch
    assert row.counts == (0,) * 6
    assert row.slices == 0


def test_keeps_the_order_causes_are_given_in():
    result = triangulate([(3, "c"), (1, "a"), (2, "b")], [], SLICES)
    assert [r.cause for r in result.rows] == [3, 1, 2]


def test_links_to_unknown_causes_or_slices_are_ignored():
    result = triangulate([(1, "a")], [(1, "astrology"), (9, "lived")], SLICES)
    assert result.rows[0].is_hunch


def test_no_causes():
    result = triangulate([], [(1, "lived")], SLICES)
    assert result.rows == ()
    assert result.causes_per_slice == (0,) * 6
    assert result.unused_slices == tuple(SLICES)
