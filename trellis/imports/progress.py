"""How far a running job has got, kept in a small file beside its upload.

The worker writes it every few thousand rows; the job page reads it. It lives outside
the database on purpose: while an import writes, it holds one long transaction (on
SQLite, the database's only write lock), so nothing it says about its progress would
be seen until the end. The file's age also tells whether the worker is still alive: a
job whose progress file has not moved for STALE_AFTER seconds was interrupted.

Plain Python: no Django imports."""

import os
import time
from dataclasses import dataclass
from pathlib import Path

STALE_AFTER = 120.0  # seconds without a beat before a running job counts as stopped
BEAT_EVERY = 1.0  # seconds between beats, at most


@dataclass(frozen=True)
class Progress:
    stage: str  # "checking" or "writing"
    rows: int
    fraction: float | None  # of the file, when known
    at: float  # when it was written (seconds since the epoch)

    def age(self, now: float | None = None) -> float:
        return (time.time() if now is None else now) - self.at


def write(path: Path, stage: str, rows: int, fraction: float | None = None) -> None:
    """Replace the progress file in one step, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    shown = "" if fraction is None else f"{max(0.0, min(fraction, 1.0)):.4f}"
    partial.write_text(f"{stage} {rows} {shown}\n", encoding="ascii")
    os.replace(partial, path)


def read(path: Path) -> Progress | None:
    """The last progress written, or None when there is none (or it cannot be read)."""
    try:
        text = path.read_text(encoding="ascii")
        at = path.stat().st_mtime
    except (OSError, UnicodeDecodeError):
        return None
    parts = text.split()
    if len(parts) < 2 or not parts[1].isdigit():
        return None
    try:
        fraction = float(parts[2]) if len(parts) > 2 else None
    except ValueError:
        fraction = None
    return Progress(parts[0], int(parts[1]), fraction, at)


class Beats:
    """Calls `write` at most once every BEAT_EVERY seconds."""

    def __init__(self, path: Path, stage: str, every: float = BEAT_EVERY) -> None:
        self.path, self.stage, self.every = path, stage, every
        self.last = 0.0

    def __call__(self, rows: int, fraction: float | None = None, force: bool = False) -> bool:
        """Write if it is time; True when it wrote."""
        now = time.monotonic()
        if not force and now - self.last < self.every:
            return False
        self.last = now
        write(self.path, self.stage, rows, fraction)
        return True
