"""Attendance read by its labels and their order, whether or not the line breaks survived.

A transcript of a PDF page often keeps no line breaks: "Til stades: Ordførar: Jon Askeland, Knut Moe …
Andre: Stein Byrkjeland (49/14) Forfall: Kari Aakre, Kristin Handeland Sak 47/14 …". This module finds the
attendance labels anywhere in the text (`LABEL_RULES`), takes the text up to the next label as that label's
value, and reads the people in each value: entries separated by commas, numbers or line breaks, or a run of
names with nothing between them, which `name_runs` cuts where the shape of Norwegian names says.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .attendance_prose import ABBREVIATIONS, tells_a_story
from .attendance_table import table_people
from .name_runs import Known, Token, is_place, learn, split_run
from .names import NAME_RE, NOT_NAMES, is_name
from .people import People, roles_to_chair_and_referent
from .person_entry import CHAIR_ROLE_RE, MINUTE_ROLE_RE, Person, add_detail
from .segments import LabelSpan, Table, label_spans, segment
from .text import WRAPPED_WIDTH, Found, finditer_at_words, trim
from .vocabulary import (
    COLUMN_HEADINGS,
    LABELS,
    ORGANISATION_ENDINGS,
    PARTIES,
    SITE_BOILERPLATE_RE,
    SITE_BOILERPLATE_WORDS,
    TITLE_ENDINGS,
    alternation,
)

# How far into a document attendance is looked for.
_HEAD = 8000
_MAX_VALUE = 2500
_SENTENCE_END_RE = re.compile(r"(?<=[a-zæøå)]{2}\.)\s+(?=[A-ZÆØÅ])")
_WHOLE_TEXT = frozenset(["votes", "stop"])


@dataclass(frozen=True)
class LabelRule:
    """A label that opens an attendance value, the field it fills, and a real sentence it reads."""

    name: str
    field: str  # present, staff, absent, substitutes, guests, chair, minute_taker, or stop
    pattern: re.Pattern[str]
    example: str
    expected: tuple[str, ...]  # the names `example` yields in `field` (empty for stop rules)


def _rule(name: str, field: str, pattern: str, example: str, *expected: str) -> LabelRule:
    # A label is whole words: "Tilstede" does not open "Tilstedeværende".
    return LabelRule(name, field, re.compile(rf"(?:{pattern})(?![^\W\d_])", re.X), example, expected)


# Words that are a label only with a colon: alone on a line they are a table's cell or a signature's title.
_COLON_ONLY = frozenset(
    [
        "leder",
        "leiar",
        "andre",
        "møtt",
        "møtte",
        "deltok",
        "oppmøte",
        "oppmøtte",
        "ref",
        "sekretær",
        "skriver",
    ]
    + ["skrivar", "vara", "invitert", "gjest", "eksterne", "innleder", "innleiar", "sekretariat"]
)


# Staff listed under their own heading are present.
_FIELD_OF = {"staff": "present"}


def _on_its_line(field: str) -> str:
    """Return a pattern for the field's vocabulary labels opening a line: with a colon, or alone on the line."""
    phrases = LABELS[field].all()
    # The chair and referent are one name after a colon; a list's heading may stand alone over the names.
    alone = [] if field in ("chair", "minute_taker") else [p for p in phrases if p not in _COLON_ONLY]
    heading = (
        rf"""|(?i:{alternation(alone)})\.?[ \t]*(?=\n|\Z)    # "Fravær" alone on its line""" if alone else ""
    )
    return rf"""(?m:^)[ \t]*(?:[-–•·*▪][ \t]*)?(?=[A-ZÆØÅ])
        (?:(?i:{alternation(phrases)})\.?[ \t]*:            # "Deltakarar frå kommunane:"
          {heading}
        )
    """


