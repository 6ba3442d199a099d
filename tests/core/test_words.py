from trellis.core.words import counted


def test_a_count_agrees_with_its_noun():
    assert counted(0, "barrier") == "0 barriers"
    assert counted(1, "barrier") == "1 barrier"
    assert counted(2, "activity", "activities") == "2 activities"
    assert counted(1, "activity", "activities") == "1 activity"


def test_large_counts_are_grouped_in_thousands():
    assert counted(1250, "row") == "1,250 rows"
