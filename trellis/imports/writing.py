"""Writing checked figures in batches, inside the import's one transaction.

A new figure is one INSERT carrying who entered it and when. A replaced figure first
has its old value copied into the measure's history (DataPointChange, "changed", via
the import's file name), then takes the new one; its version goes up, so anyone editing
the old figure at the same time is told it changed. Statements are sent many rows at a
time (executemany), which is what makes a million rows take seconds rather than
minutes. The SQL is plain enough to run unchanged on SQLite and PostgreSQL."""

from collections import defaultdict
from datetime import datetime

from django.db import connection

from trellis.monitoring.models import Change, DataPoint, DataPointChange

from .checking import Figure

BATCH = 5_000


def _column(name: str) -> str:
    return connection.ops.quote_name(DataPoint._meta.get_field(name).column)


_POINT = ("measure", "period", "value", "numerator", "denominator", "note", "version",
          "entered_by", "entered_at", "updated_at")


class Writer:
    """Collects figures and sends them to the database BATCH at a time."""

    def __init__(self, *, by_pk: int | None, via: str, now: datetime) -> None:
        ops = connection.ops
        self.by_pk, self.via, self.when = by_pk, via, now
        self.now = ops.adapt_datetimefield_value(now)
        self.date = ops.adapt_datefield_value
        self.new: list[tuple] = []
        self.replacing: list[Figure] = []
        # Only table and column names, from the model, are put into the SQL; every value
        # is a parameter.
        table = connection.ops.quote_name(DataPoint._meta.db_table)
        c = {name: _column(name) for name in _POINT}
        self.insert_sql = (
            f"INSERT INTO {table} ({', '.join(c.values())}) "  # noqa: S608 - names only
            f"VALUES ({', '.join(['%s'] * len(c))})")
        self.update_sql = (
            f"UPDATE {table} SET {c['value']} = %s, {c['numerator']} = %s, "  # noqa: S608
            f"{c['denominator']} = %s, {c['note']} = %s, {c['version']} = {c['version']} + 1, "
            f"{c['entered_by']} = %s, {c['updated_at']} = %s "
            f"WHERE {c['measure']} = %s AND {c['period']} = %s")

    def add(self, figure: Figure) -> None:
        if figure.replacing:
            self.replacing.append(figure)
            if len(self.replacing) >= BATCH:
                self._replace()
        else:
            self.new.append((figure.measure_pk, self.date(figure.period), figure.value,
                             figure.numerator, figure.denominator, figure.note, 1, self.by_pk,
                             self.now, self.now))
            if len(self.new) >= BATCH:
                self._insert()

    def flush(self) -> None:
        self._insert()
        self._replace()

    def _insert(self) -> None:
        if self.new:
            with connection.cursor() as cursor:
                cursor.executemany(self.insert_sql, self.new)
            self.new = []

    def _replace(self) -> None:
        if not self.replacing:
            return
        by_measure: dict[int, dict] = defaultdict(dict)
        for f in self.replacing:
            by_measure[f.measure_pk][f.period] = f
        history = []
        for measure_pk, figures in by_measure.items():
            olds = DataPoint.objects.filter(measure_id=measure_pk, period__in=list(figures))
            for period, value, numerator, denominator, note in olds.values_list(
                    "period", "value", "numerator", "denominator", "note"):
                new = figures[period]
                history.append(DataPointChange(
                    measure_id=measure_pk, period=period, change=Change.CHANGED,
                    old_value=value, old_numerator=numerator, old_denominator=denominator,
                    old_note=note, new_value=new.value, new_numerator=new.numerator,
                    new_denominator=new.denominator, new_note=new.note, via=self.via,
                    changed_by_id=self.by_pk, changed_at=self.when))
        DataPointChange.objects.bulk_create(history, batch_size=1000)
        update = [(f.value, f.numerator, f.denominator, f.note, self.by_pk, self.now,
                   f.measure_pk, self.date(f.period)) for f in self.replacing]
        with connection.cursor() as cursor:
            cursor.executemany(self.update_sql, update)
        self.replacing = []
