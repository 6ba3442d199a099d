"""The seed's Figure 5 in full: the example implementation plan for Family
Group Conferences at the pre-proceedings stage. The problem, the core
component names and the outcomes are the figure's own words; what each
component looks like when done well, and what is tight and loose, are
illustrative demo text."""

from django.db import transaction

from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import CoreComponent, FinalOutcome, ImplementationOutcome, Perspective
from .revisions import record_revision

PROBLEM = {
    Perspective.CHILDREN: (
        "There is a need to prevent care placements for babies, children and young people. "
        "Foundations\u2019 Randomised Control Trial (RCT) found that Family Group Conferences "
        "(FGCs) can prevent over 2000 children a year going into care."),
    Perspective.FAMILIES: (
        "FGCs provide families with much needed additional family support. They are most "
        "effective when part of a whole system of support."),
    Perspective.LEADERS: (
        "LA leaders and FGC service leads: evidence shows that the success of FGCs depends on "
        "how they are delivered. Key actions LAs can take are:\n"
        "\u2022 Set out a clear local vision for FGCs\n"
        "\u2022 Ensure workforce capability for family led approaches\n"
        "\u2022 Get partners on board with the case for FGCs\n"
        "\u2022 Reinforce high quality delivery and set up review arrangements for monitoring "
        "and evaluating FGCs."),
}

# (name, done well, must stay fixed, can adapt)
COMPONENTS = [
    ("Families are offered FGC at the right time and in the right way.",
     "Every family at pre-proceedings is offered an FGC early, in plain words, with time to "
     "ask questions.",
     "The offer is made before decisions about the child are taken.",
     "Who makes the offer and how: a visit, a call or a letter followed by a visit."),
    ("The Family Group Conference co-ordinator is independent",
     "The co-ordinator holds no case responsibility and no decision-making role for the "
     "family.",
     "The co-ordinator is never the family\u2019s social worker.",
     "Whether co-ordinators are employed in-house or commissioned."),
    ("The family\u2019s decision to participate is voluntary",
     "Families say they chose to take part and knew they could say no.",
     "No family is told an FGC is compulsory.",
     "How and when the choice is explained."),
    ("FGC is family-led and includes \u2018private family time\u2019",
     "The family makes its plan in private family time, without professionals in the room.",
     "Private family time happens at every conference.",
     "Where the conference is held, and its timing and food."),
    ("Referred child or adult is the central focus of the FGC and supported to take part",
     "The child\u2019s views are heard at the conference, in person or through an advocate.",
     "The child\u2019s voice is part of every conference.",
     "How the child takes part: in person, by letter, drawing or recording, or through an "
     "advocate."),
    ("FGC service should ensure that the family has all necessary resources to make their "
     "plan",
     "Families have the information, people and practical help they asked for before and "
     "during the conference.",
     "Professionals share what the family needs to know to make a safe plan.",
     "Practical help such as travel, interpreters and childcare."),
    ("FGC should respect the family\u2019s privacy and right to confidentiality",
     "Families know what will be shared, with whom and why.",
     "Information is shared only as agreed with the family, unless a child is at risk.",
     "How consent to share information is recorded."),
    ("The FGC service should work to the principles of equality and inclusivity, promoting "
     "diversity including respecting and being sensitive to the family\u2019s culture and "
     "individual identities.",
     "Families say the conference respected their culture, language and identities.",
     "Every family is offered the conference in a way that respects its culture and "
     "language.",
     "Venue, language, interpreters and who the family invites."),
]

# (term, outcome type, statement), in the figure's order.
IMPLEMENTATION_OUTCOMES = [
    ("short", "buy-in", "FGC team and partner organisations are enthusiastic about the "
                        "approach"),
    ("short", "buy-in", "They are clear about what is expected and the support that will be "
                        "provided"),
    ("short", "fidelity", "Professional development is aligned with the UK standards"),
    ("short", "feasibility", "Staff can engage in initial implementation activities"),
    ("medium", "adoption", "FGC coordinators are beginning to apply new knowledge and skills "
                           "as they begin to deliver FGCs"),
    ("medium", "fidelity", "Practices for core components are being implemented well"),
    ("medium", "acceptability", "Staff feel that the approach is supporting family "
                                "relationships"),
    ("long", "reach", "All families at the pre-proceedings stage are offered an FGC"),
    ("long", "reach", "The approach is being used consistently across all FGC co-ordinators in "
                      "the team"),
    ("long", "fidelity", "All components are delivered in line with the UK standards"),
    ("long", "sustainability", "The approach is embedded into team pedagogy and planning "
                               "processes"),
    ("long", "sustainability", "Systems and structures are in place to train new staff and "
                               "refresh existing practices."),
]

# (audience, statement, how measured)
FINAL_OUTCOMES = [
    ("children-and-young-people",
     "All babies, children and young people are offered the option of remaining within their "
     "family network if safe to do so",
     "Outcome following FGC, for example the number of children placed in kinship care or who "
     "go into care"),
    ("children-and-young-people",
     "Children living in kinship care arrangements have better educational and life chances.",
     ""),
    ("families", "Greater trust between families and professionals",
     "Information from children, families and professionals at case closure"),
    ("families", "Families feel that power is shared equally during the process.",
     "Information from children, families and professionals at case closure"),
    ("local-authority", "Children less likely to go into care",
     "Outcome following FGC, for example the number of children who go into care"),
    ("local-authority",
     "More children supported by the local authority kinship local offer", ""),
    ("local-authority",
     "Local authority can demonstrate overall effectiveness of family led approaches",
     "Referrals into the FGC service and the number converting into an FGC across local "
     "communities"),
]


@transaction.atomic
def add_fgc_plan(project: Project, user: User | None) -> list[CoreComponent]:
    """Figure 5's plan for `project`, recorded as one revision."""
    for perspective, text in PROBLEM.items():
        project.problem_perspectives.create(perspective=perspective, text=text,
                                            created_by=user)
    components = CoreComponent.objects.bulk_create([
        CoreComponent(project=project, position=n, name=name, done_well=done_well,
                      must_stay_fixed=fixed, can_adapt=adapt, created_by=user)
        for n, (name, done_well, fixed, adapt) in enumerate(COMPONENTS, start=1)
    ])
    ImplementationOutcome.objects.bulk_create([
        ImplementationOutcome(project=project, term=term, outcome_type=kind, statement=text,
                              position=n, created_by=user)
        for n, (term, kind, text) in enumerate(IMPLEMENTATION_OUTCOMES, start=1)
    ])
    FinalOutcome.objects.bulk_create([
        FinalOutcome(project=project, audience=audience, statement=text, how_measured=how,
                     created_by=user)
        for audience, text, how in FINAL_OUTCOMES
    ])
    record_revision(project=project, user=user,
                    summary="Plan written from the Family Group Conference example")
    return components
