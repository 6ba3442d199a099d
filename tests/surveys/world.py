from tests.surveys.factories import QuestionFactory, QuestionnaireFactory, SurveyRoundFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"round_pk": MISSING_PK, "questionnaire_pk": MISSING_PK,
                     "question_pk": MISSING_PK, "token": "no-such-survey-link"})
def surveys(org, objects):
    questionnaire = QuestionnaireFactory(organisation=org)
    question = QuestionFactory(questionnaire=questionnaire)
    QuestionFactory(questionnaire=questionnaire)
    survey_round = SurveyRoundFactory(project=objects["project"], questionnaire=questionnaire)
    return {"round_pk": survey_round.pk, "questionnaire_pk": questionnaire.pk,
            "question_pk": question.pk, "token": survey_round.token}
