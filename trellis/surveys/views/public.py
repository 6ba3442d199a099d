"""The pages people answer a survey on, from its public link, with no account.

Nothing is stored until the person sends their answers from the review step:
until then the answers travel between screens in a signed hidden field. A
link that is unknown answers 404; one not open yet answers 200 saying when it
opens; one that has closed answers 410 Gone, with a page saying so."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from trellis.organisations.access import PUBLIC, access

from .. import answering, answers, ratelimit, services, state
from ..access import get_public_round
from ..items import round_items
from ..models import Layout, RoundStatus, SurveyRound


def _page(request: HttpRequest, template: str, context: dict, status: int = 200) -> HttpResponse:
    response = render(request, f"surveys/public/{template}", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _stop(request: HttpRequest, survey_round: SurveyRound | None, heading: str,
          paragraphs: list[str], status: int, *, start_again: bool = False) -> HttpResponse:
    return _page(request, "unavailable.html", {
        "round": survey_round, "heading": heading, "paragraphs": paragraphs,
        "start_again": start_again}, status)


def _round_or_stop(request: HttpRequest, token: str) -> SurveyRound | HttpResponse:
    try:
        survey_round = get_public_round(token)
    except Http404:
        return _stop(request, None, "This survey link is not right", [
            "Check you typed or copied the whole link.",
            "If it still does not work, ask whoever gave you the link for a new one."], 404)
    status = survey_round.status(timezone.localdate())
    if status == RoundStatus.CLOSED:
        return _stop(request, survey_round, "This survey has closed", [
            f"It closed on {answering.closes_text(survey_round)} and is not taking answers "
            "any more. Any answers you were giving have not been sent.",
            "Thank you for wanting to take part."], 410)
    if status == RoundStatus.NOT_OPEN:
        return _stop(request, survey_round, "This survey is not open yet", [
            f"It opens on {answering.opens_text(survey_round)}. Please come back then."], 200)
    return survey_round


def _not_ready(request: HttpRequest, survey_round: SurveyRound) -> HttpResponse:
    return _stop(request, survey_round, "This survey is not ready yet", [
        "It has no questions yet. Please try again later, or ask whoever gave you the link."],
        200)


@access(PUBLIC)
@never_cache
def start(request: HttpRequest, token: str) -> HttpResponse:
    survey_round = _round_or_stop(request, token)
    if isinstance(survey_round, HttpResponse):
        return survey_round
    items = round_items(survey_round)
    if not items:
        return _not_ready(request, survey_round)
    answered = answering.ANSWERED_COOKIE.format(pk=survey_round.pk) in request.COOKIES
    return _page(request, "start.html", {
        "round": survey_round, "count": len(items), "answered": answered,
        "one_page": survey_round.layout == Layout.ONE_PAGE,
        "closes": answering.closes_text(survey_round)})


def _screen(request: HttpRequest, survey_round: SurveyRound, all_screens, index: int,
            carried: state.Carried, *, raw=None, errors=None, returning=False) -> HttpResponse:
    total = sum(len(s) for s in all_screens)
    before = sum(len(s) for s in all_screens[:index])
    views = [answering.question_view(
        item, number=before + n, total=total,
        raw=(raw or {}).get(item.key, []) if raw is not None
        else answering.carried_as_raw(item, carried.answers),
        error=(errors or {}).get(item.key, ""))
        for n, item in enumerate(all_screens[index], start=1)]
    return _page(request, "screen.html", {
        "round": survey_round, "questions": views, "screen": index,
        "one_page": len(all_screens) == 1, "first": index == 0, "returning": returning,
        "state": carried.dumps(), "error_links": answering.error_links(views),
        "honeypot": answering.HONEYPOT})


def _review(request: HttpRequest, survey_round: SurveyRound, all_screens,
            carried: state.Carried, *, errors=None) -> HttpResponse:
    rows = answering.review_rows(all_screens, carried.answers, errors)
    return _page(request, "review.html", {
        "round": survey_round, "rows": rows, "state": carried.dumps(),
        "one_page": len(all_screens) == 1, "honeypot": answering.HONEYPOT,
        "errors": [r for r in rows if r.error]})


def _refused(request: HttpRequest, survey_round: SurveyRound, heading: str,
             paragraph: str, status: int = 400) -> HttpResponse:
    return _stop(request, survey_round, heading, [paragraph], status, start_again=True)


@access(PUBLIC, methods=("GET", "POST"))
@never_cache
def answer(request: HttpRequest, token: str) -> HttpResponse:
    survey_round = _round_or_stop(request, token)
    if isinstance(survey_round, HttpResponse):
        return survey_round
    items = round_items(survey_round)
    if not items:
        return _not_ready(request, survey_round)
    all_screens = answering.screens(items, survey_round.layout)
    if request.method == "GET":
        return _screen(request, survey_round, all_screens, 0, state.start(survey_round.pk))

    posts, sends, window = answering.rate_limits()
    address = answering.client_address(request)
    if not ratelimit.posts.allow(address, limit=posts, window=window):
        return _stop(request, survey_round, "Please wait a few minutes", [
            "A lot of answers have come from your internet connection in the last few "
            "minutes, so we have paused taking more from it. Your answers have not been "
            "sent. Please try again in 10 minutes."], 429)
    if request.POST.get(answering.HONEYPOT, ""):
        return _refused(request, survey_round, "We could not accept these answers",
                        "A box that people leave empty was filled in, which is what automated "
                        "programs do. Nothing has been sent.")
    try:
        carried = state.load(request.POST.get("state"), survey_round.pk)
    except state.BadState:
        return _refused(request, survey_round, "Your answers could not be read",
                        "They may have been changed, be from another survey, or be more "
                        "than a day old. Nothing has been sent. Please start again.")

    action = request.POST.get("action", "next")
    index = _screen_number(request.POST.get("screen"), len(all_screens))
    if action == "send":
        return _send(request, survey_round, all_screens, carried, address, sends, window)
    if action.startswith("change-"):
        return _screen(request, survey_round, all_screens,
                       _screen_number(action.removeprefix("change-"), len(all_screens)),
                       carried, returning=True)
    if action == "back":
        return _screen(request, survey_round, all_screens, max(index - 1, 0), carried)

    posted = answering.posted_answers(request.POST)
    result = answers.check_all(all_screens[index], posted)
    if result.unknown:
        return _refused(request, survey_round, "We could not accept these answers",
                        "Some answers were for questions that are not in this survey. "
                        "Nothing has been sent. Please start again.")
    if result.errors:
        return _screen(request, survey_round, all_screens, index, carried, raw=posted,
                       errors=result.errors, returning=request.POST.get("returning") == "1")
    for item in all_screens[index]:
        value = result.values.get(item.key)
        if value is None:
            carried.answers.pop(item.key, None)
        else:
            carried.answers[item.key] = value
    if request.POST.get("returning") == "1" or index == len(all_screens) - 1:
        return _review(request, survey_round, all_screens, carried)
    return _screen(request, survey_round, all_screens, index + 1, carried)


def _screen_number(raw: str | None, count: int) -> int:
    try:
        number = int(raw or 0)
    except ValueError:
        return 0
    return min(max(number, 0), count - 1)


def _send(request: HttpRequest, survey_round: SurveyRound, all_screens,
          carried: state.Carried, address: str, sends: int, window: int) -> HttpResponse:
    if not ratelimit.sends.allow(address, limit=sends, window=window):
        return _stop(request, survey_round, "Please wait a few minutes", [
            "A lot of answers have been sent from your internet connection in the last few "
            "minutes, so we have paused taking more from it. Your answers have not been "
            "sent. Please try again in 10 minutes."], 429)
    try:
        services.submit_response(survey_round=survey_round, receipt=carried.receipt,
                                 carried=carried.answers, today=timezone.localdate())
    except services.AlreadySent:
        return _stop(request, survey_round, "These answers have already been sent", [
            "We have them, so there is no need to send them again. Thank you."], 409)
    except services.NotAccepted as refused:
        if refused.result.unknown:
            return _refused(request, survey_round, "We could not accept these answers",
                            "Some answers were for questions that are not in this survey. "
                            "Nothing has been sent. Please start again.")
        return _review(request, survey_round, all_screens, carried,
                       errors=refused.result.errors)
    response = redirect("surveys_public:thanks", token=survey_round.token)
    response.set_cookie(answering.ANSWERED_COOKIE.format(pk=survey_round.pk), "1",
                        max_age=answering.ANSWERED_DAYS * 24 * 60 * 60,
                        path=reverse("surveys_public:start", args=[survey_round.token]),
                        httponly=True, samesite="Lax",
                        secure=request.is_secure())
    return response


@access(PUBLIC)
@never_cache
def thanks(request: HttpRequest, token: str) -> HttpResponse:
    try:
        survey_round = get_public_round(token)
    except Http404:
        return _round_or_stop(request, token)  # the "link is not right" page
    return _page(request, "thanks.html", {"round": survey_round})
