"""The shipped instruments load, carry their sources, and a broken file is refused
with a message naming the file, the place and the problem."""

import shutil
from pathlib import Path

import pytest

from trellis.surveys.instruments import (
    INSTRUMENTS_DIR,
    Instrument,
    InstrumentDataError,
    get_instrument,
    get_instruments,
    load_instrument,
    load_instruments,
)

AGREEMENT = ("Completely disagree", "Disagree", "Neither agree nor disagree", "Agree",
             "Completely agree")


def test_the_four_instruments_ship_in_published_order():
    instruments = get_instruments()
    assert list(instruments) == ["aim", "iam", "fim", "oric"]
    assert all(isinstance(i, Instrument) for i in instruments.values())
    assert get_instrument("fim").name == "Feasibility of Intervention Measure"


def test_unknown_instrument_is_a_key_error():
    with pytest.raises(KeyError):
        get_instrument("phq9")


def test_get_instruments_cannot_be_changed_by_a_caller():
    get_instruments().pop("aim")
    assert "aim" in get_instruments()


@pytest.mark.parametrize(("slug", "outcome", "first", "last"), [
    ("aim", "acceptability", "[Intervention] meets my approval.", "I welcome [Intervention]."),
    ("iam", "appropriateness", "[Intervention] seems fitting.",
     "[Intervention] seems like a good match."),
    ("fim", "feasibility", "[Intervention] seems implementable.",
     "[Intervention] seems easy to use."),
])
def test_weiner_measures_have_four_items_on_the_agreement_scale(slug, outcome, first, last):
    instrument = get_instrument(slug)
    assert instrument.outcome == outcome
    assert [i.number for i in instrument.items] == [1, 2, 3, 4]
    assert (instrument.items[0].text, instrument.items[-1].text) == (first, last)
    assert tuple(p.label for p in instrument.scale) == AGREEMENT
    assert [p.value for p in instrument.scale] == [1, 2, 3, 4, 5]
    assert instrument.subscales == ()
    assert instrument.score_keys == ("total",)
    assert "Implementation Science. 2017;12:108" in instrument.citation
    assert instrument.doi == "10.1186/s13012-017-0635-3"
    assert "CC BY 4.0" in instrument.licence


def test_oric_has_five_commitment_and_seven_efficacy_items():
    oric = get_instrument("oric")
    assert len(oric.items) == 12
    assert [s.slug for s in oric.subscales] == ["change-commitment", "change-efficacy"]
    assert [i.number for i in oric.subscale_items("change-commitment")] == [2, 4, 6, 9, 11]
    assert [i.number for i in oric.subscale_items("change-efficacy")] == [1, 3, 5, 7, 8, 10, 12]
    assert oric.score_keys == ("total", "change-commitment", "change-efficacy")
    assert [p.label for p in oric.scale] == [
        "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree"]
    assert oric.item(2).text == "People who work here are committed to implementing this change."
    assert "Implementation Science. 2014;9:7" in oric.citation
    assert oric.doi == "10.1186/1748-5908-9-7"
    assert oric.outcome == "buy-in"


def test_every_instrument_records_its_source():
    for instrument in get_instruments().values():
        assert instrument.source_url.startswith("https://")
        assert instrument.doi in instrument.source_url
        assert "free to use" in instrument.licence
        assert instrument.wording_note


def test_item_text_puts_the_name_where_the_instrument_says():
    aim = get_instrument("aim")
    assert aim.item_text(aim.items[0], "Family Group Conferences") == (
        "Family Group Conferences meets my approval.")
    assert aim.item_text(3, "family group conferencing") == "I like family group conferencing."
    assert aim.item_text(1, "family  group\nconferencing") == (
        "Family group conferencing meets my approval.")
    oric = get_instrument("oric")
    assert oric.item_text(5, "Family Group Conferences") == (
        "People who work here feel confident that the organization can support people as "
        "they adjust to Family Group Conferences.")
    # An item without the placeholder is shown as published.
    assert oric.item_text(10, "FGC") == oric.item(10).text
    # Without a name, the wording still reads as a sentence.
    assert aim.item_text(1, "  ") == "This approach meets my approval."
    assert aim.item_text(4, "") == "I welcome this approach."


def test_labels_and_items_by_number():
    aim = get_instrument("aim")
    assert aim.label(3) == "Neither agree nor disagree"
    with pytest.raises(KeyError):
        aim.label(6)
    with pytest.raises(KeyError):
        aim.item(5)
    with pytest.raises(KeyError):
        aim.subscale_items("change-efficacy")


# --- Broken files -------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "instruments"
    target.mkdir()
    for path in INSTRUMENTS_DIR.glob("*.toml"):
        shutil.copy(path, target / path.name)
    return target


