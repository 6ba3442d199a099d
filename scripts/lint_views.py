"""Refuse views that query organisation data without going through the
current organisation.

In any views module, `<Model>.objects.<method>(...)` on a Trellis model must
start with `.for_organisation(...)`; anything else reaches data through an
access helper or a related manager of an object fetched through one
(`project.evidence.filter(...)`). A deliberate exception (for example a
public link looked up by its secret token) carries a `# tenant-ok: <reason>`
comment on the same line. Exit status 1 lists every offending line."""

import ast
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "trellis"


def tenant_models() -> set[str]:
    """Every model of Trellis's own apps, except the people who sign in."""
    sys.path.insert(0, str(ROOT.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trellis.settings")
    import django
    from django.apps import apps

    django.setup()
    return {
        model.__name__ for model in apps.get_models()
        if model.__module__.startswith("trellis.") and model.__name__ != "User"
    }


def view_modules() -> list[Path]:
    return sorted(
        path for path in ROOT.rglob("*.py")
        if path.name == "views.py" or path.parent.name == "views"
    )


def problems_in(path: Path, tenant: set[str]) -> list[str]:
    source = path.read_text()
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)):
            continue
        manager = node.value
        if not (manager.attr == "objects" and isinstance(manager.value, ast.Name)):
            continue
        scoped = node.attr == "for_organisation" or "tenant-ok:" in lines[node.lineno - 1]
        if manager.value.id in tenant and not scoped:
            found.append(
                f"{path.relative_to(ROOT.parent)}:{node.lineno}: "
                f"{manager.value.id}.objects.{node.attr}() is not scoped to the "
                "organisation; use .for_organisation(request.organisation) or an "
                "access helper"
            )
    return found


def main() -> int:
    tenant = tenant_models()
    problems = [p for path in view_modules() for p in problems_in(path, tenant)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