# A label is a phrase that opens with a capital and either ends with a colon, is written in capitals, or is
# several words long: a lone "Forfall" in a table cell or "møtte" in a sentence is no label.
_COLON = r"\s*:"
LABEL_RULES: tuple[LabelRule, ...] = (
    _rule(
        "members_who_met",
        "present",
        r"""(?<![\w-])(?:[Ff]ølgjande|[Ff]ølgende|[Dd]esse|[Dd]isse)\s+(?:faste\s+)?
            (?:(?:medlem\w*|representant\w*)\s+)?(?:møtte|deltok|var\s+til\s+st(?:ede|ades))(?:\s*:)?""",
        "Følgjande faste medlemmer møtte: Namn Funksjon Parti Nils-Olav Nøss Medlem A Marte Malones Medlem A",
        "Nils-Olav Nøss",
        "Marte Malones",
    ),
    _rule(
        "present_heading",
        "present",
        r"""(?<![\w-])(?:
              (?:Til\s+stede|Tilstede|Til\s+stades|Tilstades|TIL\s?STEDE|TIL\s+STADES|Desse\s+møtte|Disse\s+møtte
                 |DESSE\s+MØTTE|DISSE\s+MØTTE|Møtande\s+medlem\w*|Møtende\s+medlem\w*)(?:\s*:)?
            | (?:Deltakere|Deltakarar|Møtedeltakarar|Møtedeltakere|Frammøtte|Fremmøtte|Innkalles|Medlemmer
                 |Medlemer|Medlemmar|Møtt|Møtte)\s*:
            | Møtedeltakarar|Møtedeltakere
            )""",
        "Til stades: Ordførar: Jon Askeland, Knut Moe, Marit Steinestø (varaordførar Masfjorden) NUI: Rune Heradstveit",
        "Jon Askeland",
        "Knut Moe",
        "Rune Heradstveit",
    ),
    _rule(
        "votes",
        "present",
        r"""(?<![\w-])(?:For|Mot|Imot|Imot)\s+(?:[\wæøå]+\s+){1,3}?(?:stemte|røysta|røystet)\s+\d+\s*:""",
        "For forslaget stemte 4: Anne Grete Krogstad (AP), Erling Brenne (FrP), Dagrun Myhr (SP), Oddgeir\n"
        "Hagen (V).\nDermed ble endringsforslaget vedteke.",
        "Anne Grete Krogstad",
        "Erling Brenne",
        "Dagrun Myhr",
        "Oddgeir Hagen",
    ),
    _rule(
        "staff",
        "present",
        r"""(?<![\w-])(?:
              (?:Fr[aå]\s+administrasjonen(?:\s+møtte)?|Dessutan\s+møtte|Dessuten\s+møtte|DESSUTAN\s+MØTTE
                 |DESSUTEN\s+MØTTE|Ellers\s+møtte|Elles\s+møtte|Andre\s+møtande|Andre\s+møtende|Andre\s+frammøtte
                 |Andre\s+fremmøtte|Andre\s+til\s+st(?:ede|ades)|Også\s+til\s+stede)(?:\s*:)?
            | (?:Administrasjonen|Sekretariatet|Sekretariat)\s*:
            )""",
        "DESSUTAN MØTTE Fylkesrådmann Paul M. Nilsen Økonomidirektør Johnny Stiansen",
        "Paul M. Nilsen",
        "Johnny Stiansen",
    ),
    _rule(
        "absent",
        "absent",
        r"""(?<![\w-])(?:
              (?:[Ff]ølgjande|[Ff]ølgende)\s+(?:faste\s+)?medlem\w*\s+(?:hadde\s+)?(?:meldt\s+)?forfall(?:\s*:)?
            | (?:Ikkje|Ikke|IKKJE|IKKE)\s+(?:til\s+st(?:ede|ades)|tilst(?:ede|ades)|møtt|TIL\s+STED\w*)(?:\s*:)?
            | (?:Varslet\s+forfall|Meldt\s+forfall|Melde\s+forfall|Forfall\s+ut[ae]n\s+vara|Møtte\s+ikkje?
                 |Representantar\s+som\s+er\s+borte|Representanter\s+som\s+er\s+borte)(?:\s*:)?
            | FORFALL|FRÅVÆR|FRAVÆR
            | (?:Forfall|Fravær|Fråvær|Fraværende|Fråverande)\s*:
            )""",
        "FORFALL Nils-Olav Nøss Christopher Beckham Helge André Njåstad Rosalind Fosse MØTANDE VARAMEDLEMER",
        "Nils-Olav Nøss",
        "Christopher Beckham",
        "Helge André Njåstad",
        "Rosalind Fosse",
    ),
    _rule(
        "substitutes",
        "substitutes",
        r"""(?<![\w-])(?:
              (?:[Ff]ølgjande|[Ff]ølgende)\s+varamedl\w*\s+møtte(?:\s*:)?
            | (?:Møtande|Møtende|MØTANDE|MØTENDE)\s+(?:varamedl\w*|VARAMEDL\w*|vara|VARA)(?:\s*/\s*\w+)?(?:\s*:)?
            | (?:Vararepresentantar|Vararepresentanter)\s+som\s+(?:er\s+)?(?:til\s+st(?:ede|ades)|møtte)(?:\s*:)?
            | VARAMEDL\w*
            | (?:Varamedlemmer|Varamedlemer|Varamedlemmar|Vararepresentanter|Vararepresentantar|Vara)\s*:
            )""",
        "MØTANDE VARAMEDLEMER Øyvind Hardeland Inger Johanne Seim DESSE MØTTE",
        "Øyvind Hardeland",
        "Inger Johanne Seim",
    ),
    _rule(
        "guests",
        "guests",
        r"""(?<![\w-])(?:
              (?:INVITERTE|Inviterte|Inviterte\s+gjester|Gjester|Gjestar|Innledere|Innleiarar|Observatører
                 |OBSERVATØRER|Andre)(?:\s*/\s*\w+)?\s*:
            | INVITERTE(?:\s*/\s*OBSERVATØRER)?
            | Øvrige\s+deltakere|Øvrige\s+deltakarar
            | I\s+tillegg\s+deltok(?:\s*:)?
            )""",
        "Andre: Stein Byrkjeland og Julie Andersen (49/14), Arne Åsan (50/14) Forfall: Kari Aakre",
        "Stein Byrkjeland",
        "Julie Andersen",
        "Arne Åsan",
    ),
    _rule(
        "chair",
        "chair",
        r"""(?<![\w-])(?:MØTELEIAR|MØTELEDER|(?:Møteleiar|Møteleder|Møteleiing|Leiar|Leder|Ordstyrer|Ordstyrar)\s*:)""",
        "MØTELEIAR Fylkesordførar Tom-Christer Nilsen. Fylkesordføraren opplyste om forfall",
        "Tom-Christer Nilsen",
    ),
    _rule(
        "minute_taker",
        "minute_taker",
        r"""(?<![\w-])(?:REFERENT|(?:Referent|Møtesekretær|Protokollfører|Protokollførar|Referatskriver
            |Referatskrivar)\s*:)""",
        "Referent: Ola Nordmann Sak 1/24",
        "Ola Nordmann",
    ),
    # Every attendance label of the vocabulary, where the lines show it is one: opening its line with a colon
    # ("Deltakarar frå kommunane:"), or a heading alone on its line ("Fravær" over the names).
    *(
        _rule(f"{field}_on_its_line", _FIELD_OF.get(field, field), _on_its_line(field), example, *expected)
        for field, example, expected in (
            (
                "present",
                "Deltakere\n\nBerit Hannasvik\nKnut Haugen\n\nFravær",
                ("Berit Hannasvik", "Knut Haugen"),
            ),
            (
                "staff",
                "Fra adm.\n\nMerete Maurset\nEllen Engdahl\n\nInviterte",
                ("Merete Maurset", "Ellen Engdahl"),
            ),
            (
                "absent",
                "Fravær\n\nBirgit Eckhoff\nSvein Arild Eikemo\n\nFra adm.",
                ("Birgit Eckhoff", "Svein Arild Eikemo"),
            ),
            ("substitutes", "Varamedlemmer som møtte:\nTone Grøthe\n\nSak 1/24", ("Tone Grøthe",)),
            ("guests", "I siste del av møtet: Silje Randby Trane fra HR Prosjekt.", ("Silje Randby Trane",)),
            ("chair", "Møteleiing: Kari Moe\nSak 1/24", ("Kari Moe",)),
            ("minute_taker", "Skrivar: Torstein Lunde\n\nSak 1/24", ("Torstein Lunde",)),
        )
    ),
    _rule(
        "from_body",
        "present",
        # "Frå Statsforvaltaren: Karl Johan Myren": people listed under the body they come from.
        r"""(?m:^)[ \t]*Fr[aå][ \t]+(?P<org>[A-ZÆØÅ][^:\n]{1,40}?)[ \t]*:""",
        "Frå Statsforvaltaren: Karl Johan Myren, Åse Lid\n\nSak 1/24",
        "Karl Johan Myren",
        "Åse Lid",
    ),
    # Where attendance ends: the agenda, the first case, remarks, signatures, or the story of the meeting.
    _rule(
        "stop",
        "stop",
        r"""(?<![\w-])(?:
              (?:Sak|SAK|Saksnr|PS|RS)\s*(?:nr\.?\s*)?\d
            | SAKSLISTE|SAKLISTE|Saksliste|Sakliste|Dagsorden|DAGSORDEN|Saker\s+til\s+behandling
            | Saker\s+som\s+vart|Merknader|MERKNADER|Underskrifter|Møteinnkalling|Fordeling\s*:|Konstituering
            | SAK\s+NR|[A-ZÆØÅ]{2,}-sak\s+\d|Protokoll\s+fr[aå]|Side\s+\d+\s+av|Sekretæren\s+heldt
            | I\s+alt\s*:|Vi\s+stadfestar|Tilsendt\s+saksliste|Det\s+ble|Det\s+vart|Møtet\s+(?:ble|vart|blei)
            | Godkjenning\s+av|GODKJENNING|SAKER|Saker(?=[ \t]*\n)|Dermed
            )
        # "… Fylkesmannen i FinnmarkKonstituering:": a web page lost the break before the next heading.
        | (?<=[a-zæøå])[A-ZÆØÅ][a-zæøå]{3,}(?=[ \t]*:)""",
        "Forfall: Kari Aakre Sak 47/14 Godkjenning",
    ),
)

