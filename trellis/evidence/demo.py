"""Demo evidence for the "Peer support for kinship carers" project, after
the framework's kinship case study. Every figure is an invented local figure,
labelled as demo data; nothing describes a real person."""

from trellis.organisations.models import User
from trellis.projects.models import Project

from . import services
from .models import EvidenceItem

KINSHIP_EVIDENCE = [
    {
        "slice": "population-data",
        "title": "Kinship households in the local area",
        "finding": "An estimated 1,150 children live with relatives or family friends, about "
                   "1 in 55 children. Most are in informal arrangements that children's "
                   "services do not know about.",
        "source": "Demo data: illustrative estimate based on census kinship household tables",
        "period": "2021 census, estimate for 2026",
        "source_group": "All households in the local area",
        "confidence": "moderate",
        "confidence_reason": "A census-based estimate: several years old, and informal "
                             "arrangements are undercounted.",
    },
    {
        "slice": "organisational-data",
        "title": "Support requests from SGO and CAO carers",
        "finding": "Requests for support from special guardians and child arrangements order "
                   "carers rose from 96 to 141 in two years. Six in ten asked about money or "
                   "family contact; few asked about emotional support.",
        "source": "Demo data: kinship team case management records",
        "period": "April 2024 to March 2026",
        "source_group": "SGO and CAO carers who contacted the kinship team",
        "confidence": "high",
        "confidence_reason": "Complete records, but they only show carers who already know "
                             "they can ask for help.",
    },
    {
        "slice": "professional-knowledge",
        "title": "Practitioner workshop on reaching kinship carers",
        "finding": "Staff in schools, Family Hubs and health visiting meet many kinship carers "
                   "who never contact the kinship team. They suggested Family Hubs and school "
                   "events as places to reach them.",
        "source": "Demo data: notes of a practitioner workshop",
        "period": "May 2026",
        "source_group": "Practitioner workshop, 22 practitioners from education, Family Hubs "
                        "and health",
        "confidence": "moderate",
        "confidence_reason": "Views from a wide range of services, gathered in one session.",
    },
    {
        "slice": "lived-experience",
        "title": "Consultation with kinship carers",
        "finding": "Carers in every kind of arrangement, including informal carers, said they "
                   "felt isolated and did not know what support they could ask for. Many "
                   "wanted to meet other carers, at times and places that suit them, with a "
                   "creche for the children in their care.",
        "source": "Demo data: kinship carers' consultation",
        "period": "March to May 2026",
        "source_group": "Kinship carers' consultation, 14 carers in informal, SGO and CAO "
                        "arrangements",
        "confidence": "moderate",
        "confidence_reason": "A small group, but it included every type of legal arrangement.",
    },
    {
        "slice": "evaluations",
        "title": "Foundations Kinship Practice Guide",
        "finding": "The Practice Guide brings together evidence-based recommendations and key "
                   "principles for supporting kinship families. The team used it to check that "
                   "peer support for carers fits what the evidence suggests.",
        "source": "Demo data: the team's summary of the Foundations Kinship Practice Guide",
        "period": "Read in June 2026",
        "source_group": "",
        "confidence": "high",
        "confidence_reason": "A synthesis of evidence rather than a single study.",
    },
]


def add_kinship_evidence(project: Project, user: User) -> list[EvidenceItem]:
    """Add the demo evidence to the project; items already there (by title)
    are left alone, so running it again adds nothing."""
    existing = set(project.evidence.values_list("title", flat=True))
    return [
        services.add_evidence(project=project, created_by=user, **spec)
        for spec in KINSHIP_EVIDENCE if spec["title"] not in existing
    ]
