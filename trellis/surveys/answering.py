"""What the public answering pages show: screens of questions, each question
ready to draw, the review list and the faces. Kept out of the views so they
stay short, and out of the templates so they stay plain."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString

from . import answers
from .answers import Item
from .models import Layout, SurveyRound

FIELD_PREFIX = "a-"
HONEYPOT = "website"
ANSWERED_COOKIE = "trellis-answered-{pk}"
ANSWERED_DAYS = 180

# (posts, sends) a single address may make in RATE_WINDOW seconds; an
# organisation's whole office can share one address, so these are generous.
RATE_WINDOW = 600
POSTS_PER_WINDOW = 1200
SENDS_PER_WINDOW = 100


def rate_limits() -> tuple[int, int, int]:
    return (getattr(settings, "SURVEY_POSTS_PER_WINDOW", POSTS_PER_WINDOW),
            getattr(settings, "SURVEY_SENDS_PER_WINDOW", SENDS_PER_WINDOW),
            getattr(settings, "SURVEY_RATE_WINDOW", RATE_WINDOW))


def client_address(request: HttpRequest) -> str:
    """The address a request came from: behind the proxy Trellis is deployed
    with (BEHIND_PROXY), the one the proxy added last."""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded.strip():
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def screens(items: Sequence[Item], layout: str) -> list[list[Item]]:
    if layout == Layout.ONE_PAGE or not items:
        return [list(items)]
    return [[item] for item in items]


def posted_answers(data: Mapping) -> dict[str, list[str]]:
    """{item key: [values]} from the posted fields named a-<key>."""
    return {name[len(FIELD_PREFIX):]: data.getlist(name)
            for name in data if name.startswith(FIELD_PREFIX)}


def carried_as_raw(item: Item, carried: Mapping[str, object]) -> list[str]:
    return answers.as_posted(item, carried.get(item.key))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    id: str
    checked: bool
    face: SafeString | None = None


@dataclass(frozen=True)
class QuestionView:
    item: Item
    number: int
    total: int
    name: str
    id: str
    error: str
    text_value: str
    options: tuple[Option, ...]

    @property
    def kind(self) -> str:
        return self.item.kind

    @property
    def hint_id(self) -> str:
        return f"{self.id}-hint" if self.item.help else ""

    @property
    def error_id(self) -> str:
        return f"{self.id}-error" if self.error else ""

    @property
    def described_by(self) -> str:
        return " ".join(i for i in (self.hint_id, self.error_id) if i)

    @property
    def first_id(self) -> str:
        """Where the error summary's link takes the person."""
        return self.options[0].id if self.options else self.id

    @property
    def progress(self) -> str:
        return f"Question {self.number} of {self.total}"

    @property
    def limit(self) -> int:
        return answers.TEXT_LIMIT


def question_view(item: Item, *, number: int, total: int, raw: Sequence[str],
                  error: str = "") -> QuestionView:
    field_id = f"{FIELD_PREFIX}{item.key}"
    chosen = {r.strip() for r in raw}
    options = tuple(
        Option(value=str(n), label=label, id=f"{field_id}-{n}", checked=str(n) in chosen,
               face=face(n) if item.kind == answers.FACES else None)
        for n, label in enumerate(item.options, start=1))
    text = raw[0] if raw and not item.is_choice else ""
    return QuestionView(item=item, number=number, total=total, name=field_id, id=field_id,
                        error=error, text_value=text, options=options)


@dataclass(frozen=True)
class ErrorLink:
    text: str
    href: str


def error_links(views: Sequence[QuestionView]) -> list[ErrorLink]:
    return [ErrorLink(v.error, f"#{v.first_id}") for v in views if v.error]


@dataclass(frozen=True)
class ReviewRow:
    number: int
    text: str
    answer: str
    screen: int
    error: str = ""


def review_rows(all_screens: Sequence[Sequence[Item]], carried: Mapping[str, object],
                errors: Mapping[str, str] | None = None) -> list[ReviewRow]:
    rows, number = [], 0
    for index, screen in enumerate(all_screens):
        for item in screen:
            number += 1
            rows.append(ReviewRow(number, item.text,
                                  answers.display(item, _as_value(carried.get(item.key))),
                                  index, (errors or {}).get(item.key, "")))
    return rows


def _as_value(value: object) -> answers.Value:
    if isinstance(value, list):
        return tuple(value)
    return value  # type: ignore[return-value]


# --- The faces scale --------------------------------------------------------

def face(value: int) -> SafeString:
    """A face for point `value` of the 1-5 faces scale, from a deep frown to a
    broad smile. Decorative: its label says the same in words."""
    curve = (value - 3) * 9
    mouth = f"M 30 {64 - curve / 3:.0f} Q 50 {64 + curve:.0f} 70 {64 - curve / 3:.0f}"
    # A frown for the saddest face only: eyebrows drawn in.
    brows = "M 28 30 L 42 36 M 72 30 L 58 36" if value == 1 else ""
    return format_html(
        '<svg class="trellis-faces__face" viewBox="0 0 100 100" width="56" height="56" '
        'aria-hidden="true" focusable="false">'
        '<circle cx="50" cy="50" r="46" fill="#ffdd00" stroke="#0b0c0c" stroke-width="4"/>'
        '<circle cx="36" cy="42" r="5" fill="#0b0c0c"/>'
        '<circle cx="64" cy="42" r="5" fill="#0b0c0c"/>'
        '<path d="{}" stroke="#0b0c0c" stroke-width="3" stroke-linecap="round" fill="none"/>'
        '<path d="{}" stroke="#0b0c0c" stroke-width="5" stroke-linecap="round" '
        'fill="none"/></svg>', brows or "M 0 0", mouth)


def closes_text(survey_round: SurveyRound) -> str:
    day = survey_round.closes_on
    return f"{day.day} {day:%B %Y}"


def opens_text(survey_round: SurveyRound) -> str:
    day = survey_round.opens_on
    return f"{day.day} {day:%B %Y}"
