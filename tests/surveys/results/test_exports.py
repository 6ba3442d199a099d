import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.surveys.factories import SurveyRoundFactory
from tests.surveys.results.helpers import answer_six, fim, respond


def get(client, name, survey_round):
    return client.get(reverse(f"surveys:{name}", args=[survey_round.project_id,
                                                       survey_round.pk]))


def csv_rows(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def xlsx_rows(response) -> list[list]:
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.fixture
def mixed_round(project, family_questionnaire):
    """AIM, FIM and the family questionnaire, six responses worked by hand."""
    survey_round = SurveyRoundFactory(project=project, instruments=["aim", "fim"],
                                      questionnaire=family_questionnaire, label="Spring")
    keys = [f"q{q.pk}" for q in family_questionnaire.questions.all()]
    texts = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+44 7700 900000",
             "-minus", "@SUM(A1)", "Plain words", ""]
    for i, aim_answers in enumerate([
            {"aim-1": 2, "aim-2": 2, "aim-3": 2, "aim-4": 2},
            {"aim-1": 3, "aim-2": 3, "aim-3": 3, "aim-4": 3},
            {"aim-1": 4, "aim-2": 4, "aim-3": 4, "aim-4": 4},
            {"aim-1": 5, "aim-2": 3, "aim-3": 4, "aim-4": 4},
            {"aim-1": 5, "aim-2": 5, "aim-3": 5, "aim-4": 5},
            {"aim-1": 5, "aim-2": 5, "aim-3": 5, "aim-4": 5}]):
        answers = {**aim_answers, **fim(4, 4, 4, 4), keys[0]: 1 + i % 5, keys[1]: 2,
                   keys[3]: i}
        if i % 2 == 0:
            answers[keys[2]] = (1, 3)
        if texts[i]:
            answers[keys[4]] = texts[i]
        respond(survey_round, answers)
    return survey_round


def test_responses_have_one_row_each_and_one_column_per_question(mixed_round, editor_client):
    rows = csv_rows(get(editor_client, "responses_csv", mixed_round))
    header, body = rows[0], rows[1:]
    assert len(body) == 6
    assert header[:2] == ["Response", "Sent on"]
    assert header[2].startswith("AIM 1: Family Group Conferences meets my approval.")
    # 4 AIM items, 4 FIM items, 2 scores, 5 questions.
    assert len(header) == 2 + 8 + 2 + 5
    assert header[10:12] == ["AIM score", "FIM score"]
    assert header[12].startswith("Q1: ")
    first = dict(zip(header, body[0], strict=True))
    assert first["AIM score"] == "2.0" and first["FIM score"] == "4.0"
    assert first[header[14]] == "The coordinator; The venue"  # multiple choice, by label
    assert first[header[13]] == "Family"  # single choice, by label
    fourth = dict(zip(header, body[3], strict=True))
    assert fourth["AIM score"] == "4.0" and fourth[header[14]] == ""


def test_formula_like_text_is_neutralised(mixed_round, editor_client):
    rows = csv_rows(get(editor_client, "responses_csv", mixed_round))
    texts = [row[-1] for row in rows[1:]]
    assert texts[:5] == ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+44 7700 900000",
                         "'-minus", "'@SUM(A1)", "Plain words"]
    sheet = xlsx_rows(get(editor_client, "responses_xlsx", mixed_round))
    assert [row[-1] for row in sheet[1:5]] == [
        "'=HYPERLINK(\"http://evil.example\",\"click\")", "'+44 7700 900000", "'-minus",
        "'@SUM(A1)"]


def test_results_export_has_the_hand_worked_figures(mixed_round, viewer_client):
    rows = csv_rows(get(viewer_client, "results_csv", mixed_round))
    assert rows[0] == ["Section", "Number", "Question or score", "Statistic or answer",
                       "Value", "Percent"]
    figures = {(r[0], r[2], r[3]): (r[4], r[5]) for r in rows[1:]}
    assert figures[("Round", "Spring", "Responses")] == ("6", "")
    assert figures[("AIM", "AIM score", "Mean")] == ("3.83", "")
    assert figures[("AIM", "AIM score", "Median")] == ("4.0", "")
    assert figures[("AIM", "AIM score", "Lower quartile")] == ("3.25", "")
    assert figures[("AIM", "AIM score", "Upper quartile")] == ("4.75", "")
    item = "Family Group Conferences meets my approval."
    assert figures[("AIM", item, "Completely agree")] == ("3", "50.0")
    assert figures[("FIM", "FIM score", "Mean")] == ("4.0", "")
    # Free text is counted, never written into the results.
    assert not any("HYPERLINK" in cell for row in rows for cell in row)
    sheet = xlsx_rows(get(viewer_client, "results_xlsx", mixed_round))
    assert sheet[0][0] == "Section" and len(sheet) == len(rows)


def test_viewers_cannot_download_responses(mixed_round, viewer_client):
    assert get(viewer_client, "responses_csv", mixed_round).status_code == 403
    assert get(viewer_client, "responses_xlsx", mixed_round).status_code == 403


@pytest.mark.parametrize(("responses", "shown"), [(4, False), (5, True), (6, True)])
@pytest.mark.parametrize("name", ["results_csv", "responses_csv"])
def test_small_numbers_in_csv_downloads(project, editor_client, responses, shown, name):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"])
    answer_six(survey_round, responses)
    rows = csv_rows(get(editor_client, name, survey_round))
    if shown:
        assert rows[0][0] in ("Section", "Response") and len(rows) > 2
    else:
        assert rows[0] == ["Notice"]
        assert len(rows) == 2 and rows[1][0].startswith("Fewer than 5 responses")


@pytest.mark.parametrize(("responses", "shown"), [(4, False), (5, True), (6, True)])
@pytest.mark.parametrize("name", ["results_xlsx", "responses_xlsx"])
def test_small_numbers_in_excel_downloads(project, editor_client, responses, shown, name):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"])
    answer_six(survey_round, responses)
    rows = xlsx_rows(get(editor_client, name, survey_round))
    if shown:
        assert len(rows) > 2
    else:
        assert rows[0] == ["Notice"] and len(rows) == 2
        assert rows[1][0].startswith("Fewer than 5 responses")


def test_another_organisations_downloads_are_not_found(other_project, admin_client):
    survey_round = SurveyRoundFactory(project=other_project)
    answer_six(survey_round)
    for name in ("results_csv", "results_xlsx", "responses_csv", "responses_xlsx"):
        assert get(admin_client, name, survey_round).status_code == 404
