"""The `trellis` command: Django's management commands for this project."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trellis.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["trellis", *sys.argv[1:]])


if __name__ == "__main__":
    main()
