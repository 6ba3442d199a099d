"""Comparing two revisions' content: pure, on plain dicts."""

from trellis.plans.diff import (
    ADDED,
    CHANGED,
    REMOVED,
    SAME,
    Piece,
    as_text,
    compare,
    fields_of,
    word_changes,
)


def component(key, name, done_well="", **more):
    return {"key": key, "title": name, "detail": done_well,
            "labels": {"title": "Name", "detail": "What it looks like when done well"}, **more}


def test_word_level_marks_on_both_sides():
    before, after = word_changes("Families are offered an FGC early",
                                 "Families are offered an FGC at the right time")
    assert before == (Piece("Families are offered an FGC "), Piece("early", REMOVED))
    assert after == (Piece("Families are offered an FGC "),
                     Piece("at the right time", ADDED))


def test_identical_text_is_one_unchanged_piece():
    assert word_changes("same words", "same words") == ((Piece("same words"),),
                                                        (Piece("same words"),))


def test_text_from_nothing_is_all_added():
    assert word_changes("", "new") == ((), (Piece("new", ADDED),))


def test_fields_use_the_items_own_labels_and_flatten_fields():
    item = component("component-1", "Voluntary", "Families chose it",
                     fields={"What must stay fixed (tight)": "No compulsion"}, position=2)
    assert fields_of(item) == {
        "Name": "Voluntary", "What it looks like when done well": "Families chose it",
        "What must stay fixed (tight)": "No compulsion", "Position": "2"}


def test_values_become_readable_text():
    assert as_text([{"pk": 1, "title": "Census"}, {"pk": 2, "title": "Survey"}]) == \
        "Census; Survey"
    assert as_text(None) == "" and as_text(True) == "Yes" and as_text(3) == "3"
    assert as_text({"a": "b"}) == "a: b"


def test_added_removed_and_changed_items_by_key():
    before = {"components": [component("component-1", "Independent co-ordinator"),
                             component("component-2", "Private family time", "Always"),
                             component("component-3", "Voluntary")]}
    after = {"components": [component("component-1", "Independent co-ordinator"),
                            component("component-2", "Private family time", "At every FGC"),
                            component("component-4", "Child at the centre", "Heard")]}
    (section,) = compare(before, after, {"components": "Core components"})
    assert section.title == "Core components"
    assert section.unchanged == 1
    statuses = [(item.key, item.status) for item in section.items]
    assert statuses == [("component-2", CHANGED), ("component-4", ADDED),
                        ("component-3", REMOVED)]
    assert section.counts == {ADDED: 1, REMOVED: 1, CHANGED: 1}
    changed = section.items[0]
    (field,) = changed.fields
    assert field.label == "What it looks like when done well"
    assert field.before == (Piece("Always", REMOVED),)
    assert field.after == (Piece("At every FGC", ADDED),)
    added = section.items[1]
    assert [f.label for f in added.fields] == ["Name", "What it looks like when done well"]
    assert all(p.change == ADDED for f in added.fields for p in f.after)
    removed = section.items[2]
    assert [f.label for f in removed.fields] == ["Name"]
    assert removed.fields[0].before == (Piece("Voluntary", REMOVED),)


def test_a_field_that_appears_or_disappears():
    before = {"s": [{"key": "a", "title": "A", "target": "80%"}]}
    after = {"s": [{"key": "a", "title": "A", "owner": "Sam"}]}
    (section,) = compare(before, after)
    (item,) = section.items
    assert {f.label: (f.before, f.after) for f in item.fields} == {
        "Owner": ((), (Piece("Sam", ADDED),)),
        "Target": ((Piece("80%", REMOVED),), ()),
    }


def test_sections_only_in_one_revision_and_default_titles():
    before = {"old_part": [{"key": "x-1", "title": "Gone"}]}
    after = {"new-part": [{"key": "y-1", "title": "New"}]}
    sections = compare(before, after)
    assert [(s.slug, s.title) for s in sections] == [("new-part", "New part"),
                                                      ("old_part", "Old part")]
    assert sections[0].items[0].status == ADDED
    assert sections[1].items[0].status == REMOVED


def test_nothing_changed():
    content = {"s": [{"key": "a", "title": "Same"}]}
    (section,) = compare(content, content)
    assert section.items == () and section.unchanged == 1


def test_items_are_named_by_group_and_the_start_of_the_title():
    long = " ".join(f"word{i}" for i in range(20))
    (section,) = compare({}, {"problem": [{"key": "p-1", "group": "Leaders", "title": long}]})
    assert section.items[0].title.startswith("Leaders: word0 word1")
    assert section.items[0].title.endswith("word11\u2026")


def test_pieces_are_same_added_or_removed_only():
    before, after = word_changes("a b c d", "a x c y")
    assert {p.change for p in before} <= {SAME, REMOVED}
    assert {p.change for p in after} <= {SAME, ADDED}
    assert "".join(p.text for p in before) == "a b c d"
    assert "".join(p.text for p in after) == "a x c y"
