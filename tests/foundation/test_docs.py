"""The README keeps up with the code: every setting and every command of ours is documented there."""

from __future__ import annotations

import re
from pathlib import Path

import motebok

REPO = Path(motebok.__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_environment_variable_is_in_the_readme():
    used = set()
    for source in (REPO / "motebok").rglob("*.py"):
        used |= set(re.findall(r"\bMOTEBOK_[A-Z_]+\b", source.read_text(encoding="utf-8")))
    assert used, "found no settings at all"
    assert sorted(name for name in used if name not in README) == []


def test_every_command_of_ours_is_in_the_readme():
    commands = {p.stem for p in (REPO / "motebok").glob("*/management/commands/*.py") if p.stem != "__init__"}
    assert {"demo", "import", "send-reminders"} <= commands
    assert sorted(c for c in commands if f"motebok {c}" not in README) == []
