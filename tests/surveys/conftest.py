import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.surveys.factories import QuestionFactory, QuestionnaireFactory, SurveyRoundFactory
from trellis.surveys import ratelimit

STATE = re.compile(r'name="state" value="([^"]+)"')


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each test starts with no remembered addresses."""
    ratelimit.posts.reset()
    ratelimit.sends.reset()
    yield
    ratelimit.posts.reset()
    ratelimit.sends.reset()


@pytest.fixture
def family_questionnaire(org_a):
    """One question of every kind, in order."""
    questionnaire = QuestionnaireFactory(organisation=org_a, name="Family feedback")
    QuestionFactory(questionnaire=questionnaire, position=1, kind="faces",
                    text="How did the conference feel?")
    QuestionFactory(questionnaire=questionnaire, position=2, kind="single",
                    text="Who came with you?", options="Nobody\nFamily\nA friend")
    QuestionFactory(questionnaire=questionnaire, position=3, kind="multiple",
                    text="What helped?", options="The coordinator\nPrivate time\nThe venue",
                    required=False)
    QuestionFactory(questionnaire=questionnaire, position=4, kind="number",
                    text="How many family members came?", minimum=0, maximum=50)
    QuestionFactory(questionnaire=questionnaire, position=5, kind="text",
                    text="What could be better?", required=False)
    return questionnaire


@pytest.fixture
def aim_round(project):
    """An open round of the AIM, all on one page."""
    return SurveyRoundFactory(project=project, instruments=["aim"], layout="one_page")


@pytest.fixture
def family_round(project, family_questionnaire):
    """An open round of the family questionnaire, one question per screen."""
    return SurveyRoundFactory(project=project, instruments=[], audience="parents-and-carers",
                              questionnaire=family_questionnaire, layout="one_per_screen")


class Respondent:
    """Someone answering from a public link, through the real pages."""

    def __init__(self, survey_round, address="203.0.113.9"):
        self.round = survey_round
        self.client = Client(REMOTE_ADDR=address)
        self.url = reverse("surveys_public:answer", args=[survey_round.token])
        self.state = None
        self.screen = 0
        self.last = None

    def _remember(self, response):
        self.last = response
        page = response.content.decode()
        found = STATE.search(page)
        if found:
            self.state = found.group(1)
        screen = re.search(r'name="screen" value="(\d+)"', page)
        self.screen = int(screen.group(1)) if screen else self.screen
        self.returning = 'name="returning" value="1"' in page
        return response

    def begin(self):
        return self._remember(self.client.get(self.url))

    def post(self, answers=None, action="next", **extra):
        data = {"state": self.state, "screen": self.screen, "action": action, **extra}
        if getattr(self, "returning", False):
            data["returning"] = "1"
        for key, value in (answers or {}).items():
            data[f"a-{key}"] = value
        return self._remember(self.client.post(self.url, data))

    def send(self, **extra):
        return self.post(action="send", **extra)
