"""Critical-friend rule about the adaptations log: each adaptation that
changes a core component is raised, because adaptations should change how an
approach is delivered, not its core components."""

from trellis.insights.engine import Severity, rule

from .snapshot import AdaptationsFacts, shorten


@rule("adaptation-to-core-component", guide="prepare-core-components")
def adaptation_to_core_component(p):
    facts: AdaptationsFacts | None = p.part("adaptations")
    if facts is None or p.status == "closed":
        return
    for adaptation in facts.to_core_components:
        yield Severity.WARNING, (
            f"An adaptation changes the core component '{adaptation.core_component}': "
            f"{shorten(adaptation.what_changed, 100).rstrip('.')}. "
            "An approach is less likely to succeed when its core components change. Check the "
            "change with the people who know the approach, and watch fidelity closely.")