_NAME_TOKEN_RE = re.compile(r"[A-ZÆØÅÉÜÄÖ][a-zæøåéèüäö'’]+(?:-[A-ZÆØÅ][a-zæøåéèüäö'’]+)*\.?|[A-ZÆØÅ]\.?")
_PARTICLES = frozenset(["von", "van", "de", "der", "den", "af", "la", "le", "di", "da"])
_TITLE_RE = re.compile(rf"(?:{alternation(TITLE_ENDINGS.all())})(?:en|a|et|ane|ene|ar|er|ane)?$", re.I)
_PARTY_SET = frozenset(PARTIES.all())
_ORGANISATION_WORDS = frozenset(ORGANISATION_ENDINGS.all())
_HEADINGS = frozenset(COLUMN_HEADINGS.all())
# Short endings ("AS", "HF") only as whole words: "Andreas" is no company.
_ORGANISATION_RE = re.compile(
    rf"^(?:{alternation(ORGANISATION_ENDINGS.all())})$"
    rf"|(?:{alternation(w for w in ORGANISATION_ENDINGS.all() if len(w) > 6)})$",
    re.I,
)
# "Nesseby:Oddvar Betten": a colon ends a word, so that a group heading written without a space is one.
_TOKEN_RE = re.compile(r"\([^()\n]{0,160}\)|[,;]|[^\s,;()|:]+:?|:")
# "Ordfører i Åseral Oddmund Ljosland", "I tillegg fra Mandal Birte Usland": a place, not a given name.
_PLACE_PREPOSITIONS = frozenset(["i", "fra", "frå", "på", "av"])
_FOR_LINKS = [["for"], ["møtte", "for"], ["vara", "for"], ["møtande", "for"], ["møtende", "for"]]
_SEPARATORS = frozenset(["og", "&", "/", "-", "–", "—", "v/", "m.fl."])
_NUMBER_RE = re.compile(r"^\d+[.)]?$")
_GROUP_RE = re.compile(r"^(?P<group>[A-ZÆØÅ][\wÆØÅæøå.-]{0,30}):$")
# "(varaordførar Masfjorden)", "(vara)": a note that makes the person a substitute.
_SUBSTITUTE_NOTE_RE = re.compile(r"vara(?:\w*)\b", re.I)
_NO_RE = re.compile(r"^(?:nei|no)$", re.I)
_ABSENT_WORD_RE = re.compile(r"^\(?(?:forfall|fravær|fråvær|ikke møtt|ikkje møtt)\)?[.,]?$", re.I)


