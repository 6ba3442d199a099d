"""The implementation strategies of the seed's Figure 5 (Family Group
Conferences at the pre-proceedings stage), with a few barriers they answer."""

from datetime import date

from trellis.barriers.models import BarrierEnabler, Kind, Status, Strength
from trellis.barriers.services import record_barrier
from trellis.organisations.models import User
from trellis.plans.models import CoreComponent
from trellis.projects.models import Phase, Project

from .services import add_strategy

# (description, CFIR domain, strength, status, phase found). The last has no
# strategy yet, so the matrix and the suggestions have something to show.
FGC_BARRIERS = [
    ("New FGC co-ordinators wait months for training in the UK standards, so they start "
     "delivering conferences without it.", "individuals", Strength.STRONG_BARRIER,
     Status.BEING_ADDRESSED, Phase.EXPLORE),
    ("Some social workers and partner agencies see an FGC as an optional extra rather than "
     "part of pre-proceedings planning.", "outer-setting", Strength.BARRIER, Status.OPEN,
     Phase.EXPLORE),
    ("Referral data sits in two case recording systems, so nobody can report how many "
     "referrals turn into a conference.", "inner-setting", Strength.BARRIER, Status.OPEN,
     Phase.DELIVER),
]

ALL = "all"
# (name, category, level, phase, start, end, description, barriers (indexes of
#  FGC_BARRIERS), core components (numbers from 1, or ALL), owned by the user?)
FGC_STRATEGIES = [
    ("Training for FGC co-ordinators from an accredited provider",
     "professional-development", "individual", Phase.PREPARE, date(2025, 6, 2),
     date(2025, 8, 29),
     "Every FGC co-ordinator is trained in the UK standards by an accredited provider before "
     "they deliver conferences.", [0], ALL, False),
    ("Ongoing CPD through national and local networks", "professional-development",
     "individual", Phase.DELIVER, date(2025, 9, 1), None,
     "After training, co-ordinators keep learning through national professional development "
     "networks and the local FGC network.", [0], ALL, False),
    ("Support and supervision from the local team after induction",
     "professional-development", "team", Phase.DELIVER, date(2025, 9, 1), None,
     "The local team gives new co-ordinators regular supervision and support once their "
     "induction ends.", [0], [2, 4], True),
    ("Structured team sessions to overcome barriers", "professional-development", "team",
     Phase.DELIVER, date(2025, 10, 1), None,
     "The FGC service lead runs structured sessions where the team works through what is "
     "getting in the way of delivering conferences well.", [], [4, 5], True),
    ("Monitor referrals and how many become an FGC", "monitoring-and-feedback", "service",
     Phase.DELIVER, date(2025, 9, 1), None,
     "Track referrals into the FGC service and how many convert into a conference, across "
     "local communities.", [1], [1], True),
    ("Check planning and delivery against the UK standards", "monitoring-and-feedback",
     "service", Phase.DELIVER, date(2025, 12, 1), None,
     "Review a sample of FGC plans each quarter against the UK standards and discuss the "
     "results with co-ordinators.", [], ALL, False),
    ("Feedback from children, families and professionals at case closure",
     "monitoring-and-feedback", "team", Phase.DELIVER, date(2025, 9, 1), None,
     "Ask the child, family members and professionals what they thought of the conference "
     "when the case closes.", [], [4, 5, 8], False),
    ("Track outcomes after each FGC", "monitoring-and-feedback", "service", Phase.DELIVER,
     date(2025, 9, 1), None,
     "Record what happened after each conference, for example how many children were placed "
     "in kinship care or went into care.", [], [], True),
    ("Experienced FGC service lead oversees implementation",
     "implementation-team-and-champions", "service", Phase.PREPARE, date(2025, 4, 1), None,
     "An experienced FGC service lead oversees planning, monitoring, problem solving and "
     "reviews of implementation.", [], [], True),
    ("FGC team lead and senior leaders champion the approach",
     "implementation-team-and-champions", "service", Phase.PREPARE, date(2025, 4, 1), None,
     "The FGC team lead and senior leaders in the local authority speak up for FGCs in "
     "meetings, panels and supervision.", [1], [], False),
    ("Senior leaders make FGC at pre-proceedings a local authority priority",
     "leadership-communication", "service", Phase.PREPARE, date(2025, 5, 1), None,
     "Senior leaders present FGC at the pre-proceedings stage as a priority within the "
     "strengthening family networks strategy.", [1], [1], False),
    ("Reinforce the approach within the council and with partner agencies",
     "leadership-communication", "partnership", Phase.DELIVER, date(2025, 9, 1), None,
     "Leaders take repeated opportunities to reinforce FGCs, within the council and with "
     "partner agencies.", [1], [], False),
    ("Communicate signs of success and the cost benefit", "leadership-communication",
     "partnership", Phase.DELIVER, date(2026, 1, 5), None,
     "As outcomes emerge, leaders share signs of success and the cost benefit with staff "
     "and partners.", [], [], False),
]

# The library entry each strategy is a local version of, so suggestions do
# not offer it again for the barriers it already addresses.
FROM_LIBRARY = {
    "Training for FGC co-ordinators from an accredited provider": "accredited-initial-training",
    "Ongoing CPD through national and local networks": "practice-networks",
    "Support and supervision from the local team after induction": "reflective-supervision",
    "Structured team sessions to overcome barriers": "practice-learning-sessions",
    "Monitor referrals and how many become an FGC": "referral-review-with-partners",
    "Check planning and delivery against the UK standards": "fidelity-checks",
    "Feedback from children, families and professionals at case closure":
        "family-feedback-at-closure",
    "Experienced FGC service lead oversees implementation": "implementation-team",
    "FGC team lead and senior leaders champion the approach": "practice-champions",
    "Senior leaders make FGC at pre-proceedings a local authority priority":
        "clear-local-vision",
    "Reinforce the approach within the council and with partner agencies":
        "partner-briefings",
    "Communicate signs of success and the cost benefit": "share-early-successes",
}


def add_fgc_barriers(project: Project, user: User) -> list[BarrierEnabler]:
    """Record the demo's FGC barriers on `project`, in FGC_BARRIERS order."""
    return [
        record_barrier(project=project, created_by=user, description=description,
                       kind=Kind.BARRIER, cfir_domain=domain, strength=strength,
                       status=status, phase_found=found)
        for description, domain, strength, status, found in FGC_BARRIERS
    ]


def add_fgc_strategies(project: Project, user: User, components: list[CoreComponent]) -> None:
    """Figure 5's strategies on `project`, linked to the barriers they address
    and to `components` (the eight FGC core components, in order; fewer is
    fine). One barrier is left without a strategy."""
    barriers = add_fgc_barriers(project, user)
    for (name, category, level, phase, start, end, description, addresses, supports,
         owned) in FGC_STRATEGIES:
        numbers = range(1, len(components) + 1) if supports == ALL else supports
        add_strategy(
            project=project, created_by=user, name=name, category=category, level=level,
            phase=phase, start_date=start, end_date=end, description=description,
            owner=user if owned else None, library_slug=FROM_LIBRARY.get(name, ""),
            barriers=[barriers[i] for i in addresses],
            core_components=[components[n - 1] for n in numbers if n <= len(components)],
        )
