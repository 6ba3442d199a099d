import datetime
from collections import defaultdict

from django.db.models import Count
from django.urls import reverse

from tests.surveys.results.test_round_page import text_of
from trellis.monitoring.models import Measure
from trellis.plans.demo import add_fgc_plan
from trellis.surveys.demo import add_fgc_surveys
from trellis.surveys.instruments import get_instrument
from trellis.surveys.models import Answer, ResponseScore
from trellis.surveys.scoring import score

TODAY = datetime.date(2026, 3, 18)


def test_demo_rounds_scores_and_measures(project, editor, viewer_client):
    add_fgc_plan(project, editor)
    rounds = add_fgc_surveys(project, editor, today=TODAY)
    counts = dict(project.survey_rounds.annotate(n=Count("responses"))
                  .values_list("label", "n"))
    assert sorted(counts.values()) == [3, 9, 11, 12]
    staff, family = rounds[:3], rounds[3]
    assert all(r.closes_on < TODAY for r in staff) and family.is_open(TODAY)
    assert {r.audience for r in staff} == {"practitioners"}
    assert family.audience == "parents-and-carers"
    assert staff[0].outcome.statement.startswith("Staff feel that the approach")

    # Every stored score is the scoring code's score of the stored answers.
    given = defaultdict(dict)
    for response_pk, slug, item, value in Answer.objects.filter(
            round__project=project).exclude(instrument="").values_list(
            "response_id", "instrument", "item", "value"):
        given[(response_pk, slug)][item] = value
    stored = {(r, s): v for r, s, v in ResponseScore.objects.filter(scale="total")
              .values_list("response_id", "instrument", "value")}
    assert len(stored) == 2 * 32
    for (response_pk, slug), answers in given.items():
        assert stored[(response_pk, slug)] == score(get_instrument(slug), answers)["total"]

    measures = {m.name: m for m in Measure.objects.filter(project=project, source="survey")}
    assert set(measures) == {"AIM score (acceptability)", "FIM score (feasibility)"}
    assert measures["FIM score (feasibility)"].implementation_outcome.statement.startswith(
        "Staff can engage")
    aim_points = list(measures["AIM score (acceptability)"].points.order_by("period"))
    assert len(aim_points) == 3
    assert aim_points[0].value < aim_points[-1].value  # acceptability rises

    scores = text_of(viewer_client.get(reverse("surveys:scores", args=[project.pk])))
    assert "AIM score went up from" in scores and "FIM score" in scores
    family_page = text_of(viewer_client.get(reverse("surveys:results",
                                                    args=[project.pk, family.pk])))
    assert "Fewer than 5 responses" in family_page
    assert "nearer to where we live" not in family_page


def test_demo_scores_rise_whatever_the_day():
    from trellis.surveys.demo import STAFF_ROUNDS, _rising, staff_answers

    for day in range(0, 365, 7):
        answers = staff_answers(TODAY + datetime.timedelta(days=day))
        assert [len(a) for a in answers] == [r[3] for r in STAFF_ROUNDS]
        assert _rising(answers, "aim-") and _rising(answers, "fim-")
