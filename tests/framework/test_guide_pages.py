"""The framework guide: an index and one page per recommendation, phase and reference topic."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from django.urls import reverse

from tests.core.html import find, find_all
from trellis.framework.loader import get_framework
from trellis.framework.presenters import page_label

FRAMEWORK = get_framework()
PAGES = FRAMEWORK.pages()
SLUGS = [p.slug for p in PAGES]
SECTIONS_BY_PAGE: dict[str, list] = defaultdict(list)
for _ref in FRAMEWORK.sections():
    SECTIONS_BY_PAGE[_ref.page].append(_ref)


def _get(client, slug: str) -> str:
    response = client.get(reverse("framework:page", args=[slug]))
    assert response.status_code == 200
    return response.content.decode()


def _main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


# -- the index ------------------------------------------------------------------------
def test_index_lists_every_page_in_groups(viewer_client):
    response = viewer_client.get(reverse("framework:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert find(html, "title").words == "Framework guide – Trellis"
    assert find(html, "h1").words == "Framework guide"
    hrefs = [a.attrs["href"] for a in find_all(_main(html), "a")]
    assert [h for h in hrefs if h.startswith("/guide/")] == [
        reverse("framework:page", args=[s]) for s in SLUGS
    ]
    assert [h.words for h in find_all(html, "h2", "govuk-heading-m")] == [
        "Recommendations",
        "The implementation process",
        "Reference",
    ]
    assert FRAMEWORK.source in find(html, "p", "govuk-body-s").words


# -- every page -----------------------------------------------------------------------
@pytest.mark.parametrize("page", PAGES, ids=SLUGS)
def test_page_has_title_one_h1_and_breadcrumbs(viewer_client, page):
    html = _get(viewer_client, page.slug)
    label = page_label(FRAMEWORK, page)
    assert find(html, "title").words == f"{label} – Framework guide – Trellis"
    h1 = find(html, "h1")
    expected = FRAMEWORK.recommendation(page.slug).title if page.slug.startswith("rec-") else label
    assert h1.words == expected
    crumbs = find_all(html, "li", "govuk-breadcrumbs__list-item")
    assert [c.words for c in crumbs] == ["Framework guide", label]
    assert find(html, "a", "govuk-breadcrumbs__link").attrs["href"] == reverse("framework:index")
    assert crumbs[1].attrs["aria-current"] == "page"


@pytest.mark.parametrize("slug", SLUGS)
def test_page_credits_the_framework(viewer_client, slug):
    html = _get(viewer_client, slug)
    notes = [p.words for p in find_all(html, "p", "govuk-body-s")]
    assert any(FRAMEWORK.source in note for note in notes)


@pytest.mark.parametrize("slug", SLUGS)
def test_page_links_to_previous_and_next_pages(viewer_client, slug):
    html = _get(viewer_client, slug)
    position = SLUGS.index(slug)
    nav = find(html, "nav", "govuk-pagination")
    assert nav.attrs["aria-label"]
    previous = find_all(html, "a", rel="prev")
    following = find_all(html, "a", rel="next")
    if position == 0:
        assert previous == []
    else:
        before = PAGES[position - 1]
        assert previous[0].attrs["href"] == reverse("framework:page", args=[before.slug])
        assert page_label(FRAMEWORK, before) in previous[0].words
    if position == len(SLUGS) - 1:
        assert following == []
    else:
        after = PAGES[position + 1]
        assert following[0].attrs["href"] == reverse("framework:page", args=[after.slug])
        assert page_label(FRAMEWORK, after) in following[0].words


@pytest.mark.parametrize("slug", ["index", *SLUGS])
def test_page_is_well_formed(viewer_client, slug):
    """Unique ids, headings in order with no skipped levels, no inline styles or scripts."""
    url = reverse("framework:index") if slug == "index" else reverse("framework:page", args=[slug])
    html = viewer_client.get(url).content.decode()
    ids = [e.attrs["id"] for e in find_all(html) if e.attrs.get("id")]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    levels = [int(e.tag[1]) for e in find_all(html) if re.fullmatch(r"h[1-6]", e.tag)]
    assert levels.count(1) == 1
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"heading jumps from h{before} to h{after}"
    main = _main(html)
    assert "style=" not in main
    assert "<script" not in main


# -- linkable sections ----------------------------------------------------------------
@pytest.mark.parametrize("slug", SLUGS)
def test_every_section_anchor_is_a_heading_on_its_page(viewer_client, slug):
    refs = SECTIONS_BY_PAGE[slug]
    assert refs, f"no sections for {slug}"
    html = _get(viewer_client, slug)
    for ref in refs:
        heading = find(html, id=ref.anchor)
        assert re.fullmatch(r"h[2-4]", heading.tag), (ref.anchor, heading.tag)
        assert ref.title in heading.words


def test_all_sections_are_covered():
    assert sorted(SECTIONS_BY_PAGE) == sorted(SLUGS)


# -- phases ---------------------------------------------------------------------------
@pytest.mark.parametrize("phase", FRAMEWORK.phases, ids=[p.slug for p in FRAMEWORK.phases])
def test_phase_page_shows_its_checklist(viewer_client, phase):
    html = _get(viewer_client, phase.slug)
    heading = find(html, "h2", id=phase.checklist_anchor)
    assert heading.words == f"{phase.name} checklist"
    after = html[html.index(f'id="{phase.checklist_anchor}"') :]
    checklist = after[: after.index("</ol>")]
    assert "govuk-list--number" in checklist
    questions = [li.words for li in find_all(checklist, "li")]
    assert questions == [item.question for item in phase.checklist]
    note = find_all(after, "div", "govuk-inset-text")[0].words
    if phase.checklist_origin == "framework":
        assert "framework's own checklist questions" in note
    else:
        assert "does not give a checklist" in note


def test_sustain_page_shows_review_questions_and_decisions(viewer_client):
    html = _get(viewer_client, "sustain")
    review = FRAMEWORK.review
    for group in review.groups:
        assert find(html, "h3", id=group.slug).words == group.title
    items = {li.words for li in find_all(html, "li")}
    for question in FRAMEWORK.all_review_questions():
        assert question.question in items
    keys = [dt.words for dt in find_all(html, "dt", "govuk-summary-list__key")]
    assert keys == [d.name for d in review.decisions]


def test_other_phases_do_not_show_the_review(viewer_client):
    html = _get(viewer_client, "deliver")
    assert not find_all(html, id=FRAMEWORK.review.groups[0].slug)


# -- recommendations ------------------------------------------------------------------
def test_recommendation_1_shows_the_behaviours_and_their_parts(viewer_client):
    html = _get(viewer_client, "rec-1-behaviours")
    assert [find(html, "h2", id=b.slug).words for b in FRAMEWORK.behaviours] == [
        "Engage",
        "Unite",
        "Reflect",
    ]
    for behaviour in FRAMEWORK.behaviours:
        for part in behaviour.parts:
            assert find(html, "h3", id=part.slug).words == part.title


def test_recommendation_2_shows_the_contextual_factors(viewer_client):
    html = _get(viewer_client, "rec-2-contextual-factors")
    for factor in FRAMEWORK.contextual_factors:
        assert find(html, "h2", id=factor.slug).words == factor.title
        items = {li.words for li in find_all(html, "li")}
        assert set(factor.key_points) <= items


def test_recommendation_3_links_to_the_four_phases(viewer_client):
    html = _get(viewer_client, "rec-3-process")
    hrefs = {a.attrs["href"] for a in find_all(_main(html), "a", "govuk-link")}
    for phase in FRAMEWORK.phases:
        assert reverse("framework:page", args=[phase.slug]) in hrefs


# -- reference pages ------------------------------------------------------------------
def test_evidence_pie_table(viewer_client):
    html = _get(viewer_client, "evidence-pie")
    assert find(html, "caption", "govuk-table__caption").words
    columns = [th.words for th in find_all(html, "th", scope="col")]
    assert columns == ["Slice", "What it is", "Where to find it", "Why use it"]
    rows = [th.words for th in find_all(html, "th", scope="row")]
    assert rows == [s.short_name for s in FRAMEWORK.evidence_pie.slices]
    cells = {td.words for td in find_all(html, "td")}
    for s in FRAMEWORK.evidence_pie.slices:
        assert {" ".join(s.what.split()), " ".join(s.found_where.split())} <= cells


def test_cfir_shows_facilitators_and_barriers(viewer_client):
    html = _get(viewer_client, "cfir")
    text = " ".join(find(html, "main").words.split())
    for domain in FRAMEWORK.cfir.domains:
        assert domain.question in text
        for theme in (*domain.facilitators, *domain.barriers):
            assert theme.theme in text
            for point in theme.points:
                assert point in text
    assert len(find_all(html, "h3")) == 2 * len(FRAMEWORK.cfir.domains)


def test_outcomes_shows_types_terms_and_audiences(viewer_client):
    html = _get(viewer_client, "outcomes")
    keys = [dt.words for dt in find_all(html, "dt")]
    outcomes = FRAMEWORK.outcomes
    assert keys == [t.name for t in outcomes.terms] + [a.name for a in outcomes.audiences]
    unnamed = [t for t in outcomes.types if not t.named_in_framework]
    assert len(find_all(_main(html), "strong", "govuk-tag")) == len(unnamed)


def test_professional_development_shows_groups_mechanisms_and_source(viewer_client):
    html = _get(viewer_client, "professional-development")
    pd = FRAMEWORK.professional_development
    assert len(pd.groups) == 4
    assert [find(html, "h2", id=g.slug).words for g in pd.groups] == [g.name for g in pd.groups]
    assert len(find_all(html, "h3")) == len(FRAMEWORK.all_pd_mechanisms())
    assert pd.source_note in find(html, "div", "govuk-inset-text").words


# -- access -----------------------------------------------------------------------------
def test_unknown_page_is_not_found(viewer_client):
    assert viewer_client.get("/guide/no-such-page/").status_code == 404


@pytest.mark.parametrize("url", ["/guide/", "/guide/explore/"])
def test_anonymous_visitor_is_sent_to_sign_in(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
    assert f"next={url}" in response.url.replace("%2F", "/")
