"""Responses sent through the same service the public pages use, so answers
and scores are stored exactly as a real submission stores them."""

import datetime
import itertools

from trellis.surveys import services

_receipts = itertools.count(1)


def respond(survey_round, answers: dict, day: datetime.date | None = None):
    """Send one response: `answers` maps item keys ("aim-1", "q<pk>") to values."""
    day = day or survey_round.opens_on
    return services.submit_response(survey_round=survey_round,
                                    receipt=f"test-receipt-{next(_receipts)}",
                                    carried=answers, today=day)


def aim(*values: int) -> dict:
    """AIM answers for items 1-4."""
    return {f"aim-{n}": v for n, v in enumerate(values, start=1)}


def fim(*values: int) -> dict:
    return {f"fim-{n}": v for n, v in enumerate(values, start=1)}


# Six responses worked by hand. Their AIM scores, sorted: 2.0, 3.0, 4.0, 4.0,
# 5.0, 5.0: mean 23/6 = 3.83; median (between the 3rd and 4th) 4.00; lower
# quartile at position 1.25 = 3.0 + 0.25 x (4.0 - 3.0) = 3.25; upper quartile at
# position 3.75 = 4.0 + 0.75 x (5.0 - 4.0) = 4.75. Item 1's answers: 2, 3, 4, 5,
# 5, 5, so "completely agree" is 3 of 6 (50%).
SIX = [aim(2, 2, 2, 2), aim(3, 3, 3, 3), aim(4, 4, 4, 4), aim(5, 3, 4, 4), aim(5, 5, 5, 5),
       aim(5, 5, 5, 5)]


def answer_six(survey_round, count: int = 6):
    for answers in SIX[:count]:
        respond(survey_round, answers)
