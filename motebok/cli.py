"""The `motebok` console command: Django's management commands under one name.

`motebok extract` is dispatched before Django is set up, so that it works without a database.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Run a Møtebok command and return its exit status."""
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "extract":
        from motebok.extraction.cli import main as extract_main

        return extract_main(argv[2:])

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    from django.core.management import execute_from_command_line

    argv[0] = "motebok"
    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
