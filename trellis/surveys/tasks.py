"""Background work for surveys, run by the worker (`trellis db_worker`)."""

from django_tasks import task

from . import feed
from .models import SurveyRound


@task()
def refresh_measures(round_pk: int) -> None:
    """Bring the monitoring measures fed by a round up to date after a response: in the
    worker, so answering stays quick however busy the round."""
    survey_round = SurveyRound.objects.filter(pk=round_pk).select_related("project").first()
    if survey_round is not None:
        feed.refresh_round_measures(survey_round)
