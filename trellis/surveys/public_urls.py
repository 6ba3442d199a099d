from django.urls import path

from .views import public

app_name = "surveys_public"
urlpatterns = [
    path("<str:token>/", public.start, name="start"),
    path("<str:token>/answer/", public.answer, name="answer"),
    path("<str:token>/thanks/", public.thanks, name="thanks"),
]
