"""The meeting record: what extraction returns, shaped like shared/extraction/SCHEMA.md.

Values are plain Python (str, datetime.date, datetime.time). Where each value came from is kept in
`MeetingRecord.sources`, keyed by the field path used in `to_dict()` ("meeting.date", "cases[2].title").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

DOC_TYPES = ("minutes", "summary", "invitation", "case_presentation", "mandate", "other")
FORMATS = ("physical", "digital", "hybrid")

Span = tuple[int, int]


@dataclass
class Meeting:
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    place: str | None = None
    format: str | None = None


@dataclass
class Participant:
    name: str
    organization: str | None = None
    role: str | None = None
    email: str | None = None


@dataclass
class Substitute:
    name: str
    for_name: str | None = None


@dataclass
class Case:
    number: str | None
    title: str | None
    conclusion: str | None = None


@dataclass
class ActionItem:
    owner: str
    task: str
    due: dt.date | None = None


@dataclass
class Deadline:
    what: str
    date: dt.date


@dataclass
class MeetingRecord:
    doc_type: str = "other"
    body: str | None = None
    meeting: Meeting = field(default_factory=Meeting)
    chair: str | None = None
    minute_taker: str | None = None
    present: list[Participant] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    substitutes: list[Substitute] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    text: str = ""
    sources: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the SCHEMA.md JSON object, plus "sources" mapping field paths to [start, end]."""
        m = self.meeting
        return {
            "doc_type": self.doc_type,
            "body": self.body,
            "meeting": {
                "date": _iso_date(m.date),
                "start": _hhmm(m.start),
                "end": _hhmm(m.end),
                "place": m.place,
                "format": m.format,
            },
            "chair": self.chair,
            "minute_taker": self.minute_taker,
            "present": [
                {"name": p.name, "organization": p.organization, "role": p.role, "email": p.email}
                for p in self.present
            ],
            "absent": list(self.absent),
            "substitutes": [{"name": s.name, "for": s.for_name} for s in self.substitutes],
            "guests": list(self.guests),
            "cases": [{"number": c.number, "title": c.title, "conclusion": c.conclusion} for c in self.cases],
            "action_items": [
                {"owner": a.owner, "task": a.task, "due": _iso_date(a.due)} for a in self.action_items
            ],
            "deadlines": [{"what": d.what, "date": _iso_date(d.date)} for d in self.deadlines],
            "sources": {path: [start, end] for path, (start, end) in self.sources.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str = "") -> MeetingRecord:
        """Build a record from the JSON shape that `to_dict()` returns."""
        m = data.get("meeting") or {}
        return cls(
            doc_type=data.get("doc_type") or "other",
            body=data.get("body"),
            meeting=Meeting(
                date=_parse_date(m.get("date")),
                start=_parse_time(m.get("start")),
                end=_parse_time(m.get("end")),
                place=m.get("place"),
                format=m.get("format"),
            ),
            chair=data.get("chair"),
            minute_taker=data.get("minute_taker"),
            present=[
                Participant(p["name"], p.get("organization"), p.get("role"), p.get("email"))
                for p in data.get("present") or []
            ],
            absent=list(data.get("absent") or []),
            substitutes=[Substitute(s["name"], s.get("for")) for s in data.get("substitutes") or []],
            guests=list(data.get("guests") or []),
            cases=[
                Case(c.get("number"), c.get("title"), c.get("conclusion")) for c in data.get("cases") or []
            ],
            action_items=[
                ActionItem(a["owner"], a["task"], _parse_date(a.get("due")))
                for a in data.get("action_items") or []
            ],
            deadlines=[Deadline(d["what"], _parse_date(d["date"])) for d in data.get("deadlines") or []],
            text=text,
            sources={path: (span[0], span[1]) for path, span in (data.get("sources") or {}).items()},
        )

    def to_text(self) -> str:
        """Render the record for a person to read, with Norwegian labels."""
        m = self.meeting
        lines = [
            f"Dokumenttype: {_DOC_TYPE_LABELS.get(self.doc_type, self.doc_type)}",
            f"Organ: {self.body or '–'}",
            f"Dato: {_iso_date(m.date) or '–'}",
            f"Tid: {_hhmm(m.start) or '–'}–{_hhmm(m.end) or '–'}",
            f"Sted: {m.place or '–'}",
            f"Møteform: {_FORMAT_LABELS.get(m.format or '', '–')}",
            f"Møteleder: {self.chair or '–'}",
            f"Referent: {self.minute_taker or '–'}",
        ]
        lines += _section("Til stede", [_participant_line(p) for p in self.present])
        lines += _section("Fravær", self.absent)
        lines += _section(
            "Varamedlemmer",
            [s.name + (f" (for {s.for_name})" if s.for_name else "") for s in self.substitutes],
        )
        lines += _section("Gjester", self.guests)
        lines += _section("Saker", [_case_line(c) for c in self.cases])
        lines += _section(
            "Oppfølging",
            [
                f"{a.owner}: {a.task}" + (f" (frist {_iso_date(a.due)})" if a.due else "")
                for a in self.action_items
            ],
        )
        lines += _section("Frister", [f"{_iso_date(d.date)}: {d.what}" for d in self.deadlines])
        return "\n".join(lines) + "\n"


_DOC_TYPE_LABELS = {
    "minutes": "referat",
    "summary": "oppsummering",
    "invitation": "møteinnkalling",
    "case_presentation": "saksframlegg",
    "mandate": "mandat",
    "other": "annet",
}
_FORMAT_LABELS = {"physical": "fysisk", "digital": "digitalt", "hybrid": "hybrid"}


def _section(title: str, items: list[str]) -> list[str]:
    return ["", f"{title}:"] + [f"  - {item}" for item in items] if items else []


def _participant_line(p: Participant) -> str:
    details = ", ".join(x for x in (p.role, p.organization, p.email) if x)
    return f"{p.name} ({details})" if details else p.name


def _case_line(c: Case) -> str:
    head = " ".join(x for x in (c.number, c.title) if x)
    return f"{head}\n      Konklusjon: {c.conclusion}" if c.conclusion else head


def _iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _hhmm(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _parse_time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None
