from django.urls import reverse

from tests.core.html import find_all
from tests.decisions.factories import CandidateFactory, appraise_all
from tests.factories import ProjectFactory
from trellis.decisions import criteria

ALL = [c.slug for c in criteria.CRITERIA]


def url(project, sort=None):
    base = reverse("decisions:compare", args=[project.pk])
    return f"{base}?sort={sort}" if sort else base


def kinship(project):
    groups = CandidateFactory(project=project, name="Peer network groups")
    appraise_all(groups, {slug: 4 for slug in ALL})
    mentoring = CandidateFactory(project=project, name="Mentoring")
    appraise_all(mentoring, {"addresses-need": 5, "research-evidence": 5, "local-fit": 5,
                             "simple": 1})
    CandidateFactory(project=project, name="Advice line")
    return groups, mentoring


def row_names(response):
    return [row.name for row in response.context["table"].rows]


def test_table_shows_ratings_as_text_averages_and_gaps(viewer_client, project):
    kinship(project)
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ratings out of 5, sorted by name" in page
    assert row_names(response) == ["Advice line", "Mentoring", "Peer network groups"]
    advice, mentoring, groups = response.context["table"].rows
    assert [c.text for c in groups.cells] == ["4"] * 3 + ["4.0"] + ["4"] * 6 + ["4.0", "4.0",
                                                                               "9 of 9"]
    assert groups.status is None
    assert mentoring.status.text == "Partly appraised"
    assert [c.text for c in mentoring.cells][-4:] == ["Not rated", "1.0", "3.0", "4 of 9"]
    assert advice.status.text == "Not yet appraised"
    assert "Not rated" in page and "<span class=\"govuk-visually-hidden\"> out of 5</span>" in page


def test_table_is_accessible_markup(viewer_client, project):
    kinship(project)
    elements = find_all(viewer_client.get(url(project, "overall")).content.decode())
    assert [e.words for e in elements if e.tag == "caption"] == [
        "Ratings out of 5, sorted by overall average"]
    headers = [e for e in elements if e.tag == "th"]
    assert all(e.attrs.get("scope") in ("col", "colgroup", "row") for e in headers)
    assert [e.words for e in headers if e.attrs.get("scope") == "colgroup"] == [
        "1. Suitability", "2. Feasibility"]
    assert [e.words for e in headers if e.attrs.get("scope") == "row"][0].startswith(
        "Peer network groups")
    sorted_by = [e for e in headers if e.has("aria-sort")]
    assert [(e.words, e.attrs["aria-sort"]) for e in sorted_by] == [
        ("Overall average", "descending")]
    region = [e for e in elements if e.attrs.get("class") == "trellis-table-wrapper"]
    assert region and region[0].attrs["role"] == "region"


def test_sort_by_each_option_with_plain_links(viewer_client, project):
    kinship(project)
    assert row_names(viewer_client.get(url(project, "suitability"))) == [
        "Mentoring", "Peer network groups", "Advice line"]
    assert row_names(viewer_client.get(url(project, "feasibility"))) == [
        "Peer network groups", "Mentoring", "Advice line"]
    assert row_names(viewer_client.get(url(project, "overall"))) == [
        "Peer network groups", "Mentoring", "Advice line"]
    assert row_names(viewer_client.get(url(project, "nonsense"))) == [
        "Advice line", "Mentoring", "Peer network groups"]
    links = viewer_client.get(url(project)).context["table"].sort_links
    assert [(link.text, link.current) for link in links] == [
        ("Name", True), ("Suitability average", False), ("Feasibility average", False),
        ("Overall average", False)]
    assert links[3].href == url(project, "overall")


def test_download_links_keep_the_sort(viewer_client, project):
    kinship(project)
    table = viewer_client.get(url(project, "feasibility")).context["table"]
    assert table.csv_url.endswith("download.csv?sort=feasibility")
    assert table.xlsx_url.endswith("download.xlsx?sort=feasibility")


def test_no_candidates(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "There are no candidate approaches to compare yet" in page


def test_constant_queries_with_30_candidates(viewer_client, project,
                                             django_assert_max_num_queries):
    for n in range(30):
        appraise_all(CandidateFactory(project=project), {slug: n % 5 + 1 for slug in ALL})
    with django_assert_max_num_queries(7):
        response = viewer_client.get(url(project, "overall"))
    assert len(response.context["table"].rows) == 30


def test_only_this_projects_candidates(viewer_client, project, org_a):
    CandidateFactory(project=ProjectFactory(organisation=org_a), name="Elsewhere")
    assert "Elsewhere" not in viewer_client.get(url(project)).content.decode()


def test_outsider_404_and_post_405(outsider_client, viewer_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert viewer_client.post(url(project)).status_code == 405