def find_labels(text: str, limit: int = _HEAD, tables: Sequence[tuple[int, int]] = ()) -> list[LabelSpan]:
    """Return the attendance labels in the first `limit` characters, in order, each with its value's end.

    `tables` are the spans of tables read by their columns: a label inside one is a cell (a status "Forfall"),
    and a value that runs into one ends where the table starts.
    """
    # A transcript site repeats the title above the transcript ("Download "MØTEBOK … MØTELEIAR""): skip it.
    site = [m.end() for m in finditer_at_words(SITE_BOILERPLATE_RE, text, SITE_BOILERPLATE_WORDS, 0, 3000)]
    begin = site[-1] if site else 0
    # Votes ("For forslaget stemte 7: …") name those present wherever the protocol records them.
    rules = [
        (rule, rule.pattern, begin, len(text) if rule.name in _WHOLE_TEXT else begin + limit)
        for rule in LABEL_RULES
    ]
    labels = label_spans(
        text,
        rules,
        lambda start, nxt: _story_start(
            text, start, _agenda_start(text, start, min(nxt, start + _MAX_VALUE))
        ),
        lambda hits: _headings_once(text, hits),
    )
    kept = []
    for label in labels:
        if any(start <= label.start < end for start, end in tables):
            continue
        label.value_end = min([label.value_end] + [start for start, _ in tables if label.end <= start])
        kept.append(label)
    return [label for label in kept if label.rule.field != "stop"]


def _headings_once(text: str, hits: list[LabelSpan]) -> list[LabelSpan]:
    """Drop a heading alone on its line that is a table's cell: one that stands there more than once, or one
    under a municipality ("Båtsfjord" / "Forfall": that municipality's member was absent)."""
    alone = [
        hit for hit in hits if hit.rule.name.endswith("_on_its_line") and ":" not in text[hit.start : hit.end]
    ]
    seen = Counter(text[hit.start : hit.end].strip(" \t\n-–•·*▪.").lower() for hit in alone)
    repeated = {id(hit) for hit in alone if seen[text[hit.start : hit.end].strip(" \t\n-–•·*▪.").lower()] > 1}
    under_place = {id(hit) for hit in alone if is_place(_line_above(text, hit.start))}
    return [hit for hit in hits if id(hit) not in repeated | under_place]


def _line_above(text: str, pos: int) -> str:
    """Return the last line with text before `pos`, stripped."""
    return text[max(0, pos - 200) : pos].rstrip().rsplit("\n", 1)[-1].strip()


# A numbered item after a blank line: "\n\n1. Velkommen" opens the agenda, "\n\n1. Kari Moe" goes on with a list.
_NUMBERED_AFTER_BLANK_RE = re.compile(r"\n[ \t]*\n[ \t]*\d{1,2}[.)][ \t]+(?P<words>[^\n]{1,40})")


def _agenda_start(text: str, start: int, end: int) -> int:
    """Cut a value where a numbered item that names no one opens the agenda after a blank line."""
    for m in _NUMBERED_AFTER_BLANK_RE.finditer(text, start, end):
        words = m.group("words").split()
        if not any(is_name(" ".join(words[:size])) for size in (2, 3)):
            return m.start()
    return end


def _story_start(text: str, start: int, end: int) -> int:
    """Cut a value where a sentence tells what someone did ("… Solund. Leiar Sigrid Myklebust leidde møtet.")."""
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        if text[max(start, m.start() - 6) : m.start()].rsplit(None, 1)[-1:] in ([a] for a in ABBREVIATIONS):
            continue  # "Ass. dir. Stein Mathisen": an abbreviation ends no sentence
        nxt = _SENTENCE_END_RE.search(text, m.end(), end)
        sentence = trim(text[m.end() : nxt.start() if nxt else end], m.end())
        if tells_a_story(sentence, _ORGANISATION_WORDS):
            return m.start() + 1
    return end


def count(people: People) -> int:
    """Return how many people the lists name."""
    return len(people.present) + len(people.absent) + len(people.substitutes) + len(people.guests)


def read_attendance(text: str, tables: list[Table] | None = None) -> People:
    """Read the people of every attendance label in `text` (masked markup, any line breaks or none).

    Tables with a header row (`segments.Table`) are read row by row, under the label that stands right above
    them ("Forfall:" then "Namn  Kommune") or as those present.
    """
    tables = segment(text).tables if tables is None else tables
    rows = [table_people(table) for table in tables]
    spans = [
        (table.header.start, found[-1][2].end if found else table.header.end)
        for table, found in zip(tables, rows, strict=True)
    ]
    labels = find_labels(text, tables=spans)
    read = People()
    for (start, _), found in zip(spans, rows, strict=True):
        above = [label for label in labels if label.end <= start]
        field = above[-1].rule.field if above and not text[above[-1].end : start].strip() else "present"
        for kind, person, _row in found:
            _file(kind or field, [person], read)
    if not labels:
        _resolve(read)
        roles_to_chair_and_referent(read)
        return read
    width = page_width(text)
    known = learn([p.name.value for label in labels for p in _clean_entries(text, label, width)])
    columns = ""  # "FORFALL MØTANDE VARAMEDLEMER A B C D": a two-column table read row by row
    for k, label in enumerate(labels):
        kind = label.rule.field
        if k + 1 < len(labels) and _empty_between(text, label, labels[k + 1]):
            columns = f"{kind} {labels[k + 1].rule.field}"
            continue
        people = _people_in(text, label.end, label.value_end, known, width)
        _from_body(text, label, people)
        if columns == "absent substitutes":
            _interleaved(people, read)
        elif not columns:
            _file(kind, people, read)
        # Other column headings side by side ("Til stede  Meldt forfall") leave rows this reader cannot split.
        columns = ""
    _resolve(read)
    roles_to_chair_and_referent(read)
    read.chair = read.chair or chair_by_title(text[:_HEAD])
    return read


