"""Field paths into a meeting record ("meeting.place", "cases[2].title"): read, compare and overlay them.

The same paths key the extraction's "sources" offsets, a person's corrections and the values written.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def steps(path: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _STEP.findall(path)]


def get(record: Any, path: str, default: Any = None) -> Any:
    """The value at a path, or the default where the path leads nowhere."""
    value = record
    for step in steps(path):
        try:
            value = value[step]
        except (KeyError, IndexError, TypeError):
            return default
    return value


def put(record: Any, path: str, value: Any) -> None:
    *parents, last = steps(path)
    target = record
    for step in parents:
        target = target[step]
    target[last] = value


def overlay(record: dict, corrections: dict[str, Any]) -> dict:
    """A copy of the record with each corrected path set; a whole corrected list replaces the list."""
    result = copy.deepcopy(record)
    # Whole lists first (short paths), so that leaf corrections inside them still apply.
    for path in sorted(corrections, key=lambda p: len(steps(p))):
        try:
            put(result, path, copy.deepcopy(corrections[path]))
        except (KeyError, IndexError, TypeError):
            continue
    return result


def differences(original: Any, corrected: Any, path: str = "") -> dict[str, Any]:
    """The paths where the corrected record differs; a list that changed length counts as one path."""
    if isinstance(original, dict) and isinstance(corrected, dict):
        found: dict[str, Any] = {}
        for key in corrected:
            if key == "sources":
                continue
            found |= differences(original.get(key), corrected[key], f"{path}.{key}" if path else key)
        return found
    if isinstance(original, list) and isinstance(corrected, list) and len(original) == len(corrected):
        found = {}
        for index, (old, new) in enumerate(zip(original, corrected, strict=True)):
            found |= differences(old, new, f"{path}[{index}]")
        return found
    return {} if original == corrected else {path: corrected}
