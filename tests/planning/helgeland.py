"""The Helgeland mandate's meeting rules, read from the real mandate text in ../shared/seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "001_06ea1d10c74425d4.txt"


def helgeland_rules(replace_digital: bool = False) -> dict:
    """Mandate fields as the text states them (OCR'd: ø reads as g, å as a); skip if the seed is absent."""
    if not SEED.exists():
        pytest.skip(f"The Helgeland mandate seed is not at {SEED}")
    text = " ".join(SEED.read_text(encoding="utf-8").split())
    # Each rule is set from the sentence that states it, so a different mandate text fails here.
    assert "Det avholdes manedlige digitale mgter" in text
    assert "tidsramme pa inntil 2 timer" in text
    assert "fysiske samlinger en gang i kvartalet, enten istedenfor eller i tillegg til de digitale" in text
    assert "legges til ulike kommuner pa Helgeland" in text
    assert "luns;j til luns;j" in text  # lunch to lunch: every gathering has a night in between
    return {
        "digital_meetings_per_month": 1,
        "digital_meeting_max_minutes": 2 * 60,
        "physical_gatherings_per_year": 4,
        "gatherings_replace_digital": replace_digital,
        "hosting_in_rotation": True,
        "overnight_gatherings_per_year": 4,
    }
