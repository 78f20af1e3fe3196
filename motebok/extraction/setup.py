"""What a document sets up for its body, beyond the meeting it records: meeting rules, sub-bodies, a meeting plan
and candidate themes. Plain text in, plain values out; the importer proposes them for a person to accept.

Each rule is a named pattern with the real sentence that needed it (`RULES`), bokmål and nynorsk side by side.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import NamedTuple

from motebok.extraction.parse.dates import find_dates
from motebok.extraction.parse.text import mask_markup

_NUMBER_WORDS = {"en": 1, "ein": 1, "ett": 1, "eitt": 1, "eit": 1, "to": 2, "tre": 3, "fire": 4, "seks": 6}
_COUNT = r"(?P<count>\d{1,2}|en|ein|ett|eitt|eit|to|tre|fire|seks)"


class Rule(NamedTuple):
    """A meeting rule: the mandate field it sets, its pattern, and the sentence that needed it."""

    field: str
    pattern: re.Pattern[str]
    example: str


RULES = (
    Rule(
        "digital_meetings_per_month",
        re.compile(
            r"\b(?:månedlige|månadlege|månadlige)\s+digitale\s+møte|\bdigitale\s+møte\w*\s+kvar\w*\s+måne?d",
            re.I,
        ),
        "Det avholdes månedlige digitale møter.",
    ),
    Rule(
        "digital_meeting_max_minutes",
        re.compile(rf"\b(?:inntil|opptil|maks(?:imalt)?|høgst|høyst)\s+{_COUNT}\s+tim(?:er|ar|e)\b", re.I),
        "Møtene skal ha en tidsramme på inntil 2 timer.",
    ),
    Rule(
        "physical_gatherings_per_year",
        re.compile(
            r"\b(?:en|ein)\s+gang\s+i\s+kvartalet\b|\bkvartalsvis\b|\b(?:hvert|kvart)\s+kvartal\b", re.I
        ),
        "Det tilstrebes i tillegg å avholde fysiske samlinger en gang i kvartalet.",
    ),
    Rule(
        "gatherings_per_half_year",
        re.compile(rf"\b{_COUNT}\s*(?:g\.?|gonger|ganger|møter?)\s+(?:i|per|pr\.?)\s+halvår(?:et)?\b", re.I),
        "Hyppighet: 2 g i halvåret",
    ),
    Rule(
        "overnight_gatherings_per_year",
        re.compile(
            rf"\b{_COUNT}\s+(?:møter?|samlinga?r?|samlinger)\s+(?:pr\.?|per|i)\s+år\s+med\s+overnatting", re.I
        ),
        "Eitt møte pr. år med overnatting",
    ),
    Rule(
        "day_meetings",
        re.compile(r"\bdagmøte(?:r|ne)?\s+(?:pr\.?|per|i)\s+år\b", re.I),
        "Tre dagmøter pr. år i KS/ Fylkeskommunen sine lokaler",
    ),
    Rule(
        "hosting_in_rotation",
        re.compile(
            r"\b(?:legges|leggjast|leggast)\s+til\s+ulike\s+kommun\w*|\bvertskap\w*\s+(?:går\s+)?på\s+omgang"
            r"|\bpå\s+omgang\s+mellom\s+kommun",
            re.I,
        ),
        "De fysiske samlingene legges til ulike kommuner på Helgeland.",
    ),
    Rule(
        "substitute_rule",
        re.compile(
            r"\b(?:stedfortreder|stadfortredar|vara\w*)\b[^.]{0,80}\b(?:avtales|avtalast|etter\s+avtale)\b",
            re.I,
        ),
        "Deltakelse med stedfortreder på møtene avtales med den som har lederskapet i ledernettverket.",
    ),
)
# What each rule sets when it matches without a count of its own.
_FIXED = {
    "digital_meetings_per_month": 1,
    "physical_gatherings_per_year": 4,
    "day_meetings": True,
    "hosting_in_rotation": True,
    "substitute_rule": "agreed",
}

# "arbeidsgruppe økonomi", "arbeidsgruppe ergo, fysio, friskliv", "arbeidsgruppa for økonomi"
_GROUP_RE = re.compile(
    r"\b(?:arbeidsgruppe\s+|arbeidsgrupp(?:a|en)\s+for\s+(?!å\b))"
    r"(?P<name>[a-zæøå][\wæøå-]*(?:,\s*[a-zæøå][\wæøå-]*)*(?:\s+og\s+[a-zæøå][\wæøå-]*)?)",
)
# Words that follow "arbeidsgruppe" in a sentence without naming a group.
_NOT_A_NAME = frozenset(
    ["og", "i", "er", "har", "skal", "som", "med", "på", "til", "for", "kan", "vil", "må"]
)
# "Arbeidsutval (AU) som set tema …: Torgeir Sæter frå Askøy og Line Barmen frå Fjell sa ja til å stille som første AU"
_COMMITTEE_RE = re.compile(r"\b(?P<name>[Aa]rbeidsutval(?:g|get|et)?)\b(?:\s*\((?P<short>[A-ZÆØÅ]{2,4})\))?")
_LEADER_RE = re.compile(
    r"(?P<name>[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)+)\s+(?:er|blir|ble|vart|blei)\s+(?:ny\s+)?(?:leder|leiar)\b"
)
_NO_LEADER_RE = re.compile(
    r"\b(?:ikke|ikkje)\s+klart\s+å\s+konstituere\s+ny\s+(?:leder|leiar)|\bmangler\s+(?:en\s+)?leder", re.I
)

_PLAN_HEADING_RE = re.compile(
    r"\b(?:forslag\s+til\s+)?møtedato(?:ar|er)?(?:\s+(?P<year>(?:19|20)\d\d))?\s*:", re.I
)
_THEME_HEADING_RE = re.compile(
    r"\b(?:tema\s+som\s+er\s+aktuel(?:le|t)|aktuelle\s+tema|forslag\s+til\s+tema|temaforslag)\s*:", re.I
)
_WEEK_RE = re.compile(r"\b(?:uke|veke)\s+(?P<week>\d{1,2})\b", re.I)
# A bulleted item ends at its line's end, or where a run of blanked markup stands between it and what follows.
_ITEM_RE = re.compile(r"\s*[•·▪●][ \t]*(?P<item>.*?)(?=\n|\s{3,}|\Z)", re.S)
_LONGEST_THEME = 120


@dataclass(frozen=True)
class SubBody:
    name: str
    kind: str  # "working_group" or "working_committee"
    leader: str | None = None
    members: tuple[str, ...] = ()
    without_leader: bool = False


@dataclass(frozen=True)
class PlannedDate:
    date: dt.date
    written: str  # as written: "Dagmøte: Veke 39 eller 40"
    overnight: bool = False


@dataclass
class Setup:
    rules: dict = field(default_factory=dict)
    sub_bodies: list[SubBody] = field(default_factory=list)
    meetings: list[PlannedDate] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        found = asdict(self)
        for meeting in found["meetings"]:
            meeting["date"] = meeting["date"].isoformat()
        return found


def find_setup(text: str, year: int | None = None, people: list[str] = ()) -> Setup:
    """Read what the text sets up; `year` completes dates written without one, `people` are names it may use."""
    text = mask_markup(text)
    return Setup(
        rules=meeting_rules(text),
        sub_bodies=sub_bodies(text, people),
        meetings=planned_meetings(text, year),
        themes=themes(text),
    )


def meeting_rules(text: str) -> dict:
    """The mandate's meeting rules that the text states, by field of the mandate."""
    rules: dict = {}
    for rule in RULES:
        m = rule.pattern.search(text)
        if m is None:
            continue
        count = m.groupdict().get("count")
        value = _count(count) if count else _FIXED[rule.field]
        rules[rule.field] = value * 60 if rule.field == "digital_meeting_max_minutes" else value
    return rules


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def sub_bodies(text: str, people: list[str] = ()) -> list[SubBody]:
    """Working groups and a working committee named in the text, each with its leader or members if named."""
    found: dict[str, SubBody] = {}
    for m in _GROUP_RE.finditer(text):
        name = m.group("name").strip()
        if name.split()[0].rstrip(",") in _NOT_A_NAME:
            continue
        key = name.casefold()
        if key not in found:
            found[key] = SubBody(f"Arbeidsgruppe {name}", "working_group", *_leader(text, name))
    committee = _COMMITTEE_RE.search(text)
    if committee:
        # The people named in the sentence that sets it up are its first members.
        sentence = _sentence_at(text, committee.start())
        members = tuple(person for person in people if person in sentence)
        found["au"] = SubBody(committee.group("name").capitalize(), "working_committee", members=members)
    return list(found.values())


