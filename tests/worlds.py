"""What the access matrix points URLs at: one of everything, per organisation.

Each app's tests add their own objects with a `world.py` module beside them:

    from tests.worlds import world_part

    @world_part(missing={"evidence_pk": MISSING_PK})
    def evidence(org, objects):
        item = EvidenceItemFactory(project=objects["project"])
        objects["evidence"] = item        # for later parts to build on
        return {"evidence_pk": item.pk}   # URL parameters

`missing` gives each URL parameter a value that matches nothing. Parts run in
registration order, after the base part below, and every tests/**/world.py
module is imported automatically."""

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

MISSING_PK = 987654321

_PARTS: list[Callable] = []
MISSING: dict[str, object] = {}


def world_part(*, missing: dict[str, object]) -> Callable:
    def register(builder: Callable) -> Callable:
        _PARTS.append(builder)
        MISSING.update(missing)
        return builder

    return register


def _load_world_modules() -> None:
    root = Path(__file__).parent
    for info in pkgutil.walk_packages([str(root)], prefix="tests."):
        if info.name.endswith(".world"):
            importlib.import_module(info.name)


def build_world(org) -> dict[str, object]:
    """URL parameters for one of everything inside `org`."""
    objects: dict[str, object] = {"organisation": org}
    params: dict[str, object] = {}
    for part in _PARTS:
        params.update(part(org, objects))
    return params


@world_part(missing={"project_pk": MISSING_PK, "member_pk": MISSING_PK,
                     "membership_pk": MISSING_PK, "invitation_pk": MISSING_PK,
                     "phase": "no-such-phase", "item": "no-such-item", "page": "no-such-page"})
def base(org, objects):
    from tests.factories import MembershipFactory, ProjectFactory, TeamMemberFactory
    from trellis.framework.loader import get_framework
    from trellis.organisations.models import Invitation

    project = ProjectFactory(organisation=org)
    member = MembershipFactory(organisation=org, role="viewer")
    invitation, _ = Invitation.new(organisation=org, email=f"new@{org.pk}.example",
                                   role="viewer", invited_by=member.user)
    invitation.save()
    phase = get_framework().phases[0]
    objects.update(project=project, member=member)
    return {
        "project_pk": project.pk,
        "member_pk": TeamMemberFactory(project=project, user=member.user).pk,
        "membership_pk": member.pk,
        "invitation_pk": invitation.pk,
        "phase": phase.slug,
        "item": phase.checklist[0].slug,
        "page": "explore",
    }


_load_world_modules()
