"""The demo local area, built from the framework's own examples."""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from trellis.adaptations.demo import add_fgc_adaptations
from trellis.barriers.demo import add_kinship_barriers
from trellis.decisions.demo import add_kinship_decision
from trellis.development.demo import add_fgc_development
from trellis.engagement.demo import add_kinship_engagement
from trellis.evidence.demo import add_kinship_evidence
from trellis.fidelity.demo import add_fgc_fidelity
from trellis.framework.loader import get_framework
from trellis.monitoring.demo import add_fgc_monitoring
from trellis.needs.demo import add_kinship_needs
from trellis.organisations.demo_accounts import (
    DEMO_ORGANISATION,
    DEMO_PASSWORD,
    DEMO_PEOPLE,
    NEIGHBOUR_ORGANISATION,
)
from trellis.organisations.models import Membership, Organisation, User
from trellis.plans.demo import add_fgc_plan
from trellis.readiness.demo import add_fgc_readiness
from trellis.reflection.demo import add_fgc_reflections
from trellis.strategies.demo import add_fgc_strategies
from trellis.surveys.demo import add_fgc_surveys

from .models import ChecklistAnswer, PhaseChange, Project, TeamMember

PROJECTS = {
    DEMO_ORGANISATION: [
        {
            "title": "Family Group Conferences at pre-proceedings",
            "plan": True,
            "target_population": "Families of children at the pre-proceedings stage of the "
                                 "Public Law Outline",
            "approach": "Family Group Conferences (FGC)",
            "need": "Children at the pre-proceedings stage whose wider family network is "
                    "not involved early enough in planning for their safety, so more of them "
                    "come into care than need to.",
            "phase": "deliver", "path": ["explore", "prepare", "deliver"],
            "start": date(2025, 9, 1), "review_in_days": 45,
            "team": [("admin@northbrook.example", "sponsor"),
                     ("editor@northbrook.example", "lead"),
                     ("viewer@northbrook.example", "practitioner")],
            "answers": {"explore": "yes", "prepare": "yes", "deliver": "partly"},
        },
        {
            "title": "Peer support for kinship carers",
            "target_population": "Informal, special guardianship (SGO) and child arrangements "
                                 "order (CAO) kinship carers, and the children they care for",
            "explore": True,
            "approach": "Peer network groups for informal, SGO and CAO kinship carers",
            "need": "Kinship carers outside formal fostering arrangements feel isolated and "
                    "do not know what support they can ask for.",
            "phase": "explore", "path": ["explore"],
            "start": date(2026, 6, 1), "review_in_days": 20,
            "team": [("editor@northbrook.example", "lead"),
                     ("admin@northbrook.example", "sponsor")],
            "answers": {"explore": "partly"},
        },
        {
            "title": "Parenting programme: keeping families to the end",
            "approach": "Evidence-rated group parenting programme",
            "need": "Families are recruited to parenting programmes but attendance drops off "
                    "and many do not complete them.",
            "phase": "sustain", "path": ["explore", "prepare", "deliver", "sustain"],
            "start": date(2024, 4, 1), "review_in_days": -10,
            "team": [("admin@northbrook.example", "lead"),
                     ("editor@northbrook.example", "champion")],
            "answers": {"explore": "yes", "prepare": "yes", "deliver": "yes", "sustain": "no"},
        },
    ],
    NEIGHBOUR_ORGANISATION: [
        {
            "title": "Early help front door redesign",
            "approach": "Locally developed single front door for early help requests",
            "need": "Families are passed between services before anyone helps them.",
            "phase": "prepare", "path": ["explore", "prepare"],
            "start": date(2026, 1, 12), "review_in_days": 60,
            "team": [("lead@eastmere.example", "lead")],
            "answers": {"explore": "yes"},
        },
    ],
}


def add_explore_work(project: Project, user: User) -> None:
    """The Explore phase done properly: evidence from several slices, root
    causes, engagement, barriers and enablers, two appraised candidates and a
    recorded decision."""
    evidence = add_kinship_evidence(project, user)
    add_kinship_needs(project, user, evidence)
    engagement = add_kinship_engagement(project, user)
    add_kinship_barriers(project, user, evidence, engagement)
    add_kinship_decision(project, user, evidence)


def add_prepare_work(project: Project, user: User) -> None:
    """The seed's Figure 5 plan for Family Group Conferences, with its
    strategies, professional development, readiness and adaptations."""
    components = add_fgc_plan(project, user)
    add_fgc_strategies(project, user, components)
    add_fgc_development(project, user)
    add_fgc_readiness(project, user)
    add_fgc_adaptations(project, user, list(project.core_components.current()))


def add_deliver_work(project: Project, user: User) -> None:
    """Two years of monitoring for the Figure 5 measures, fidelity checks per core
    component, survey rounds, and the reviews that discussed them."""
    add_fgc_monitoring(project, user)
    add_fgc_fidelity(project, user, list(project.core_components.current()))
    add_fgc_surveys(project, user)
    add_fgc_reflections(project, user, list(project.measures.all()))


@transaction.atomic
def load_demo() -> tuple[int, int]:
    """Create the demo organisations, people and projects if they are missing.
    Returns (people created, projects created). Running it again changes nothing."""
    people = projects = 0
    organisations = {name: Organisation.objects.get_or_create(name=name)[0]
                     for name in (DEMO_ORGANISATION, NEIGHBOUR_ORGANISATION)}
    users = {}
    for email, name, org_name, role in DEMO_PEOPLE:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email, DEMO_PASSWORD, name=name)
            people += 1
        Membership.objects.get_or_create(user=user, organisation=organisations[org_name],
                                         defaults={"role": role})
        users[email] = user
    today = timezone.localdate()
    framework = get_framework()
    for org_name, specs in PROJECTS.items():
        organisation = organisations[org_name]
        for spec in specs:
            if Project.objects.filter(organisation=organisation, title=spec["title"]).exists():
                continue
            lead = users[spec["team"][0][0]]
            project = Project.objects.create(
                organisation=organisation, title=spec["title"], approach=spec["approach"],
                need=spec["need"], target_population=spec.get("target_population", ""),
                phase=spec["phase"], start_date=spec["start"],
                next_review_date=today + timedelta(days=spec["review_in_days"]),
                created_by=lead,
            )
            projects += 1
            previous = ""
            for step, phase in enumerate(spec["path"]):
                PhaseChange.objects.create(
                    project=project, from_phase=previous, to_phase=phase, changed_by=lead,
                    reason="Project created" if not previous else
                    f"{framework.phase(previous).name} checklist reviewed by the team",
                    changed_at=timezone.now() - timedelta(days=90 * (len(spec["path"]) - step)),
                )
                previous = phase
            for email, role in spec["team"]:
                TeamMember.objects.create(project=project, user=users[email], role=role)
            for phase_slug, answer in spec["answers"].items():
                for item in framework.phase(phase_slug).checklist:
                    ChecklistAnswer.objects.create(
                        project=project, phase=phase_slug, item=item.slug, answer=answer,
                        answered_by=lead, note="Agreed at the implementation team meeting",
                    )
            if spec.get("explore"):
                add_explore_work(project, lead)
            if spec.get("plan"):
                add_prepare_work(project, lead)
                add_deliver_work(project, lead)
    return people, projects
