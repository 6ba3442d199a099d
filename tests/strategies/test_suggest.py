"""Suggestions for one barrier, on plain data."""

from trellis.strategies.library import LibraryStrategy, get_library
from trellis.strategies.suggest import (
    BarrierNeed,
    mentioned_words,
    normalise,
    reason_for,
    suggest,
)


def strategy(slug, domains, keywords=(), name=None):
    return LibraryStrategy(slug=slug, name=name or slug.replace("-", " ").title(),
                           category="other", cfir_domains=tuple(domains), levels=("team",),
                           description="Do it.", why_it_helps="It helps.",
                           keywords=tuple(keywords))


LIBRARY = [
    strategy("outer-one", ["outer-setting"]),
    strategy("inner-secondary", ["individuals", "inner-setting"]),
    strategy("inner-main", ["inner-setting"]),
    strategy("inner-main-time", ["inner-setting"], ["time", "caseload"]),
    strategy("data-words", ["implementation-process"], ["data", "report", "system"]),
    strategy("one-word", ["innovation"], ["data"]),
    strategy("inner-late", ["inner-setting"]),
    strategy("inner-later", ["inner-setting"]),
]


def slugs(suggestions):
    return [s.strategy.slug for s in suggestions]


def need(description="Staff are stretched", domain="inner-setting", strength=-1, used=()):
    return BarrierNeed(domain, description, strength, frozenset(used))


def test_matching_domain_first_then_keywords_lift_within_it():
    found = suggest(need("No time: caseloads are high", strength=-2), LIBRARY)
    assert slugs(found) == ["inner-main-time", "inner-main", "inner-late", "inner-later",
                            "inner-secondary"]
    assert [s.score for s in found] == [5, 3, 3, 3, 2]
    assert found[0].mentioned == ("time", "caseloads")


def test_stronger_barriers_get_more_suggestions():
    assert len(suggest(need(strength=-1), LIBRARY)) == 3
    assert len(suggest(need(strength=-2), LIBRARY)) == 5


def test_keywords_alone_need_two_words_to_cross_domains():
    found = suggest(need("The data system cannot report referrals", domain="individuals"),
                    LIBRARY)
    # "inner-secondary" is mainly for individuals (3); three words lift "data-words" to 3.
    assert slugs(found) == ["inner-secondary", "data-words"]
    assert [s.score for s in found] == [3, 3]
    assert "one-word" not in slugs(found)  # one keyword, other domain: not enough


def test_what_the_barrier_already_has_is_not_suggested():
    used = {"inner-main", normalise("Inner-Late!")}
    found = suggest(need(strength=-2, used=used), LIBRARY)
    assert "inner-main" not in slugs(found)
    assert "inner-late" not in slugs(found)
    assert slugs(found)[:2] == ["inner-main-time", "inner-later"]


def test_the_projects_own_strategy_of_the_same_name_is_pointed_to():
    planned = {normalise("Inner Main"): 7, "inner-late": 9}
    found = {s.strategy.slug: s.planned_pk for s in suggest(need(strength=-2), LIBRARY,
                                                             planned)}
    assert found["inner-main"] == 7
    assert found["inner-late"] == 9
    assert found["inner-later"] is None


def test_reasons_say_why_in_plain_words():
    inner = need("No time for training")
    assert reason_for(inner, LIBRARY[2], ()) == (
        "Suggested because this is an inner-setting barrier and this strategy is written "
        "mainly for inner-setting barriers.")
    assert reason_for(inner, LIBRARY[1], ()) == (
        "Suggested because this is an inner-setting barrier and this strategy also helps "
        "with inner-setting barriers.")
    assert reason_for(inner, LIBRARY[3], ("time",)).endswith(
        "The barrier mentions “time”, which this strategy speaks to.")
    other = need("data and reports", domain="individuals")
    assert reason_for(other, LIBRARY[4], ("data", "reports")) == (
        "Suggested because the barrier mentions “data” and “reports”, which this strategy "
        "speaks to, although it is written mainly for implementation-process barriers.")
    assert reason_for(other, LIBRARY[1], ()) == (
        "Suggested because this is a barrier about the people involved (individuals) and this "
        "strategy is written mainly for barriers about the people involved.")


def test_mentioned_words_match_word_beginnings_in_order():
    assert mentioned_words("Training is rare; staff turnover is high", ["turnover", "train"]) == (
        "training", "turnover")
    assert mentioned_words("Restraint", ["train"]) == ()
    assert mentioned_words("time, time and timing", ["time", "tim"]) == ("time",)
    assert mentioned_words("a b c d", ["a", "b", "c", "d"]) == ("a", "b", "c")


def test_normalise_ignores_case_punctuation_and_spaces():
    assert normalise("  Practice   champions, in each TEAM! ") == "practice champions in each team"


def test_the_shipped_library_suggests_sensibly():
    library = get_library().strategies
    turnover = suggest(need("High staff turnover means new starters miss the training",
                            domain="inner-setting", strength=-2), library)
    assert len(turnover) == 5
    assert turnover[0].strategy.slug == "induction-for-new-starters"
    assert all(s.reason.startswith("Suggested because") for s in turnover)
    partners = suggest(need("Partner agencies do not refer families", domain="outer-setting"),
                       library)
    assert partners[0].strategy.slug == "partner-briefings"
