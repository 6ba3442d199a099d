from django.urls import include, path

from .views import questionnaires, rounds

app_name = "surveys"
QUESTIONNAIRE = "questionnaires/<int:questionnaire_pk>/"
QUESTION = QUESTIONNAIRE + "questions/<int:question_pk>/"
urlpatterns = [
    path("", rounds.index, name="index"),
    path("rounds/new/", rounds.add, name="add_round"),
    path("rounds/<int:round_pk>/", rounds.detail, name="round"),
    path("rounds/<int:round_pk>/edit/", rounds.edit, name="edit_round"),
    path("rounds/<int:round_pk>/repeat/", rounds.repeat, name="repeat_round"),
    path("rounds/<int:round_pk>/poster/", rounds.poster, name="poster"),
    path("questionnaires/", questionnaires.index, name="questionnaires"),
    path("questionnaires/new/", questionnaires.add, name="add_questionnaire"),
    path(QUESTIONNAIRE, questionnaires.detail, name="questionnaire"),
    path(QUESTIONNAIRE + "edit/", questionnaires.edit, name="edit_questionnaire"),
    path(QUESTIONNAIRE + "copy/", questionnaires.copy, name="copy_questionnaire"),
    path(QUESTIONNAIRE + "preview/", questionnaires.preview, name="preview_questionnaire"),
    path(QUESTIONNAIRE + "questions/new/", questionnaires.add_question, name="add_question"),
    path(QUESTION + "edit/", questionnaires.edit_question, name="edit_question"),
    path(QUESTION + "move/", questionnaires.move_question, name="move_question"),
    path(QUESTION + "remove/", questionnaires.remove_question, name="remove_question"),
    # Results, exports and scores over time.
    path("", include("trellis.surveys.results_urls")),
]
