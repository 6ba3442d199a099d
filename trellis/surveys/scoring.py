"""Scoring one respondent's answers to a validated instrument. Pure: no Django.

Each score is the mean of the answered items on the 1-5 scale: AIM, IAM and FIM
have one score, ``"total"`` (Weiner et al. 2017); ORIC has a score per subscale,
``"change-commitment"`` and ``"change-efficacy"`` (Shea et al. 2014), and a
``"total"`` over all twelve items.

Missing items
-------------
The source papers set no rule for missing items, so Trellis uses the common
"half rule": a score (the total or a subscale) is the mean of the items answered,
provided at least half of its items are answered; otherwise it is ``None`` (not
scored). So AIM, IAM and FIM need 2 of their 4 items, ORIC change commitment 3 of
5, change efficacy 4 of 7 and the ORIC total 6 of 12. Averaging the answered items
(proration) is common practice for short scales of closely related items, but
it can bias scores when many items are missing (Mazza GL, Enders CK, Ruehlman LS.
Addressing item-level missing data: a comparison of proration and full information
maximum likelihood estimation. Multivariate Behavioral Research. 2015;50(5):504-519),
which is why a score with more than half of its items missing is not given at all.
"""

from __future__ import annotations

from collections.abc import Mapping

from trellis.surveys.instruments import Instrument

NOT_SCORED = None


def minimum_answered(item_count: int) -> int:
    """How many of a (sub)scale's items must be answered for it to be scored:
    at least half, rounded up."""
    return (item_count + 1) // 2


def check_answers(instrument: Instrument, answers: Mapping[int, int | None]) -> None:
    """Raise ValueError for an answer to an item the instrument does not have, or
    an answer that is not a whole number on its scale. ``None`` means skipped."""
    numbers = {item.number for item in instrument.items}
    values = {point.value for point in instrument.scale}
    for number, answer in answers.items():
        if number not in numbers:
            raise ValueError(f"{instrument.short_name} has no item {number!r}")
        if answer is None:
            continue
        if type(answer) is not int or answer not in values:
            raise ValueError(
                f"{instrument.short_name} item {number}: {answer!r} is not on the scale "
                f"{min(values)} to {max(values)}")


def score(instrument: Instrument, answers: Mapping[int, int | None]) -> dict[str, float | None]:
    """The instrument's scores for one respondent, keyed ``"total"`` and each
    subscale slug. A score is ``None`` when fewer than half of its items are
    answered. Out-of-range answers or unknown items raise ValueError."""
    check_answers(instrument, answers)
    scores: dict[str, float | None] = {}
    for key in instrument.score_keys:
        items = instrument.subscale_items(key)
        given = [answers[i.number] for i in items if answers.get(i.number) is not None]
        if len(given) < minimum_answered(len(items)):
            scores[key] = NOT_SCORED
        else:
            scores[key] = sum(given) / len(given)  # type: ignore[arg-type]
    return scores
