"""Answers carried between the screens of a survey in a signed hidden field,
so nothing is stored until the person sends them, and a changed value is
refused. The one-time key inside is what makes a replayed submission
recognisable (services.submit_response keeps a hash of each key it uses)."""

import hashlib
import secrets
from dataclasses import dataclass, field

from django.core import signing

SALT = "trellis.surveys.answers"
MAX_AGE = 60 * 60 * 24  # a day to finish a survey


class BadState(Exception):
    """The carried answers were changed, are too old, or are for another round."""


@dataclass
class Carried:
    round_pk: int
    key: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    answers: dict = field(default_factory=dict)

    def dumps(self) -> str:
        return signing.dumps({"r": self.round_pk, "k": self.key, "a": self.answers},
                             salt=SALT, compress=True)

    @property
    def receipt(self) -> str:
        return hashlib.sha256(self.key.encode()).hexdigest()


def start(round_pk: int) -> Carried:
    return Carried(round_pk=round_pk)


def load(value: str | None, round_pk: int) -> Carried:
    if not value:
        raise BadState("missing")
    try:
        data = signing.loads(value, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise BadState("expired") from error
    except signing.BadSignature as error:
        raise BadState("tampered") from error
    if not isinstance(data, dict) or data.get("r") != round_pk:
        raise BadState("another round")
    key, carried = data.get("k"), data.get("a")
    if not isinstance(key, str) or not isinstance(carried, dict):
        raise BadState("malformed")
    return Carried(round_pk=round_pk, key=key, answers=carried)
