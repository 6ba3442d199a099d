"""The adaptations rule, on plain snapshots."""

from datetime import date

from trellis.adaptations.snapshot import AdaptationFacts, AdaptationsFacts, flag, shorten
from trellis.insights.engine import Severity, review
from trellis.projects.snapshot import ProjectSnapshot


def findings(facts, status="active"):
    snapshot = ProjectSnapshot(title="FGC", phase="deliver", status=status,
                               today=date(2026, 11, 26),
                               parts={} if facts is None else {"adaptations": facts})
    return [f for f in review(snapshot) if f.rule == "adaptation-to-core-component"]


def test_each_adaptation_to_a_core_component_is_raised():
    facts = AdaptationsFacts((
        AdaptationFacts(1, "Evening conferences."),
        AdaptationFacts(2, "Shorter private family time.", "Private family time"),
        AdaptationFacts(3, "Co-ordinator from the child's social work team", "Independence"),
    ))
    found = findings(facts)
    assert len(found) == 2
    assert all(f.severity is Severity.WARNING for f in found)
    assert found[0].guide_anchor == "prepare-core-components"
    messages = " ".join(f.message for f in found)
    assert "the core component 'Private family time': Shorter private family time. " in messages
    assert "'Independence'" in messages


def test_quiet_for_delivery_only_without_the_part_or_when_closed():
    assert findings(AdaptationsFacts((AdaptationFacts(1, "Evening conferences"),))) == []
    assert findings(None) == []
    assert findings(AdaptationsFacts((AdaptationFacts(1, "X", "Y"),)), status="closed") == []


def test_flag_and_shorten():
    assert flag("Private family time") == "Changes core component: Private family time"
    assert flag("") == ""
    assert shorten("Short  text\nhere") == "Short text here"
    assert shorten("word " * 30, 22) == "word word word word…"
