"""The strategy library is validated strictly when it is loaded."""

import copy

import pytest

from trellis.framework.loader import get_framework
from trellis.strategies.kinds import CATEGORY_LABELS, LEVEL_LABELS
from trellis.strategies.library import (
    LIBRARY_PATH,
    LibraryError,
    get_library,
    load_library,
    parse_library,
)

ENTRY = {"slug": "small-pilot", "name": "Start with a small pilot", "category": "piloting",
         "cfir_domains": ["innovation", "individuals"], "levels": ["team"],
         "description": "Try it in one team first.", "why_it_helps": "Builds momentum."}
GOOD = {"schema": 1, "content_version": "test-1", "title": "Library", "intro": "Strategies.",
        "strategies": [ENTRY, {**ENTRY, "slug": "coaching", "name": "Coaching",
                               "category": "professional-development"}]}


def with_entry(**changes) -> dict:
    data = copy.deepcopy(GOOD)
    data["strategies"][1].update(changes)
    return data


def error_for(data) -> str:
    with pytest.raises(LibraryError) as caught:
        parse_library(data)
    return str(caught.value)


def test_the_shipped_library_is_valid_and_broad():
    library = get_library()
    assert library is get_library()  # cached
    assert library.content_version == "trellis-strategies-1"
    assert 30 <= len(library.strategies) <= 40
    assert {s.category for s in library.strategies} == set(CATEGORY_LABELS)
    domains = {d.slug for d in get_framework().cfir.domains}
    assert {s.cfir_domains[0] for s in library.strategies} == domains
    assert {level for s in library.strategies for level in s.levels} == set(LEVEL_LABELS)
    pilot = library.get("small-pilot")
    assert pilot.category_label == "Piloting"
    assert pilot.level_labels == ("Team",)
    assert library.get("no-such-strategy") is None


def test_a_good_file_loads(tmp_path):
    path = tmp_path / "library.toml"
    path.write_text(LIBRARY_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_library(path) == get_library()
    assert parse_library(GOOD).strategies[1].keywords == ()


@pytest.mark.parametrize(("changes", "message"), [
    ({"category": "bribery"},
     "strategies[1] ('coaching'): unknown category 'bribery'; expected one of "
     "professional-development"),
    ({"cfir_domains": ["inner-setting", "the-moon"]},
     "strategies[1] ('coaching'): unknown CFIR domain 'the-moon' in 'cfir_domains'"),
    ({"cfir_domains": []}, "'cfir_domains' must be a list with at least one CFIR domain"),
    ({"cfir_domains": "inner-setting"}, "'cfir_domains' must be a list"),
    ({"cfir_domains": ["innovation", "innovation"]}, "lists the same CFIR domain twice"),
    ({"levels": ["everyone"]}, "unknown level 'everyone' in 'levels'"),
    ({"slug": "small-pilot"},
     "strategies[1] ('small-pilot'): duplicate slug 'small-pilot' (already used by "
     "strategies[0])"),
    ({"name": "START WITH a small pilot"}, "duplicate name 'START WITH a small pilot'"),
    ({"slug": "Not A Slug"}, "'Not A Slug' is not a valid slug"),
    ({"name": "x" * 201}, "'name' is longer than 200 characters"),
    ({"description": "   "}, "strategies[1] ('coaching'): 'description' must not be empty"),
    ({"why_it_helps": 3}, "'why_it_helps' must be text"),
    ({"keywords": ["ok", "Training"]}, "keyword 'ok' must be one lowercase word"),
    ({"keywords": "training"}, "'keywords' must be a list"),
    ({"colour": "blue"}, "strategies[1] ('coaching'): unknown key 'colour'"),
])
def test_each_defect_names_the_entry_and_the_problem(changes, message):
    assert message in error_for(with_entry(**changes))


@pytest.mark.parametrize("field", ["slug", "name", "category", "cfir_domains", "levels",
                                   "description", "why_it_helps"])
def test_missing_fields_are_named(field):
    data = copy.deepcopy(GOOD)
    del data["strategies"][1][field]
    where = "strategies[1]" if field == "slug" else "strategies[1] ('coaching')"
    assert f"library.toml: {where}: missing '{field}'" in error_for(data)


@pytest.mark.parametrize(("changes", "message"), [
    ({"schema": 2}, "unsupported schema 2"),
    ({"strategies": []}, "'strategies' must list at least one strategy"),
    ({"strategies": ["small-pilot"]}, "strategies[0]: must be a table"),
    ({"extra": 1}, "unknown key 'extra'"),
    ({"content_version": ""}, "'content_version' must not be empty"),
])
def test_the_file_itself_is_checked(changes, message):
    assert message in error_for({**copy.deepcopy(GOOD), **changes})


def test_missing_header_and_bad_files(tmp_path):
    data = copy.deepcopy(GOOD)
    del data["content_version"]
    assert "missing 'content_version'" in error_for(data)
    with pytest.raises(LibraryError, match="file not found"):
        load_library(tmp_path / "nowhere.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("schema = = 1", encoding="utf-8")
    with pytest.raises(LibraryError, match="not valid TOML"):
        load_library(broken)
