"""What the register page shows, worked out here so templates stay plain."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse

from trellis.framework.loader import get_framework

from .models import BarrierEnabler, Status, Strength
from .prompts import Prompt, domain_prompts
from .snapshot import DomainTally

STRENGTH_COLOURS = {Strength.STRONG_BARRIER: "red", Strength.BARRIER: "orange",
                    Strength.ENABLER: "turquoise", Strength.STRONG_ENABLER: "green"}
STATUS_COLOURS = {Status.OPEN: "", Status.BEING_ADDRESSED: "yellow", Status.RESOLVED: "green",
                  Status.NO_LONGER_RELEVANT: "grey"}


@dataclass(frozen=True)
class EntryRow:
    entry: BarrierEnabler
    strength_colour: str
    status_colour: str
    evidence: list[str]
    engagement: list[str]
    edit_url: str
    remove_url: str


@dataclass(frozen=True)
class PromptLink:
    prompt: Prompt
    add_url: str


@dataclass
class DomainSection:
    slug: str
    name: str
    question: str
    tally: DomainTally
    rows: list[EntryRow] = field(default_factory=list)
    enabler_prompts: list[PromptLink] = field(default_factory=list)
    barrier_prompts: list[PromptLink] = field(default_factory=list)


@dataclass(frozen=True)
class TallyRow:
    slug: str
    name: str
    tally: DomainTally


def tally_rows(tallies: dict[str, DomainTally]) -> list[TallyRow]:
    """The counts table: one row per CFIR domain, in the framework's order."""
    return [TallyRow(d.slug, d.name, tallies.get(d.slug, DomainTally()))
            for d in get_framework().cfir.domains]


def entry_row(project_pk: int, entry: BarrierEnabler) -> EntryRow:
    args = [project_pk, entry.pk]
    return EntryRow(
        entry=entry,
        strength_colour=STRENGTH_COLOURS.get(entry.strength, ""),
        status_colour=STATUS_COLOURS.get(entry.status, ""),
        evidence=[item.title for item in entry.evidence.all()],
        engagement=[str(activity) for activity in entry.engagement.all()],
        edit_url=reverse("barriers:edit", args=args),
        remove_url=reverse("barriers:remove", args=args),
    )


def prompt_url(add_url: str, prompt: Prompt) -> str:
    query = urlencode({"domain": prompt.domain, "kind": prompt.kind, "prompt": prompt.slug})
    return f"{add_url}?{query}"


def domain_sections(project_pk: int, entries: Iterable[BarrierEnabler],
                    tallies: dict[str, DomainTally], only: str = "") -> list[DomainSection]:
    """One section per CFIR domain (or only the chosen one), in the framework's
    order, each with its entries, counts and the framework's prompts."""
    add_url = reverse("barriers:add", args=[project_pk])
    sections = {}
    for domain in get_framework().cfir.domains:
        if only and domain.slug != only:
            continue
        prompts = domain_prompts(domain)
        sections[domain.slug] = DomainSection(
            domain.slug, domain.name, domain.question, tallies.get(domain.slug, DomainTally()),
            enabler_prompts=[PromptLink(p, prompt_url(add_url, p)) for p in prompts["enabler"]],
            barrier_prompts=[PromptLink(p, prompt_url(add_url, p)) for p in prompts["barrier"]],
        )
    for entry in entries:
        if entry.cfir_domain in sections:
            sections[entry.cfir_domain].rows.append(entry_row(project_pk, entry))
    return list(sections.values())


def filter_entries(entries, *, domain: str, kind: str, status: str):
    if domain:
        entries = entries.filter(cfir_domain=domain)
    if kind:
        entries = entries.filter(kind=kind)
    if status:
        entries = entries.filter(status=status)
    return entries