def _from_body(text: str, label: LabelSpan, people: list[Person]) -> None:
    """Give the people under "Frå Statsforvaltaren:" the body they come from as their organisation."""
    m = label.rule.pattern.match(text, label.start)
    org = m.groupdict().get("org") if m else None
    if org:
        for person in people:
            person.organization = person.organization or Found(org, m.start("org"), m.end("org"))


# "Leder av regionrådet, Frank M. Ingilæ, ønsker …", "styreleder Frank M. Ingilæ", "Leiar Sigrid Moe leidde".
_CHAIR_TITLE_RE = re.compile(
    rf"""(?<![\w-])(?<!aglig\s)(?<!agleg\s)
        (?:[Ll]eder|[Ll]eiar|[Ss]tyreleder|[Ss]tyreleiar|[Mm]øteleder|[Mm]øteleiar)
        (?:[ \t]+(?:av|for|i)[ \t]+[a-zæøå]+)?,?[ \t]+  # on one line: "styreleder\nHenrik Vold" is two entries
        (?P<name>{NAME_RE.pattern})""",
    re.X,
)


# "Per Lerøy ordførar", "Odd Jarle Svanem leder", "Ingebjørg Winjum/s Rådsordførar/s": a signature.
_SIGNATURE_RE = re.compile(
    rf"""(?P<name>{NAME_RE.pattern})(?:/s)?[ \t]+
        (?:ordfører|ordførar|[Rr]ådsordførar|[Rr]ådsordfører|leder|leiar)(?:/s)?(?![^\W\d_])""",
    re.X,
)


def signing_chair(text: str) -> Found | None:
    """Return the last name that signs with the chair's title ("Per Lerøy ordførar") in the text."""
    for m in reversed(list(_SIGNATURE_RE.finditer(text))):
        words = m.group("name").split()
        if words[-1].lower() in ("daglig", "dagleg"):
            continue  # "Leiv Vambheim Dagleg leiar" manages the secretariat
        for size in range(2, min(len(words), 4) + 1):
            value = " ".join(words[-size:])
            if is_name(value) and (size == len(words) or not is_name(" ".join(words[-size - 1 :]))):
                start = m.end("name") - len(value)
                return Found(value, start, m.end("name"))
    return None


def chair_by_title(text: str) -> Found | None:
    """Return the first name written after the chair's title ("Leder av regionrådet, Frank M. Ingilæ")."""
    for m in _CHAIR_TITLE_RE.finditer(text):
        words = m.group("name").split()
        for size in range(len(words), 1, -1):
            value = " ".join(words[:size]).rstrip(",.")
            if is_name(value):
                return Found(value, m.start("name"), m.start("name") + len(value))
    return None


def _empty_between(text: str, label: LabelSpan, nxt: LabelSpan) -> bool:
    return not text[label.end : nxt.start].strip(" \t\n\f:")


def _interleaved(people: list[Person], read: People) -> None:
    """Read "FORFALL MØTANDE VARAMEDLEMER" columns flattened row by row: member, substitute, member, …"""
    members, substitutes = people[0::2], people[1::2]
    for member, substitute in zip(members, substitutes, strict=False):
        substitute.for_name = member.name
    read.absent.extend(members)
    read.substitutes.extend(substitutes)


def _file(kind: str, people: list[Person], read: People) -> None:
    if kind == "chair":
        if people and read.chair is None:
            read.chair = people[0].name
            read.present.append(people[0])
        return
    if kind == "minute_taker":
        if people and read.minute_taker is None:
            read.minute_taker = people[0].name
            read.present.append(people[0])
        return
    target = {
        "present": read.present,
        "absent": read.absent,
        "substitutes": read.substitutes,
    }.get(kind, read.guests)
    for person in people:
        if person.for_name and kind != "absent":
            read.substitutes.append(person)
            if not _listed(person.for_name.value, read.absent):
                read.absent.append(Person(person.for_name))
        elif person.duty == "absent" and kind != "substitutes":
            read.absent.append(person)
        elif person.duty == "substitute" and kind == "present":
            read.substitutes.append(person)
        elif person.duty == "presenter" and kind == "present":
            read.guests.append(person)
        elif kind == "substitutes" and _listed(person.name.value, read.absent):
            continue  # "Namn Møtte for": the member a substitute stood in for, listed absent already
        else:
            target.append(person)
        if person.duty == "chair" and read.chair is None and kind == "present":
            read.chair = person.name
        if person.duty == "minute_taker" and read.minute_taker is None:
            read.minute_taker = person.name


def _resolve(read: People) -> None:
    """Keep each person in one list: a substitute is not also present; someone present is not absent."""
    read.present = [p for p in read.present if not _listed(p.name.value, read.substitutes + read.guests)]
    read.absent = [p for p in read.absent if not _listed(p.name.value, read.present)]
    read.present = _unique(read.present)
    read.absent, read.substitutes, read.guests = (
        _unique(read.absent),
        _unique(read.substitutes),
        _unique(read.guests),
    )


def _unique(people: list[Person]) -> list[Person]:
    seen: list[Person] = []
    for person in people:
        if not _listed(person.name.value, seen):
            seen.append(person)
    return seen


def _key(name: str) -> tuple[str, ...]:
    """Fold a name for comparison: "Nøss, Nils-Olav" and "Nils-Olav Nøss" match; initials are dropped."""
    words = re.sub(r"[^\w\s-]", " ", name.lower()).split()
    return tuple(sorted(w for w in words if len(w) > 1))


