import pytest

from trellis.plans.demo import add_fgc_plan
from trellis.plans.sections import _SECTIONS, plan_section


@pytest.fixture
def fgc_plan(project, editor):
    """The seed's Figure 5 plan on the cast's project; returns its components."""
    return add_fgc_plan(project, editor)


@pytest.fixture
def extra_section(monkeypatch):
    """register(slug, title, column, items) adds a section for one test, as
    another app would."""

    def register(slug: str, title: str, column: str, items: list[dict], order: int = 30):
        monkeypatch.setitem(_SECTIONS, slug, None)
        del _SECTIONS[slug]
        plan_section(slug, title, column=column, order=order)(lambda project: items)

    return register
