"""The first row of an import file names its columns: which column holds what, and the
problems with the row itself (a column missing, or named twice).

Plain Python: no Django imports."""

from collections.abc import Callable, Sequence
from operator import itemgetter

from .cells import is_blank, shown
from .reading import MAX_COLUMNS

# Each column Trellis reads, and the names people give it in the first row.
COLUMNS = {
    "measure": ("measure", "measure name"),
    "period": ("period", "period start", "period starting", "date"),
    "value": ("value", "figure"),
    "numerator": ("numerator",),
    "denominator": ("denominator",),
    "note": ("note", "notes", "comment", "comments"),
}
COLUMN_ORDER = tuple(COLUMNS)
_HEADER_NAMES = {alias: key for key, aliases in COLUMNS.items() for alias in aliases}

Say = Callable[[int, str, str], None]  # (row, column, message)


def normalised_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


class Columns:
    """Where each column Trellis reads sits in a row. `pick(cells)` gives the six cells
    (measure, period, value, numerator, denominator, note); a column the file does not
    have reads as None, from a padding cell past the last one used (rows shorter than
    `width` must be padded with None)."""

    def __init__(self, index: dict[str, int], labels: dict[str, str]) -> None:
        self.index = index
        self.labels = {key: labels.get(key, key) for key in COLUMN_ORDER}
        absent = max(index.values()) + 1
        self.width = absent + (len(index) < len(COLUMN_ORDER))
        self.pick = itemgetter(*(index.get(key, absent) for key in COLUMN_ORDER))


def read_header(cells: Sequence[object], *, error: Say, note: Say) -> Columns | None:
    """The columns the first row names, or None when it cannot be used (each reason
    given to `error`; columns Trellis does not read are mentioned to `note`)."""
    index: dict[str, int] = {}
    labels: dict[str, str] = {}
    failed = False

    def refuse(column: str, message: str) -> None:
        nonlocal failed
        failed = True
        error(1, column, message)

    for position, cell in enumerate(cells[:MAX_COLUMNS]):
        if is_blank(cell):
            continue
        name = normalised_name(str(cell)).removesuffix(" (optional)")
        letter = column_letter(position)
        key = _HEADER_NAMES.get(name)
        if key is None:
            note(1, letter, f"Column {letter} ({shown(cell)}) is not one Trellis reads, so it "
                            "is left out")
        elif key in index:
            refuse(letter, f"Columns {column_letter(index[key])} and {letter} are both "
                           f"called {shown(key)}: keep only one")
        else:
            index[key] = position
            labels[key] = f"{letter} ({key})"
    for key in ("measure", "period"):
        if key not in index:
            refuse("", f"There is no {shown(key)} column. The first row must name the "
                       "columns: measure, period, value (or numerator and denominator for "
                       "proportions) and note")
    if "value" not in index and not {"numerator", "denominator"} & index.keys():
        refuse("", "There is no \u2018value\u2019 column (or \u2018numerator\u2019 and "
                   "\u2018denominator\u2019 columns for proportions)")
    for one, other in (("numerator", "denominator"), ("denominator", "numerator")):
        if one in index and other not in index:
            refuse("", f"There is a {shown(one)} column but no {shown(other)} column: a "
                       "proportion needs both")
    return None if failed else Columns(index, labels)
