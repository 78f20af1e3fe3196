"""The shape of a meeting document, independent of the format it is written in."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Section:
    """One part of the document: a case, or a heading grouping cases (level 2 above level 3)."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    conclusion: str = ""
    level: int = 2
    # What the conclusion is called in print: "Vedtak" for decisions, "Konklusjon" otherwise.
    conclusion_label: str = ""


@dataclass
class MeetingDocument:
    """An agenda or minutes: who met when and where, and the cases in order."""

    title: str  # the body's name
    subtitle: str  # e.g. "Innkalling til møte 12. mars 2025"
    facts: list[tuple[str, str]]  # (label, value): date, time, place
    people: list[tuple[str, list[str]]]  # (label, names): present, absent, ...
    sections: list[Section]
    footer: str = ""
    language: str = "nb-NO"  # BCP 47, for screen readers and spelling: nb-NO or nn-NO by the body's standard
    author: str = ""  # who issues the document: the body
    cancelled: bool = False  # marked AVLYST
    archival: bool = False  # approved minutes: PDF/A-2 for the archive


def language_of(body) -> str:
    """The document language of a body's papers: its written standard (bokmål unless it says nynorsk)."""
    return "nn-NO" if getattr(body, "written_standard", "nb") == "nn" else "nb-NO"