def _listed(name: str, people: list[Person]) -> bool:
    key = _key(name)
    return bool(key) and any(_key(p.name.value) == key for p in people)


class _Tok:
    __slots__ = ("text", "start", "end", "kind", "line_before")

    def __init__(self, text: str, start: int, end: int, kind: str, line_before: bool) -> None:
        self.text, self.start, self.end, self.kind, self.line_before = text, start, end, kind, line_before


def _kind(word: str) -> str:
    bare = word.rstrip(".:")
    lower = bare.lower()
    if word in (",", ";") or lower in _SEPARATORS or _NUMBER_RE.match(word):
        return "sep"
    if word.startswith("("):
        return "paren"
    if lower in _HEADINGS and word[:1].isupper():
        return "sep"
    if _GROUP_RE.match(word):
        return "group"
    if lower in _PARTY_SET and (bare.isupper() or len(bare) > 1):
        return "party" if len(bare) > 1 else "name"  # a lone capital may be an initial or party A, H, V
    if _TITLE_RE.search(lower) and len(lower) > 4:
        return "title"
    if _ORGANISATION_RE.search(lower) and (len(lower) > 3 or bare.isupper()):
        return "org"
    if lower in _PARTICLES:
        return "particle"
    if _NAME_TOKEN_RE.fullmatch(word) and lower not in NOT_NAMES:
        return "name"
    if bare.isupper() and len(bare) >= 2 and bare.isalpha():
        return "caps"
    if _ABSENT_WORD_RE.match(word):
        return "absent"
    return "other"


def _tokens(text: str, start: int, end: int, width: int) -> list[_Tok]:
    tokens: list[_Tok] = []
    last = start
    # In a list parted by commas a line break only wraps the line: "Siri-Marie Øvrum\nNesgård (AP)".
    wrapped = text.count(",", start, end) >= 3
    for m in _TOKEN_RE.finditer(text, start, end):
        gap = text[last : m.start()]
        word = m.group(0)
        # A line break, a tab, a pipe or a run of spaces (a blanked table cell) parts two cells.
        # A blank line parts two cells even in a list with commas ("Rune Rautio\n\nPetro Øst/Aquaplan").
        parted = (
            ("\n" in gap and (gap.count("\n") > 1 or not _wrapped_line(text, last + gap.find("\n"), width)))
            or "\f" in gap
            or "\t" in gap
            or "|" in gap
        )
        parted = parted or ("  " in gap and not (wrapped and gap.strip(" ") == "\n"))
        kind = _kind(word)
        if kind == "name" and tokens and tokens[-1].text in _PLACE_PREPOSITIONS and not parted:
            kind = "place"
        tokens.append(_Tok(word, m.start(), m.end(), kind, parted))
        last = m.end()
    return tokens


# No page wraps a line this short: shorter lines are entries of their own, whatever the page.
_NARROWEST_WRAP = 40


