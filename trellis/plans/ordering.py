"""Ordering core components: checking a full new order typed by a person, and
moving one item up or down. Pure, so it is tested on plain lists."""

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence


def position_problems(positions: Mapping[Hashable, int | None]) -> list[str]:
    """Plain-English problems with a new order, or [] when the positions are
    exactly 1 to N, each used once."""
    count = len(positions)
    given = [p for p in positions.values() if p is not None]
    problems = []
    if len(given) < count:
        problems.append("Give every component a position")
    outside = sorted({p for p in given if not 1 <= p <= count})
    if outside:
        problems.append(f"Positions must be from 1 to {count}: {_numbers(outside)} "
                        f"{'is' if len(outside) == 1 else 'are'} not")
    duplicates = sorted(p for p, n in Counter(given).items() if n > 1 and 1 <= p <= count)
    if duplicates:
        problems.append(f"{_positions(duplicates)} "
                        f"{'is' if len(duplicates) == 1 else 'are'} used more than once")
    missing = sorted(set(range(1, count + 1)) - set(given))
    if missing and len(given) == count:
        problems.append(f"No component is at {_positions(missing).lower()}")
    return problems


def _numbers(numbers: list[int]) -> str:
    return _and_join([str(n) for n in numbers])


def _positions(numbers: list[int]) -> str:
    return f"Position{'s' if len(numbers) > 1 else ''} {_numbers(numbers)}"


def in_new_order(positions: Mapping[Hashable, int]) -> list[Hashable]:
    """The keys sorted by their (already checked) new positions."""
    return [key for key, _ in sorted(positions.items(), key=lambda kv: kv[1])]


def moved(order: Sequence[Hashable], key: Hashable, direction: str) -> list[Hashable]:
    """The order with `key` swapped with its neighbour ("up" or "down");
    unchanged at either end or for an unknown key or direction."""
    items = list(order)
    if key not in items or direction not in ("up", "down"):
        return items
    index = items.index(key)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(items):
        items[index], items[other] = items[other], items[index]
    return items


def _and_join(words: list[str]) -> str:
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"
