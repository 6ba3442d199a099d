from tests.surveys.conftest import Respondent
from tests.surveys.test_public import AIM, nothing_stored
from trellis.surveys.models import Response
from trellis.surveys.ratelimit import RateLimiter


def test_limiter_counts_per_address_within_the_window():
    limiter = RateLimiter()
    assert [limiter.allow("a", limit=2, window=60, now=t) for t in (0, 1, 2)] == [
        True, True, False]
    assert limiter.allow("b", limit=2, window=60, now=2)  # another address
    assert limiter.allow("a", limit=2, window=60, now=60.5)  # the first has expired


def test_limiter_forgets_old_addresses_when_full(monkeypatch):
    monkeypatch.setattr("trellis.surveys.ratelimit.MAX_TRACKED", 3)
    limiter = RateLimiter()
    for n, address in enumerate(("a", "b", "c")):
        limiter.allow(address, limit=1, window=10, now=n)
    assert limiter.allow("d", limit=1, window=10, now=100)
    assert len(limiter._seen) == 1  # a, b and c had all expired


def test_limiter_keeps_no_address_in_clear():
    limiter = RateLimiter()
    limiter.allow("198.51.100.7", limit=5, window=60, now=0)
    assert all(b"198.51.100.7" not in key for key in limiter._seen)


def test_too_many_sends_from_one_address_are_paused(aim_round, settings):
    settings.SURVEY_SENDS_PER_WINDOW = 2
    for _ in range(2):
        person = Respondent(aim_round, address="203.0.113.50")
        person.begin()
        person.post(AIM)
        assert person.send().status_code == 302
    person = Respondent(aim_round, address="203.0.113.50")
    person.begin()
    person.post(AIM)
    response = person.send()
    assert response.status_code == 429
    assert "Please wait a few minutes" in response.content.decode()
    assert "Your answers have not been sent" in response.content.decode()
    assert Response.objects.count() == 2
    # Someone elsewhere is not affected.
    elsewhere = Respondent(aim_round, address="203.0.113.51")
    elsewhere.begin()
    elsewhere.post(AIM)
    assert elsewhere.send().status_code == 302


def test_too_many_posts_from_one_address_are_paused(aim_round, settings):
    settings.SURVEY_POSTS_PER_WINDOW = 3
    person = Respondent(aim_round, address="203.0.113.60")
    person.begin()
    for _ in range(3):
        assert person.post({}).status_code == 200
    assert person.post(AIM).status_code == 429
    assert nothing_stored()


def test_behind_a_proxy_the_forwarded_address_counts(aim_round, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SURVEY_POSTS_PER_WINDOW = 1
    first = Respondent(aim_round, address="10.0.0.1")
    first.client.defaults["HTTP_X_FORWARDED_FOR"] = "198.51.100.1"
    first.begin()
    assert first.post({}).status_code == 200
    second = Respondent(aim_round, address="10.0.0.1")
    second.client.defaults["HTTP_X_FORWARDED_FOR"] = "198.51.100.2"
    second.begin()
    assert second.post({}).status_code == 200
    assert first.post({}).status_code == 429