def _leader(text: str, group: str) -> tuple[str | None, tuple[str, ...], bool]:
    """The leader named for a group, or whether the text says it has none."""
    for m in re.finditer(re.escape(group), text):
        sentence = _sentence_at(text, m.start())
        leader = _LEADER_RE.search(sentence)
        if leader:
            return leader.group("name"), (), False
    # "Leder arbeidsgruppe økonomi … Gruppa selv har ikke klart å konstituere ny leder."
    heading = re.search(rf"(?:leder|leiar)\s+arbeidsgrupp\w*\s+{re.escape(group)}", text, re.I)
    without = bool(heading and _NO_LEADER_RE.search(text, heading.end(), heading.end() + 600))
    return None, (), without


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = len(text)
    for stop in (".", "\n"):
        found = text.find(stop, pos)
        if found != -1:
            end = min(end, found)
    return text[start:end]


def planned_meetings(text: str, year: int | None) -> list[PlannedDate]:
    """The meetings a plan in the text proposes ("Forslag til møtedatoar 2017: • Dagmøte: Veke 49")."""
    heading = _PLAN_HEADING_RE.search(text)
    if heading is None:
        return []
    year = int(heading.group("year")) if heading.group("year") else year
    if year is None:
        return []
    planned = []
    for item in _items_after(text, heading.end()):
        dates = [d.resolve(year) for d in find_dates(item)]
        day = next((d for d in dates if d is not None), None)
        week = _WEEK_RE.search(item)
        if day is None and week:
            day = dt.date.fromisocalendar(year, int(week.group("week")), 1)
        if day is not None:
            planned.append(PlannedDate(day, item, overnight="overnatting" in item.lower()))
    return planned


def themes(text: str) -> list[str]:
    """The candidate themes listed under a heading like "Tema som er aktuelle:"."""
    heading = _THEME_HEADING_RE.search(text)
    if heading is None:
        return []
    found = []
    for item in _items_after(text, heading.end()):
        # "Arbeidstidsordningane essensielt tema … sektoren. Kva kan gjerast …?": the first sentence names it.
        title = re.split(r"(?<=[a-zæøå])\.\s", item)[0].strip(" .")
        if title and len(title) <= _LONGEST_THEME:
            found.append(title)
    return found


def _items_after(text: str, pos: int) -> list[str]:
    """The bulleted items from pos on, up to the first text that is not one."""
    items = []
    # Matched in place from one item to the next: slicing the rest of the text for each item is quadratic.
    while (m := _ITEM_RE.match(text, pos)) is not None:
        item = " ".join(m.group("item").split()).strip(" -–")
        if item:
            items.append(item)
        pos = m.end()
    return items
