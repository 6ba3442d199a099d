"""What counts as an answer to each kind of survey question, and the message
when it does not. Pure Python: the public pages check what people post with
these rules, and check the carried answers again before anything is stored.

    >>> item = Item(key="q1", kind=NUMBER, text="How many?", minimum=0, maximum=10)
    >>> check(item, ["12"])
    Checked(value=None, error='Enter a number between 0 and 10')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

AGREEMENT = "agreement"
FACES = "faces"
SINGLE = "single"
MULTIPLE = "multiple"
NUMBER = "number"
TEXT = "text"
KINDS = (AGREEMENT, FACES, SINGLE, MULTIPLE, NUMBER, TEXT)

TEXT_LIMIT = 2000
NUMBER_LIMIT = 1_000_000_000  # keeps an unbounded number question inside a database integer

AGREEMENT_LABELS = ("Completely disagree", "Disagree", "Neither agree nor disagree", "Agree",
                    "Completely agree")
FACES_LABELS = ("Very unhappy", "Unhappy", "In the middle", "Happy", "Very happy")

Value = int | str | tuple[int, ...] | None


@dataclass(frozen=True)
class Item:
    """One question as the respondent sees it: a questionnaire question or one
    item of an instrument. `options` are the labels of the choices, in order;
    answers store their 1-based position."""

    key: str
    kind: str
    text: str
    help: str = ""
    required: bool = True
    options: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    question_pk: int | None = None
    instrument: str = ""
    number: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind of question: {self.kind}")

    @property
    def is_choice(self) -> bool:
        return self.kind in (AGREEMENT, FACES, SINGLE, MULTIPLE)


@dataclass(frozen=True)
class Checked:
    value: Value
    error: str = ""


@dataclass
class Result:
    values: dict[str, Value] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.unknown


def _missing(item: Item) -> Checked:
    if not item.required:
        return Checked(None)
    if item.kind == MULTIPLE:
        return Checked(None, "Select at least one answer")
    if item.kind in (AGREEMENT, FACES, SINGLE):
        return Checked(None, "Select an answer")
    if item.kind == NUMBER:
        return Checked(None, "Enter a number")
    return Checked(None, "Enter your answer")


def _choice(item: Item, raw: str) -> int | None:
    if not raw.isascii() or not raw.isdigit():
        return None
    number = int(raw)
    return number if 1 <= number <= len(item.options) else None


def _number_message(item: Item) -> str:
    low, high = item.minimum, item.maximum
    if low is not None and high is not None:
        return f"Enter a number between {low:,} and {high:,}"
    if low is not None:
        return f"Enter a number that is {low:,} or more"
    if high is not None:
        return f"Enter a number that is {high:,} or less"
    return "Enter a number that is less than 1,000,000,000"


def check(item: Item, raw: Sequence[str]) -> Checked:
    """The answer to `item` from what was posted for it (a list of strings,
    as a browser sends them), or the message saying what is wrong."""
    given = [r.strip() for r in raw if r is not None and r.strip()]
    if not given:
        return _missing(item)
    if item.kind == MULTIPLE:
        chosen = [_choice(item, r) for r in given]
        if None in chosen:
            return Checked(None, "Select answers from the list")
        return Checked(tuple(sorted(set(chosen))))
    if len(given) > 1:
        return Checked(None, "Give one answer")
    answer = given[0]
    if item.is_choice:
        chosen = _choice(item, answer)
        return Checked(chosen) if chosen else Checked(None, "Select an answer from the list")
    if item.kind == NUMBER:
        cleaned = answer.replace(",", "")
        sign, digits = ("-", cleaned[1:]) if cleaned.startswith("-") else ("", cleaned)
        if not digits.isascii() or not digits.isdigit():
            return Checked(None, "Enter a whole number, like 3")
        number = int(sign + digits)
        low = item.minimum if item.minimum is not None else -NUMBER_LIMIT
        high = item.maximum if item.maximum is not None else NUMBER_LIMIT
        if not low <= number <= high:
            return Checked(None, _number_message(item))
        return Checked(number)
    # Free text: count characters as the person typed them (a line break is one).
    text = answer.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > TEXT_LIMIT:
        return Checked(None, f"Your answer must be {TEXT_LIMIT:,} characters or fewer "
                             f"(it has {len(text):,})")
    return Checked(text)


def check_all(items: Iterable[Item], posted: Mapping[str, Sequence[str]],
              *, allowed: Iterable[str] = ()) -> Result:
    """Check every item against `posted` ({key: [raw values]}). Keys posted for
    items not in `items` (nor in `allowed`, the keys of other screens) are
    listed in `unknown`: the answers are refused rather than half-kept."""
    items = list(items)
    result = Result()
    known = {i.key for i in items} | set(allowed)
    result.unknown = sorted(k for k in posted if k not in known)
    for item in items:
        checked = check(item, posted.get(item.key, []))
        if checked.error:
            result.errors[item.key] = checked.error
        elif checked.value is not None:
            result.values[item.key] = checked.value
    return result


def as_posted(item: Item, value: Value) -> list[str]:
    """A stored answer as a browser would post it, to check it again."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def recheck(items: Iterable[Item], carried: Mapping[str, object]) -> Result:
    """Check answers carried between screens before they are stored: the same
    rules, with every required answer present and no answer to anything else."""
    items = list(items)
    posted: dict[str, list[str]] = {}
    malformed = []
    for key, value in carried.items():
        if isinstance(value, list | tuple) and all(isinstance(v, int) for v in value):
            posted[key] = [str(v) for v in value]
        elif isinstance(value, int | str) and not isinstance(value, bool):
            posted[key] = [str(value)]
        else:
            malformed.append(key)
    result = check_all(items, posted)
    for key in malformed:
        if key in {i.key for i in items}:
            result.errors[key] = "This answer could not be read"
        else:
            result.unknown.append(key)
    return result


def display(item: Item, value: Value) -> str:
    """An answer as the review page shows it; one that is not a valid answer
    (carried from before the question changed) says so."""
    if value is None or value == "" or value == ():
        return "Not answered"
    try:
        if item.kind == MULTIPLE:
            return ", ".join(_option(item, v) for v in value)  # type: ignore[union-attr]
        if item.is_choice:
            return _option(item, value)
        if item.kind == NUMBER:
            return f"{int(value):,}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "Not a valid answer"
    return str(value)


def _option(item: Item, value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or not (
            1 <= value <= len(item.options)):
        raise ValueError(value)
    return item.options[value - 1]
