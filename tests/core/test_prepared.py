"""A prepared query gives exactly what the ORM gives for the same values, with
whatever values it is run, and refuses a builder whose values do not reach the
SQL as parameters."""

import datetime

import pytest
from django.db.models import Max, Q
from django.db.models.expressions import RawSQL

from tests.factories import ProjectFactory
from trellis.core.prepared import PreparedQuery, PreparingError
from trellis.projects.models import Project


def reviews_due(organisation_pk, before):
    return (Project.objects.filter(organisation_id=organisation_pk, next_review_date__lt=before)
            .order_by("title").values_list("title", "next_review_date"))


def test_the_same_rows_as_the_orm_for_any_values(org_a, org_b):
    for org, days in ((org_a, (3, 10, 28)), (org_b, (5, 20))):
        for n, day in enumerate(days):
            ProjectFactory(organisation=org, title=f"{org.name} {n}",
                           next_review_date=datetime.date(2026, 5, day))
    prepared = PreparedQuery(reviews_due)
    for org in (org_a, org_b):
        for before in (datetime.date(2026, 5, 1), datetime.date(2026, 5, 12),
                       datetime.date(2027, 1, 1)):
            expected = list(reviews_due(org.pk, before))
            got = prepared.rows(organisation_pk=org.pk, before=before)
            assert got == expected
    # Dates come back as dates, as the ORM gives them, on every database.
    got = prepared.rows(organisation_pk=org_a.pk, before=datetime.date(2027, 1, 1))
    assert got[0] == ("Northbrook 0", datetime.date(2026, 5, 3))


def test_a_value_used_twice_is_replaced_everywhere(org_a, org_b):
    ProjectFactory(organisation=org_a, title="Ours")
    ProjectFactory(organisation=org_b, title="Theirs")

    def either(organisation_pk):
        return (Project.objects.filter(Q(organisation_id=organisation_pk)
                                       | Q(organisation__pk=organisation_pk))
                .values_list("title"))

    prepared = PreparedQuery(either)
    assert prepared.rows(organisation_pk=org_a.pk) == [("Ours",)]
    assert prepared.rows(organisation_pk=org_b.pk) == [("Theirs",)]


def test_aggregated_times_are_converted_as_the_orm_converts_them(org_a):
    ProjectFactory(organisation=org_a)

    def latest(organisation_pk):
        return (Project.objects.filter(organisation_id=organisation_pk)
                .values("organisation").annotate(at=Max("created_at")).values_list("at"))

    assert PreparedQuery(latest).rows(organisation_pk=org_a.pk) == list(latest(org_a.pk))


def test_a_value_that_never_reaches_the_sql_is_refused(db):
    def ignores(organisation_pk):
        return Project.objects.values_list("title")

    with pytest.raises(PreparingError, match="organisation_pk does not reach the SQL"):
        PreparedQuery(ignores).rows(organisation_pk=1)


def test_a_value_written_into_the_sql_is_refused(db):
    def inlined(organisation_pk):
        return Project.objects.annotate(
            mine=RawSQL(f"organisation_id = {organisation_pk}", ())).values_list("mine")

    with pytest.raises(PreparingError, match="organisation_pk is written into the SQL"):
        PreparedQuery(inlined).rows(organisation_pk=1)


def test_values_must_be_numbers_or_dates(db):
    with pytest.raises(PreparingError, match="whole number or a date"):
        PreparedQuery(reviews_due).rows(organisation_pk="1", before=datetime.date(2026, 1, 1))
