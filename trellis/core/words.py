"""Counts in words for the sentences Trellis writes: "1 barrier", "3 barriers",
"1,250 rows". Plain Python, used by rules and summaries alike."""


def counted(number: int, one: str, many: str | None = None) -> str:
    """The number, with thousands separated, and the noun that agrees with it;
    `many` where the plural is not `one` + "s" ("activity", "activities")."""
    return f"{number:,} {one if number == 1 else (many or one + 's')}"
