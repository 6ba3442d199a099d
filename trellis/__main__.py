"""The `trellis` command: Django's management commands for this project, and
`trellis spc FILE.csv` for SPC charts without the app (see trellis/spc/cli.py)."""

import os
import sys


def main() -> None:
    if sys.argv[1:2] == ["spc"]:  # the SPC engine on its own: no Django, no database
        from trellis.spc.cli import main as spc

        raise SystemExit(spc(sys.argv[2:], prog="trellis spc"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trellis.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["trellis", *sys.argv[1:]])


if __name__ == "__main__":
    main()
