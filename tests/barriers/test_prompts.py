"""Prompts from the framework's CFIR content: pure, no database."""

from trellis.barriers.prompts import (
    DESCRIPTION_LIMIT,
    Prompt,
    domain_prompts,
    find_prompt,
    initial_from_query,
    slugify,
)
from trellis.framework.loader import get_framework


def test_slugify():
    assert slugify("Culturally competent, relationship-based practice") == (
        "culturally-competent-relationship-based-practice")


def test_every_domain_has_prompts_of_both_kinds_with_unique_slugs():
    for domain in get_framework().cfir.domains:
        prompts = domain_prompts(domain)
        assert [p.theme for p in prompts["enabler"]] == [t.theme for t in domain.facilitators]
        assert [p.theme for p in prompts["barrier"]] == [t.theme for t in domain.barriers]
        for kind in ("enabler", "barrier"):
            slugs = [p.slug for p in prompts[kind]]
            assert len(slugs) == len(set(slugs))


def test_find_prompt():
    prompt = find_prompt("innovation", "barrier", "design-of-support")
    assert prompt.theme == "Design of support"
    assert prompt.points[0].startswith("Complex or intricate")
    # The same theme name as an enabler is a different prompt.
    assert find_prompt("innovation", "enabler", "design-of-support").points[0] == (
        "Tailored and flexible support.")
    assert find_prompt("innovation", "barrier", "no-such-theme") is None
    assert find_prompt("innovation", "facilitator", "design-of-support") is None
    assert find_prompt("nowhere", "barrier", "design-of-support") is None


def test_description_is_the_points_within_the_limit():
    short = Prompt("d", "D", "barrier", "s", "Theme", ("One.", "Two."))
    assert short.description == "One. Two."
    long = Prompt("d", "D", "barrier", "s", "Theme", ("word " * 200,))
    assert len(long.description) <= DESCRIPTION_LIMIT
    assert long.description.endswith("…")


def test_initial_from_query():
    initial, prompt = initial_from_query({"domain": "outer-setting", "kind": "enabler",
                                          "prompt": "robust-governance"})
    assert initial == {"cfir_domain": "outer-setting", "kind": "enabler", "strength": 1,
                       "description": "Strong local governance arrangements."}
    assert prompt.theme == "Robust governance"
    assert initial_from_query({}) == ({}, None)
    assert initial_from_query({"domain": "x", "kind": "y", "prompt": "z"}) == ({}, None)
    assert initial_from_query({"kind": "barrier"}) == ({"kind": "barrier", "strength": -1},
                                                      None)
