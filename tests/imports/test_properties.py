"""Whatever arrives, the importer answers with a message rather than an error, and
after any import the database holds every row of the file or none of it."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import ProjectFactory
from tests.imports.factories import MeasureFactory, PointFactory
from tests.imports.helpers import confirm, csv_file, latest_job, upload, xlsx_bytes
from trellis.imports import reading
from trellis.imports.checking import Checker, MeasureInfo
from trellis.monitoring.models import DataPoint

MEASURES = (MeasureInfo(1, "Referrals", "count", "monthly"),
            MeasureInfo(2, "Conversion", "proportion", "weekly"),
            MeasureInfo(3, "Kept", "count", "monthly", "survey"))
HEADER = ["measure", "period", "value", "numerator", "denominator", "note"]

cell = st.one_of(
    st.none(), st.text(max_size=12), st.integers(-10**15, 10**15),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.dates(min_value=datetime.date(1, 1, 1)), st.datetimes(),
    st.sampled_from(["Referrals", " conversion ", "Kept", "01/03/2026", "2026-02-30",
                     "12/31/2025", "Mar 2026", "Q1 2026", "=1+1", "1,234", "-1", "0"]),
)


def run_checker(rows) -> Checker:
    checker = Checker(MEASURES, today=datetime.date(2026, 4, 15), replace=False,
                      existing=lambda pk: [datetime.date(2026, 1, 1)], report=lambda p: None)
    figures = list(checker.figures(rows))
    assert all(f.measure_pk in (1, 2) for f in figures)
    assert len(figures) == checker.added + checker.replaced <= checker.rows
    if not checker.errors:  # a row either becomes a figure or has a problem
        assert len(figures) == checker.rows
    return checker


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(cell, max_size=8), max_size=12), st.booleans())
def test_checking_any_rows_never_fails(rows, with_header):
    run_checker(list(enumerate(([HEADER] if with_header else []) + rows, start=1)))


def read_all(data: bytes) -> None:
    stream = io.BytesIO(data)
    try:
        shape = reading.inspect(stream, len(data))
    except reading.FileRefused as refused:
        assert refused.message
        return
    run_checker(reading.rows(stream, shape))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_refused_or_read_never_an_error(data):
    read_all(data)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400), st.integers(0, 2000))
def test_damaged_workbooks_are_refused_or_read_never_an_error(noise, at):
    data = bytearray(xlsx_bytes([HEADER, ["Referrals", "01/03/2026", 3]]))
    at = min(at, len(data))
    data[at:at + len(noise)] = noise
    read_all(bytes(data))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="Referals,Convsion01/23-Q .\"=\n", max_size=60),
                max_size=10))
def test_text_that_looks_nearly_right_is_read_never_an_error(lines):
    read_all(("\n".join([",".join(HEADER), *lines])).encode())


def good_or_bad_row():
    months = st.integers(1, 12).map(lambda m: datetime.date(2025, m, 1))
    good_count = st.tuples(st.just("Referrals"), months.map(lambda d: d.strftime("%d/%m/%Y")),
                           st.integers(0, 500).map(str), st.just(""), st.just(""))
    mondays = st.integers(0, 50).map(
        lambda w: datetime.date(2025, 1, 6) + datetime.timedelta(weeks=w))
    good_proportion = st.tuples(st.just("conversion"), mondays.map(datetime.date.isoformat),
                                st.just(""), st.integers(0, 5).map(str),
                                st.integers(5, 9).map(str))
    bad = st.tuples(st.sampled_from(["Referrals", "Nobody", ""]),
                    st.sampled_from(["31/02/2025", "01/03/2025", "2031-01-01", ""]),
                    st.sampled_from(["x", "-4", "", "3"]), st.sampled_from(["", "2"]),
                    st.sampled_from(["", "0"]))
    return st.one_of(good_count, good_count, good_proportion, bad)


@pytest.mark.django_db
@pytest.mark.usefixtures("mid_april")
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(good_or_bad_row(), min_size=1, max_size=25), replace=st.booleans(),
       as_workbook=st.booleans())
def test_an_import_writes_every_row_of_the_file_or_none(
        rows, replace, as_workbook, editor_client, org_a, django_capture_on_commit_callbacks):
    project = ProjectFactory(organisation=org_a)
    referrals = MeasureFactory(project=project, name="Referrals")
    MeasureFactory(project=project, name="Conversion", kind="proportion", frequency="weekly")
    PointFactory(measure=referrals, period=datetime.date(2025, 5, 1), value=-1)
    before = DataPoint.objects.filter(measure__project=project).count()
    if as_workbook:
        file = SimpleUploadedFile("figures.xlsx", xlsx_bytes([HEADER[:5], *rows]))
    else:
        out = io.StringIO()
        csv.writer(out).writerows([HEADER[:5], *rows])
        file = csv_file(out.getvalue())
    upload(editor_client, project, file, replace=replace,
           capture=django_capture_on_commit_callbacks)
    job = latest_job(project)
    if job.status == "ready":
        confirm(editor_client, job, django_capture_on_commit_callbacks)
        job.refresh_from_db()
    points = DataPoint.objects.filter(measure__project=project)
    if job.status == "done":
        assert job.rows == len([r for r in rows if any(r)])
        assert points.count() == before + job.added
        assert job.added + job.replaced == job.rows
    else:
        assert job.status == "problems"
        assert points.count() == before
        assert points.get().value == -1
