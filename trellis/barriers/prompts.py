"""The framework's own facilitators and barriers for each CFIR domain, offered
as prompts for a new entry. Pure: no Django.

A prompt is named by its domain, its kind ("barrier" or "enabler": the
framework's facilitators are enablers) and the slug of its theme, for example
("inner-setting", "barrier", "workforce-capacity-and-stability-issues")."""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from trellis.framework.loader import CfirDomain, CfirTheme, get_framework

DESCRIPTION_LIMIT = 500
KINDS = ("barrier", "enabler")


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Prompt:
    domain: str
    domain_name: str
    kind: str
    slug: str
    theme: str
    points: tuple[str, ...]

    @property
    def description(self) -> str:
        """The framework's points, as a starting description to make local."""
        text = " ".join(self.points)
        if len(text) <= DESCRIPTION_LIMIT:
            return text
        return text[: DESCRIPTION_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def _prompts(domain: CfirDomain, kind: str, themes: tuple[CfirTheme, ...]) -> list[Prompt]:
    return [Prompt(domain.slug, domain.name, kind, slugify(t.theme), t.theme, t.points)
            for t in themes]


def domain_prompts(domain: CfirDomain) -> dict[str, list[Prompt]]:
    """{"enabler": [...], "barrier": [...]} for one domain, in the framework's order."""
    return {"enabler": _prompts(domain, "enabler", domain.facilitators),
            "barrier": _prompts(domain, "barrier", domain.barriers)}


def find_prompt(domain: str, kind: str, slug: str) -> Prompt | None:
    for candidate in get_framework().cfir.domains:
        if candidate.slug == domain and kind in KINDS:
            return next((p for p in domain_prompts(candidate)[kind] if p.slug == slug), None)
    return None


def initial_from_query(params: Mapping[str, str]) -> tuple[dict[str, object], Prompt | None]:
    """Starting values for a new entry from ?domain=&kind=&prompt=. Anything
    unknown is ignored, so a mistyped or stale link just opens a blank form."""
    initial: dict[str, object] = {}
    domains = {d.slug for d in get_framework().cfir.domains}
    domain, kind = params.get("domain", ""), params.get("kind", "")
    if domain in domains:
        initial["cfir_domain"] = domain
    if kind in KINDS:
        initial["kind"] = kind
        initial["strength"] = -1 if kind == "barrier" else 1
    prompt = find_prompt(domain, kind, params.get("prompt", ""))
    if prompt is not None:
        initial["description"] = prompt.description
    return initial, prompt