def _wrapped_line(text: str, newline: int, width: int) -> bool:
    """Tell whether the line ending at `newline` was wrapped by the page: it is about as long as the page is
    wide (one entry a line is not)."""
    return newline - text.rfind("\n", 0, newline) > max(_NARROWEST_WRAP, min(width * 4 // 5, WRAPPED_WIDTH))


def page_width(text: str) -> int:
    """Return how wide the text's lines run: the length most lines with text stay under (the 90th percentile)."""
    lengths = sorted(len(line) for line in text[: _HEAD * 4].split("\n") if len(line.strip()) >= 20)
    return lengths[-((len(lengths) - 1) * -9 // 10)] if lengths else WRAPPED_WIDTH


def _clean_entries(text: str, label: LabelSpan, width: int) -> list[Person]:
    """Return the names of a value that stand apart ("1. Ruth Grung 2. …", "Kari Moe, Per Lid,"): facts to learn from."""
    tokens = _tokens(text, label.end, label.value_end, width)
    found = []
    run: list[_Tok] = []
    for k, tok in enumerate([*tokens, None]):
        if tok is not None and tok.kind in ("name", "particle") and not (run and tok.line_before):
            run.append(tok)
            continue
        closed = tok is None or tok.kind in ("sep", "paren") or (tok is not None and tok.line_before)
        opened = k - len(run) == 0 or tokens[k - len(run) - 1].kind in ("sep", "paren", "group")
        if 2 <= len(run) <= 3 and closed and opened:
            found.append(Person(Found(" ".join(t.text for t in run), run[0].start, run[-1].end)))
        run = [tok] if tok is not None and tok.kind == "name" else []
    return found


def _people_in(text: str, start: int, end: int, known: Known, width: int) -> list[Person]:
    """Read the people of one label's value."""
    tokens = _tokens(text, start, end, width)
    # Runs of name-shaped words; a comma, a number, a bracket, a title or a line break ends a run.
    names: list[tuple[list[_Tok], int]] = []  # (the name's tokens, index of its last token)
    leftovers: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if not run:
            return
        words = [Token(tokens[i].text, tokens[i].start, tokens[i].end) for i in run]
        taken: set[int] = set()
        for piece in split_run(words, known):
            first = run[words.index(piece[0])]
            last = run[words.index(piece[-1])]
            names.append(([tokens[i] for i in range(first, last + 1)], last))
            taken.update(range(first, last + 1))
        leftovers.update(i for i in run if i not in taken)
        run.clear()

    inverted = _surname_first(tokens)
    for i, tok in enumerate(tokens):
        if i in inverted:
            close()
            names.append((tokens[i : inverted[i] + 1], inverted[i]))
            continue
        if names and i <= names[-1][1]:
            continue  # inside a "Surname, Given" name taken whole
        if tok.kind in ("name", "particle") and not (run and tok.line_before):
            run.append(i)
            if tok.text.endswith(".") and len(tok.text) > 3:
                close()  # "… Line M. R. Abel." ends a sentence
        else:
            if (tok.kind == "org" or _lower_noun(tok)) and len(run) >= 3 and not tok.line_before:
                # "Harald Larsen Lebesby kommune", "Tormod Amundsen Biotope AS", "Tor Inge Hellander Statens
                # vegvesen": the word before an organisation's ending or a lower-case noun is the organisation's.
                leftovers.add(run.pop())
            close()
            if tok.kind in ("name", "particle"):
                run.append(i)
    close()
    return _entries(tokens, names, leftovers)


def _lower_noun(tok: _Tok) -> bool:
    """Tell whether a token is a lower-case word that goes on an organisation's name ("vegvesen", "kraft")."""
    # Five letters at least: "som sekretær" and a broken "Stj ern" do not name an organisation.
    return tok.kind == "other" and len(tok.text) >= 5 and tok.text.isalpha() and tok.text.islower()


def _surname_first(tokens: list[_Tok]) -> dict[int, int]:
    """Find "Grung, Ruth (A)", "Selsvold, Astrid F. (A)": a surname, a comma, given names and a bracket.

    Return the index of each such name's first token mapped to its last.
    """
    found: dict[int, int] = {}
    for i in range(len(tokens) - 3):
        if tokens[i].kind != "name" or tokens[i + 1].text != "," or (i and tokens[i - 1].kind == "name"):
            continue
        j = i + 2
        while j < len(tokens) and j - i - 2 < 3 and tokens[j].kind == "name":
            j += 1
        if j > i + 2 and j < len(tokens) and tokens[j].kind == "paren":
            found[i] = j - 1
    return found


def _entries(tokens: list[_Tok], names: list[tuple[list[_Tok], int]], leftovers: set[int]) -> list[Person]:
    """Build each person from a name and the details written around it."""
    people: list[Person] = []
    starts = [toks[0] for toks, _ in names]
    index = {id(tok): i for i, tok in enumerate(tokens)}
    group_org: Found | None = None
    next_name = 0
    stood_in_for: Found | None = None
    for i, tok in enumerate(tokens):
        if next_name < len(names) and tok is starts[next_name]:
            name_toks, last = names[next_name]
            next_name += 1
            name = _name_of(name_toks)
            if name == stood_in_for or not is_name(_given_first(name.value)):
                continue
            person = Person(name)
            _title_before(tokens, i, person)
            stop = index[id(starts[next_name])] if next_name < len(names) else len(tokens)
            link = [t.text.lower() for t in tokens[last + 1 : stop] if t.text != ","]
            # "Jostein Mæland, Ulvik herad, vara for Hilde Dyrkolbotn": the link ends the details.
            if next_name < len(names) and (
                link == ["for"] or any(link[-len(words) :] == words for words in _FOR_LINKS[1:])
            ):
                # "Tor Brekke for Eva Dahl", "Kari Moe møtte for Jon Vik": the next name is the member.
                stood_in_for = person.for_name = _name_of(names[next_name][0])
            # A municipality heading the next row ("… Jens Betsi (8.)\nVardø\nLasse Haughom") is no detail.
            head = next((j for j in range(last + 1, stop) if _heading_at(tokens, j, leftovers)), stop)
            _details_after(tokens, last + 1, head, person)
            if group_org and person.organization is None:
                person.organization = group_org
            people.append(person)
            continue
        if tok.kind == "group":
            group = tok.text[:-1]
            group_org = None if _TITLE_RE.search(group.lower()) else Found(group, tok.start, tok.end - 1)
        elif tok.kind in ("caps", "party") and _opens_group(tokens, i):
            first = i
            while first > 0 and tokens[first - 1].kind in ("caps", "party"):
                first -= 1
            group_org = Found(" ".join(t.text for t in tokens[first : i + 1]), tokens[first].start, tok.end)
        elif (
            i in leftovers
            and tok.kind == "name"
            and len(tok.text) > 2
            and (_opens_group(tokens, i) or _heads_row(tokens, i))
            and not _serves(tokens, i)
        ):
            group_org = Found(tok.text, tok.start, tok.end)
    return people


def _heading_at(tokens: list[_Tok], j: int, leftovers: set[int]) -> bool:
    """Tell whether a row's heading starts at token j: "Vardø", "Berlevåg:", "ØFR v/ daglig leder:"."""
    tok = tokens[j]
    if j in leftovers and _heads_row(tokens, j):
        return True
    if tok.kind == "caps" and j + 1 < len(tokens) and tokens[j + 1].text.lower() == "v/":
        return True
    return tok.line_before and (
        tok.kind == "group" or (tok.kind in ("caps", "party") and _opens_group(tokens, j))
    )


def _heads_row(tokens: list[_Tok], i: int) -> bool:
    """Tell whether token i is a municipality that heads the names after it in a table."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if _serves(tokens, i):
        return False
    # "Båtsfjord  Forfall  Stein Kollstrøm": the row's first member may be written as absent.
    return is_place(tokens[i].text) and (
        _opens_group(tokens, i) or (nxt is not None and nxt.kind == "absent")
    )


def _serves(tokens: list[_Tok], i: int) -> bool:
    """Tell a place written after a title or a comma on the name's line: "Trond Bakkehaug, kommunedirektør
    Nord-Fron", "Knut Rudningen, Ål" name the person's place, not the heading of the next row."""
    # A title in lower case: "Kommune Ordfører Rådmann Vadsø" is a table's column headings, then a row.
    before = tokens[i - 1] if i else None
    return (
        before is not None
        and ((before.kind == "title" and before.text[:1].islower()) or before.text == ",")
        and not tokens[i].line_before
    )


def _name_of(tokens: list[_Tok]) -> Found:
    """Return the name the tokens write, without a full stop that ends the sentence ("… Line M. R. Abel.")."""
    name = Found(" ".join(t.text for t in tokens).replace(" , ", ", "), tokens[0].start, tokens[-1].end)
    if name.value.endswith(".") and len(tokens[-1].text) > 2:
        return Found(name.value[:-1], name.start, name.end - 1)
    return name


def _given_first(name: str) -> str:
    """Return "Ruth Grung" for "Grung, Ruth"."""
    surname, comma, given = name.partition(", ")
    return f"{given} {surname}" if comma else name


def _opens_group(tokens: list[_Tok], i: int) -> bool:
    """Tell whether token i heads the names after it ("DET NORSKE ARBEIDERPARTI 1. Ruth Grung", "Vadsø Svein …")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.kind == "sep" and (_NUMBER_RE.match(nxt.text) or nxt.text.lower() == "v/"):
        return True  # "DET NORSKE ARBEIDERPARTI 1. Ruth Grung", "ØFR v/ daglig leder: Bernt-Aksel Jensen"
    return nxt.kind == "name" and (
        tokens[i].kind != "caps" or nxt.line_before or i == 0 or _after_break(tokens, i)
    )


def _after_break(tokens: list[_Tok], i: int) -> bool:
    prev = tokens[i - 1]
    return prev.kind in ("sep", "caps") or tokens[i].line_before


def _title_before(tokens: list[_Tok], i: int, person: Person) -> None:
    k = i
    while k > 0 and tokens[k - 1].kind == "title" and not tokens[k].line_before:
        k -= 1
    if k < i:
        person.role = Found(" ".join(t.text for t in tokens[k:i]), tokens[k].start, tokens[i - 1].end)


def _details_after(tokens: list[_Tok], k: int, stop: int, person: Person) -> None:
    """File what follows a name up to the next entry: "(A)", ", Leksvik kommune,", "Medlem SP", "(vara for X)"."""
    # Titles just before the next name on its line are that name's ("Oddvar Lien, leder\nKari Moe": his).
    while (
        stop > k and stop < len(tokens) and tokens[stop - 1].kind == "title" and not tokens[stop].line_before
    ):
        stop -= 1
    org_end = _organisation_after(tokens, k, stop)
    if org_end:
        # "Harald Larsen Lebesby kommune (leder)": the words up to an organisation's ending name it.
        person.organization = Found(
            " ".join(t.text for t in tokens[k:org_end]), tokens[k].start, tokens[org_end - 1].end
        )
        k = org_end
    part: list[_Tok] = []
    comma_seen = False
    for tok in tokens[k:stop]:
        if tok.kind == "paren":
            add_detail(person, trim(tok.text[1:-1], tok.start + 1))
            if _SUBSTITUTE_NOTE_RE.match(tok.text[1:]):
                person.duty = "substitute"
        elif tok.text in (",", ";") or (tok.line_before and tok.kind != "sep"):
            # A comma, or a table cell of its own ("Hilde Vestre Brandal  Ålesund kommune (leiar)  x").
            if tok.text not in (",", ";"):
                if tok.kind == "absent" and tok.text[:1].isupper():
                    break  # "Vardø  Forfall  Eva Lisa Robertsen": a cell for a member not named
                if tok.kind == "absent" or _NO_RE.match(tok.text):
                    person.duty = "absent"
                    continue
                if part and comma_seen:
                    add_detail(person, Found(" ".join(t.text for t in part), part[0].start, part[-1].end))
                part, comma_seen = [tok], True
                continue
            if part and comma_seen:
                add_detail(person, Found(" ".join(t.text for t in part), part[0].start, part[-1].end))
            part, comma_seen = [], True
        elif comma_seen:
            part.append(tok)
        elif tok.text in ("–", "-") and not tok.line_before:
            comma_seen = True  # "Marianne Hansen – Sortland kommune": a dash before the details
        elif tok.kind == "absent" and tok.text[:1].isupper():
            break  # "Ingolf Eriksen Forfall Båtsfjord": a table's cell run into the line, for a member not named
        elif tok.kind == "absent":
            person.duty = "absent"
        elif tok.kind in ("party", "caps") or (tok.kind == "name" and len(tok.text.rstrip(".")) == 1):
            if person.organization is None:
                person.organization = Found(tok.text, tok.start, tok.end)
        elif tok.kind == "title" and person.role is None:
            person.role = Found(tok.text, tok.start, tok.end)
            _duty_from_role(person)
        elif tok.kind in ("sep", "group"):
            break
    if part and comma_seen:
        add_detail(person, Found(" ".join(t.text for t in part), part[0].start, part[-1].end))


def _organisation_after(tokens: list[_Tok], k: int, stop: int) -> int | None:
    """Return where "Lebesby kommune" ends when it follows a name on the same line, or None."""
    for j in range(k, min(stop, k + 4)):
        tok = tokens[j]
        if tok.line_before and j > k:
            return None
        if tok.kind == "org":
            return j + 1 if j > k else None
        if tok.kind not in ("name", "place", "caps", "other"):
            return None
    return None


def _duty_from_role(person: Person) -> None:
    if person.role and CHAIR_ROLE_RE.match(person.role.value):
        person.duty = person.duty or "chair"
    elif person.role and MINUTE_ROLE_RE.match(person.role.value):
        person.duty = person.duty or "minute_taker"