def _break(folder: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_the_copied_files_are_valid(folder: Path):
    assert list(load_instruments(folder)) == ["aim", "iam", "fim", "oric"]


@pytest.mark.parametrize(("name", "old", "new", "where", "problem"), [
    ("aim.toml", 'short_name = "AIM"\n', "", "aim.toml", "missing required field 'short_name'"),
    ("aim.toml", 'citation = "', 'citation = "" #', "aim.toml: citation", "must not be empty"),
    ("aim.toml", "schema = 1", "schema = 2", "aim.toml: schema", "unsupported schema 2"),
    ("aim.toml", 'slug = "aim"', 'slug = "acceptability"', "aim.toml: slug",
     "must match the file name 'aim'"),
    ("aim.toml", 'outcome = "acceptability"', 'outcome = "happiness"', "aim.toml: outcome",
     "'happiness' is not an implementation outcome type"),
    ("iam.toml", "number = 3", "number = 4", "iam.toml: items[2].number",
     "expected 3, got 4"),
    ("iam.toml", "number = 1", "number = 0", "iam.toml: items[0].number",
     "expected 1, got 0"),
    ("fim.toml", "value = 2", "value = 3", "fim.toml: scale[1].value",
     "scale values must run 1 to 5 ascending: expected 2, got 3"),
    ("fim.toml", "[[scale]]\nvalue = 5\nlabel = \"Completely agree\"\n", "", "fim.toml: scale",
     "the scale needs 5 points (1 to 5), found 4"),
    ("fim.toml", "value = 1", 'value = "1"', "fim.toml: scale[0].value",
     "expected an integer, got str"),
    ("oric.toml", 'subscale = "change-commitment"', 'subscale = "change-comitment"',
     "oric.toml: items[1].subscale", "'change-comitment' is not declared under [[subscales]]"),
    ("oric.toml", 'number = 4\nsubscale = "change-commitment"\n', "number = 4\n",
     "oric.toml: items[3]", "missing required field 'subscale'"),
    ("oric.toml", 'slug = "change-commitment"', 'slug = "change-motivation"',
     "oric.toml: items[1].subscale", "'change-commitment' is not declared"),
    ("aim.toml", "number = 2\n", "number = 2\nsubscale = \"liking\"\n",
     "aim.toml: items[1].subscale", "'liking' is not declared"),
    ("aim.toml", "number = 4\n", "number = 4\nreverse = true\n", "aim.toml: items[3].reverse",
     "unknown field 'reverse'"),
    ("aim.toml", 'placeholder = "[Intervention]"', 'placeholder = "[EBP]"',
     "aim.toml: placeholder", "no item contains the placeholder '[EBP]'"),
    ("aim.toml", 'source_url = "https://', 'source_url = "http://', "aim.toml: source_url",
     "must be an https:// address"),
    ("aim.toml", "[[items]]\nnumber = 1", "[items]\nnumber = 1", "aim.toml", "not valid TOML"),
])
def test_a_broken_file_names_the_file_place_and_problem(folder, name, old, new, where, problem):
    _break(folder, name, old, new)
    with pytest.raises(InstrumentDataError) as caught:
        load_instruments(folder)
    message = str(caught.value)
    assert message.startswith(where), message
    assert problem in message
    assert caught.value.file == name


def test_a_subscale_with_no_items_is_refused(folder: Path):
    (folder / "oric.toml").write_text(
        (folder / "oric.toml").read_text(encoding="utf-8").replace(
            '[[subscales]]\nslug = "change-efficacy"',
            '[[subscales]]\nslug = "context"\nname = "Context"\n\n'
            '[[subscales]]\nslug = "change-efficacy"'),
        encoding="utf-8")
    with pytest.raises(InstrumentDataError, match="subscale 'context' has no items"):
        load_instruments(folder)


def test_an_empty_folder_is_refused(tmp_path: Path):
    with pytest.raises(InstrumentDataError, match="no instrument files found"):
        load_instruments(tmp_path)


def test_a_missing_file_is_refused(tmp_path: Path):
    with pytest.raises(InstrumentDataError, match="file does not exist"):
        load_instrument(tmp_path / "aim.toml")


PUBLISHED = {
    "aim": ["[Intervention] meets my approval.", "[Intervention] is appealing to me.",
            "I like [Intervention].", "I welcome [Intervention]."],
    "iam": ["[Intervention] seems fitting.", "[Intervention] seems suitable.",
            "[Intervention] seems applicable.", "[Intervention] seems like a good match."],
    "fim": ["[Intervention] seems implementable.", "[Intervention] seems possible.",
            "[Intervention] seems doable.", "[Intervention] seems easy to use."],
    "oric": [
        "People who work here feel confident that the organization can get people invested "
        "in implementing this change.",
        "People who work here are committed to implementing this change.",
        "People who work here feel confident that they can keep track of progress in "
        "implementing this change.",
        "People who work here will do whatever it takes to implement this change.",
        "People who work here feel confident that the organization can support people as they "
        "adjust to this change.",
        "People who work here want to implement this change.",
        "People who work here feel confident that they can keep the momentum going in "
        "implementing this change.",
        "People who work here feel confident that they can handle the challenges that might "
        "arise in implementing this change.",
        "People who work here are determined to implement this change.",
        "People who work here feel confident that they can coordinate tasks so that "
        "implementation goes smoothly.",
        "People who work here are motivated to implement this change.",
        "People who work here feel confident that they can manage the politics of "
        "implementing this change.",
    ],
}


def test_validated_wording_is_exactly_as_published():
    """Editing a validated item changes the measure: this test must change with it."""
    for slug, texts in PUBLISHED.items():
        assert [i.text for i in get_instrument(slug).items] == texts
