"""Validated survey instruments (AIM, IAM, FIM, ORIC), shipped as data.

Pure Python: no Django imports. Each instrument is one TOML file in this package,
read and validated once per process:

    >>> get_instrument("aim").items[0].number
    1
"""

from __future__ import annotations

from .loader import (
    INSTRUMENTS_DIR,
    Instrument,
    InstrumentDataError,
    Item,
    ScalePoint,
    Subscale,
    get_instrument,
    get_instruments,
    load_instrument,
    load_instruments,
)

__all__ = [
    "INSTRUMENTS_DIR",
    "Instrument",
    "InstrumentDataError",
    "Item",
    "ScalePoint",
    "Subscale",
    "get_instrument",
    "get_instruments",
    "load_instrument",
    "load_instruments",
]
