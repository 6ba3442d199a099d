"""Which library strategies to suggest for an open barrier, and why. Pure: no Django.

A strategy scores 3 when the barrier's CFIR domain is the one it is mainly
written for, 2 when it is another domain it helps with, plus 1 for each of
its keywords the barrier's description mentions (at most 3). Anything
scoring 2 or more is suggested, best first, library order breaking ties: so
a matching domain is preferred, and the description can lift a strategy
from another domain when it plainly fits. A strong barrier gets more
suggestions than a barrier. What the project already uses for the barrier
(the same library entry, or a strategy of the same name) is never suggested."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .library import LibraryStrategy

PRIMARY_DOMAIN, OTHER_DOMAIN, MOST_KEYWORDS, THRESHOLD = 3, 2, 3, 2
HOW_MANY = {-2: 5, -1: 3}  # suggestions by barrier strength
DEFAULT_HOW_MANY = 3

BARRIER_PHRASES = {
    "innovation": "a barrier in the approach itself (the innovation)",
    "outer-setting": "an outer-setting barrier",
    "inner-setting": "an inner-setting barrier",
    "individuals": "a barrier about the people involved (individuals)",
    "implementation-process": "an implementation-process barrier",
}
DOMAIN_BARRIERS = {
    "innovation": "barriers in the approach itself",
    "outer-setting": "outer-setting barriers",
    "inner-setting": "inner-setting barriers",
    "individuals": "barriers about the people involved",
    "implementation-process": "implementation-process barriers",
}


def normalise(name: str) -> str:
    """Names compared without case, punctuation or extra spaces."""
    return " ".join(re.findall(r"[a-z0-9]+", name.casefold()))


@dataclass(frozen=True)
class BarrierNeed:
    """What suggestions need to know about one open barrier."""

    domain: str
    description: str
    strength: int
    # Names (normalised) and library slugs of strategies already linked to it.
    used: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Suggestion:
    strategy: LibraryStrategy
    score: int
    reason: str
    mentioned: tuple[str, ...] = ()  # words of the description that made it fit
    planned_pk: int | None = None  # the project's own strategy of the same name


def how_many(strength: int) -> int:
    return HOW_MANY.get(strength, DEFAULT_HOW_MANY)


def mentioned_words(description: str, keywords: Iterable[str]) -> tuple[str, ...]:
    """Words of the description that begin with one of the keywords, in the
    order they appear, one per keyword, at most MOST_KEYWORDS."""
    words = re.findall(r"[a-z]+", description.casefold())
    found: dict[int, str] = {}
    for keyword in keywords:
        position = next((i for i, word in enumerate(words) if word.startswith(keyword)), None)
        if position is not None and position not in found:
            found[position] = words[position]
    return tuple(found[i] for i in sorted(found))[:MOST_KEYWORDS]


def _quoted(words: Sequence[str]) -> str:
    quoted = [f"“{word}”" for word in words]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def _barriers(domain: str) -> str:
    return DOMAIN_BARRIERS.get(domain, f"{domain.replace('-', ' ')} barriers")


def reason_for(barrier: BarrierNeed, strategy: LibraryStrategy,
               mentioned: Sequence[str]) -> str:
    """Why it is suggested, in a sentence or two of plain English."""
    phrase = BARRIER_PHRASES.get(barrier.domain,
                                 f"a {barrier.domain.replace('-', ' ')} barrier")
    words = (f"The barrier mentions {_quoted(mentioned)}, which this strategy speaks to."
             if mentioned else "")
    if strategy.cfir_domains[0] == barrier.domain:
        text = (f"Suggested because this is {phrase} and this strategy is written mainly "
                f"for {_barriers(barrier.domain)}.")
    elif barrier.domain in strategy.cfir_domains:
        text = (f"Suggested because this is {phrase} and this strategy also helps with "
                f"{_barriers(barrier.domain)}.")
    else:
        return (f"Suggested because the barrier mentions {_quoted(mentioned)}, which this "
                f"strategy speaks to, although it is written mainly for "
                f"{_barriers(strategy.cfir_domains[0])}.")
    return f"{text} {words}".strip()


def score(barrier: BarrierNeed, strategy: LibraryStrategy,
          mentioned: Sequence[str]) -> int:
    if strategy.cfir_domains[0] == barrier.domain:
        domain = PRIMARY_DOMAIN
    elif barrier.domain in strategy.cfir_domains:
        domain = OTHER_DOMAIN
    else:
        domain = 0
    return domain + min(len(mentioned), MOST_KEYWORDS)


def suggest(barrier: BarrierNeed, library: Sequence[LibraryStrategy],
            planned: Mapping[str, int] | None = None) -> list[Suggestion]:
    """Ranked suggestions for one barrier. `planned` maps the normalised names
    and library slugs of the project's strategies to their ids, so a
    suggestion the project already has (for other barriers) can say so."""
    planned = planned or {}
    ranked = []
    for index, strategy in enumerate(library):
        if strategy.slug in barrier.used or normalise(strategy.name) in barrier.used:
            continue
        mentioned = mentioned_words(barrier.description, strategy.keywords)
        points = score(barrier, strategy, mentioned)
        if points >= THRESHOLD:
            ranked.append((-points, index, strategy, mentioned))
    ranked.sort(key=lambda item: item[:2])
    return [
        Suggestion(
            strategy=strategy, score=-negative, mentioned=mentioned,
            reason=reason_for(barrier, strategy, mentioned),
            planned_pk=planned.get(strategy.slug, planned.get(normalise(strategy.name))),
        )
        for negative, _, strategy, mentioned in ranked[: how_many(barrier.strength)]
    ]
