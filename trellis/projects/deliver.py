"""The Deliver phase at a glance on the project page, read from the same snapshot
parts the critical friend uses, so it costs no extra queries."""

from dataclasses import dataclass

from trellis.core.words import counted
from trellis.monitoring.deliver import ActionFacts, DeliverFacts
from trellis.surveys.checks import SurveyFacts


@dataclass(frozen=True)
class DeliverSummary:
    monitoring: str
    fidelity: str
    reflection: str
    surveys: str
    overdue_actions: tuple[ActionFacts, ...]


def deliver_summary(parts: dict) -> DeliverSummary:
    deliver: DeliverFacts = parts["deliver"]
    surveys: SurveyFacts = parts["surveys"]
    measures = deliver.measures
    concerns = sum(1 for m in measures if m.concern_since)
    overdue = sum(1 for m in measures if m.overdue_periods)
    monitoring = counted(len(measures), "measure")
    if concerns:
        monitoring += f"; {concerns} with a special-cause concern"
    if overdue:
        monitoring += f"; {overdue} with data overdue"
    fidelity_measured = {m.core_component_pk for m in measures
                         if m.core_component_pk and m.latest_period}
    current = {pk for pk, _ in deliver.components}
    if deliver.reviews:
        reflection = (f"{counted(deliver.reviews, 'review')}, the latest on "
                      f"{deliver.last_review:%-d %B %Y}")
    else:
        reflection = "No reviews yet"
    if deliver.overdue_actions:
        reflection += f"; {counted(len(deliver.overdue_actions), 'action')} overdue"
    responses = sum(r.responses for r in surveys.rounds)
    return DeliverSummary(
        monitoring=monitoring,
        fidelity=(f"Measured for {len(fidelity_measured & current)} of "
                  f"{counted(len(current), 'core component')}"),
        reflection=reflection,
        surveys=(f"{counted(len(surveys.rounds), 'round')}, "
                 f"{counted(responses, 'response')}"),
        overdue_actions=deliver.overdue_actions,
    )
