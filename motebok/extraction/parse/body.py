"""Which body held the meeting: a "Utvalg:" label, the title, the line above or below it, or the prose."""

from __future__ import annotations

import re

from .dates import find_dates
from .labels import Label, labels_in, match_label
from .text import Found, Line, trim
from .vocabulary import SITE_BOILERPLATE_RE

_TITLE_PREFIX_RE = re.compile(
    r"^\W*(?:(?:kort|foreløpig|førebels|godkjent|godkjend|endelig|utkast til)\s+)?"
    r"(?:møte)?(?:referat|protokoll|oppsummering|samandrag|innkalling|møteinnkalling|saksliste|møtebok"
    r"|mandat(?:et)?|notat)\b(?:\s+(?:og\s+\w+\s+)?(?:fra|frå|for|til|etter)\b)?"
    r"(?:\s+(?:digitalt|digital|fysisk|ekstraordinært|ekstraordinert|ordinært|ordinert)\b)?(?:\s+(?:møte|møtet|møter)\b)?"
    r"(?:\s+(?:i|med|for)\b)?[\s:–-]*",
    re.I,
)
# Each pattern that may start inside a run (of blanks, separators or letters) starts where the run starts
# ("(?<!…)"): tried from every position of a long run, it would be quadratic (bench/fuzz_bench.py --patterns).
_TRAILING_NOISE_RE = re.compile(r"(?<![\s,–-])(?:[\s,–-]+(?:nr\.?\s*)?\d[\d./ -]*|\s*[,–-]\s*)+$")
_MEETING_SUFFIX_RE = re.compile(r"^(\w{5,}?)s?møte(?:t)?\b", re.I)
# "nettverksmøte i X", "styremøte i X": the body is X.
_MEETING_OF_RE = re.compile(
    r"^(?P<kind>\w*?)s?(?:møte(?:t)?|samling(?:a|en)?)\s+(?P<prep>i|hos|for)\s+(?=[A-ZÆØÅ])"
)
_TITLE_WORD_RE = re.compile(
    r"^\W*(?:møte)?(?:referat|protokoll|oppsummering|samandrag|møteinnkalling|innkalling|saksliste|bok)\W*$",
    re.I,
)
# Words that name what met, not who: "Protokoll fra styremøte", "Oppsummering fra nettverkssamling".
_GENERIC_BODY_RE = re.compile(r"styret?|rådet?|nettverket|gruppa|(?<!\w)\w*møte|(?<!\w)\w*samling", re.I)
# "frå møte i Representantskapet …" under a bare title: the body follows the preposition.
_OF_MEETING_RE = re.compile(r"^(?:fra|frå|for)\s+(?:\w*møte(?:t)?\s+)?(?:i\s+|med\s+)?(?=[A-ZÆØÅ])")
_BODY_NOUN = (
    r"(?:råd|rådet|nettverk|nettverket|utval|utvalet|utvalg|utvalget|styre|styret|forum|gruppe|gruppa"
    r"|samarbeid|samarbeidet|kollegium|kollegiet|representantskap|representantskapet)"
)
# One word in the definite form of a body noun: "Regionrådet", "ARBEIDSUTVALET", "Styret".
_ORGAN_RE = re.compile(
    r"(?<!\w)(?P<stem>\w*?(?:råd|utval|utvalg|styr|nettverk|grupp|representantskap))(?:et|a|e)", re.I
)
# "Møtet i Vest-Telemark regionråd ble holdt …", "kommunedirektørmøte i Hardangerrådet torsdag …",
# "møte i Barnevernsleiarforum i Sunnhordland.", "møte i helseledernettverket i Nordfjord"
# "… ledet det siste møte for Øst-Finnmark regionråd for denne perioden": "for" as well as "i".
_MEETING_IN_RE = re.compile(
    r"(?<!\w)(?i:(?P<kind>\w*?)møte(?:t)?)\s+(?i:i|for)\s+(?P<body>(?:[A-ZÆØÅ][\wæøåÆØÅ-]*|[a-zæøå]+"
    + _BODY_NOUN
    + r"(?=\s+i\s+[A-ZÆØÅ]))(?:\s+(?:(?:i\s+)?[A-ZÆØÅ][\wæøåÆØÅ-]*|[a-zæøå]*"
    + _BODY_NOUN
    + r"\b))*"
    # "Møte i AU – IHR": the organ, a dash, and the acronym of the council it belongs to.
    + r"(?:\s[–-]\s[A-ZÆØÅ]{2,6}\b(?![–-]))?)"
)
# "Vestlandsrådet sitt arbeidsutval (AU) består av …": an organ named by whose it is.
_OWNED_ORGAN_RE = re.compile(
    r"(?<![\w-])(?P<body>[A-ZÆØÅ][\wæøåÆØÅ-]+\s+(?:sitt|si|sin|sine)\s+[a-zæøå]*" + _BODY_NOUN + r")\b"
)
# The title may stand under an organisation and the body's own name: "VESTERÅLEN REGIONRÅD / Utvalget /
# MØTEPROTOKOLL".
_TITLE_SEARCH = 3
# "Oppvekstnettverket Nord – referat 3. mars": the name first, then the kind of document.
_NAME_THEN_TITLE_RE = re.compile(
    r"^\s*(?P<name>[A-ZÆØÅ][^:\n]{2,80}?)\s+[–-]\s+(?i:møte)?(?i:referat|protokoll|oppsummering|samandrag|møtebok"
    r"|innkalling|møteinnkalling)\b"
)
# "styringsgruppe – Digi Nord": what met, a dash, then its name.
_KIND_DASH_NAME_RE = re.compile(r"^(?P<kind>[a-zæøå]+)\s+[–-]\s+(?P<name>[A-ZÆØÅ].*)$")
_NAMES_BODY_RE = re.compile(
    r"(?<!\w)(?i:\w*(?:nettverk|forum|råd|utval|styre|gruppe|gruppa|kollegi|representantskap|samarbeid)\w*)"
)
# A name line ending like this goes on on the next line.
_OPEN_END_RE = re.compile(r"(?:\s(?:og|i|for|på|frå|fra)|[–-])$")
_PROSE_LINES = 12


# "Ungdomsrådets behandling av sak 14/2026": a saksprotokoll names its body in the genitive.
_PROTOCOL_OF_RE = re.compile(
    r"(?P<body>(?:[A-ZÆØÅ][\wæøå]*-\s+og\s+[\wæøå]+?|[A-ZÆØÅ][\wæøå]+?))s\s+(?:behandling|handsaming)\s+av\s+sak\b"
)
# "Vest-Telemarkrådet hadde møte i …", "Tysdag 20. november hadde Vest-Telemarkrådet møte i …"
_HELD_A_MEETING_RE = re.compile(
    r"(?:(?<![\wæøå])(?P<before>[A-ZÆØÅ][\wæøåÆØÅ-]+)\s+hadde|\bhadde\s+(?P<after>[A-ZÆØÅ][\wæøåÆØÅ-]+))"
    r"\s+(?:\w+\s+)?møte\b"
)
# "REFERAT Det ble avholdt møte i Øst-Finnmark Regionråd …": the sentence after the title names the body.
_HELD_IN_RE = re.compile(
    r"^Det\s+(?:ble|vart|blei)\s+(?:av)?(?:holdt|halde|haldt)\s+(?:et\s+|eit\s+)?møte\s+i\s+"
)
_DEFINED_AS_RE = re.compile(
    r"(?:^|(?<=[.:]\s))(?P<name>[A-ZÆØÅ][\wæøåÆØÅ-]+(?:\s+(?:i|for)\s+[A-ZÆØÅ][\wæøåÆØÅ-]+)?)\s+er\s+(?:eit|et|ein|en)\s"
)
# "Koordineringsrådet Koordineringsrådet er eit …": a page's heading run into the sentence that repeats it.
_HEADING_DEFINED_RE = re.compile(
    r"^\W*(?P<heading>[A-ZÆØÅ][\wæøåÆØÅ-]+)\s+(?P<name>(?P=heading))\s+er\s+(?:eit|et|ein|en)\s"
)
_MANDATE_OF_RE = re.compile(r"\b[Mm]andat(?:et)?\s+(?:til|for)\s+(?P<name>(?:[Dd]e[nt]\s+)?[\wæøåÆØÅ-]+)")
_BOARD_MEETING_RE = re.compile(
    r"(?<![\w\s-])(?P<name>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]*)*)\s+styremøte"
)
_PAGE_HEADER_RE = re.compile(
    r"\b(?:MØTEBOK|MØTEPROTOKOLL|PROTOKOLL|Møtebok|Møteprotokoll)\s+(?:for\s+|frå\s+|fra\s+)?"
    r"(?P<name>[A-ZÆØÅ][\wæøå-]+(?:\s+(?:i|for|og)\s+[A-ZÆØÅ][\wæøå-]+)?)\s+(?:Dato|Møtedato|Tid|Stad|Sted)\b"
)
# A transcript's page opens with its number and the organisation, then the title in capitals.
_PAGE_ORGAN_RE = re.compile(
    r"(?<![\w.,:/-])\d{1,3}[ \t]+(?P<name>[A-ZÆØÅ][\wæøå-]*(?:rådet|utvalet|utvalget|utvalg|nettverket|forumet|styret|nemnda))"
    r"[ \t]+(?=(?:[A-ZÆØÅ]+[ \t]+){0,8}(?:INNKALLING|PROTOKOLL|MØTEPROTOKOLL|REFERAT|MØTEBOK|SAKSLISTE)\b)"
)
# The saksgang's heading ("Utvalg … Møtedato", digits lost in a transcript) and its first body.
_SAKSGANG_RE = re.compile(
    r"\b(?:Utvalg|Utval)\b[^:\n]{0,40}?\bMøtedato\s+(?P<name>[A-ZÆØÅ][\wæøå-]+\s+(?:formannskap|formannskapet"
    r"|kommunestyre|kommunestyret|fylkesutval|fylkesutvalg|fylkesting|fylkestinget|\w*utvalg|\w*utval|\w*råd))\b"
)
# "for Kristiansund og Frei", "i Nordhordland": the places a body's full name adds.
_OF_PLACES = r"\s+(?:for|i)\s+[A-ZÆØÅ][\wæøå-]+(?:\s+og\s+[A-ZÆØÅ][\wæøå-]+)?(?![\wæøå-])"
_FULL_NAME_SEARCH = 3000
# A label or a new sentence ends a name run on from a title: "Fylkesutvalet. Fylkeshuset …", "Fylkestinget Dato:".
_NAME_END_RE = re.compile(
    r"\.\s+(?=[A-ZÆØÅ])|(?<!\s)\s+[A-ZÆØÅ][\wæøå]+\.?:|(?<!\s)\s+(?:MØTEBOK|PROTOKOLL|REFERAT|INNKALLING)\b"
)


def find_body(lines: list[Line], header_end: int, doc_type: str) -> Found | None:
    """Return the committee or network named in the header, as written."""
    header = lines[:header_end]
    told = _told_body(lines[: max(header_end, _PROSE_LINES)])
    if told:
        return told
    for i, line in enumerate(header):
        for label, start, end in labels_in(line):
            if label is Label.BODY:
                found = trim(line.text[start - line.start : end - line.start], start, edge=" \t,.;:-–")
                if found.value:
                    return found
        hit = match_label(line)
        if hit and hit.label is Label.BODY and not hit.content.value and i + 1 < len(header):
            # "Utvalg" over "Formannskapet": a header table with its value on the next line.
            below = header[i + 1].trimmed()
            if below.value[:1].isupper() and len(below.value.split()) <= 4 and not match_label(header[i + 1]):
                return below
    headed = _page_header_body(header) or (
        _first_in_saksgang(header) if doc_type == "case_presentation" else None
    )
    if headed:
        return headed
    shown = [line for line in header if not line.blank and not SITE_BOILERPLATE_RE.match(line.text.lstrip())][
        :4
    ]
    if doc_type == "mandate":
        opening = lines[: max(header_end, _PROSE_LINES)]
        return _mandate_body(shown[:3]) or _defined_body(opening) or _named_under_mandate(opening)
    body = _titled_body(shown)
    if body is None or _is_organ(body.value):
        return _body_in_prose(header, body) or body
    return body


def _defined_body(lines: list[Line]) -> Found | None:
    """Return the body a mandate defines in its first sentence: "Koordineringsrådet er eit administrativt
    samarbeidsutval …", "Mandatet til arbeidsgruppene tilpasses …"."""
    for line in lines:
        for pattern in (_DEFINED_AS_RE, _HEADING_DEFINED_RE, _MANDATE_OF_RE):
            m = pattern.search(line.text)
            if m and _NAMES_BODY_RE.search(m.group("name")):
                return Found(m.group("name"), line.start + m.start("name"), line.start + m.end("name"))
    return None


def _named_under_mandate(lines: list[Line]) -> Found | None:
    """Return the body named on the line under a "Mandat – oppgaver" heading: "Felles styringsgruppe"."""
    shown = [line for line in lines if not line.blank]
    for line, below in zip(shown, shown[1:], strict=False):
        entry = below.trimmed()
        if (
            re.match(r"\W*mandat", line.text, re.I)
            and len(entry.value.split()) <= 4
            and entry.value[:1].isupper()
            and _NAMES_BODY_RE.search(entry.value)
        ):
            return entry
    return None


def _page_header_body(header: list[Line]) -> Found | None:
    """Return the body a transcribed page header names between its title and its first label:
    "1 HORDALAND FYLKESKOMMUNE MØTEBOK Fylkestinget Dato: 7. juni 2011", or above its title:
    "1 Hardangerrådet RÅDSMEDLEMMENE OG LEIAR I RÅDMANNSFORUM INNKALLING TIL RÅDSMØTE"."""
    for line in header[:_PROSE_LINES]:
        m = _PAGE_HEADER_RE.search(line.text) or _PAGE_ORGAN_RE.search(line.text)
        if m:
            return Found(m.group("name"), line.start + m.start("name"), line.start + m.end("name"))
    return None


def _first_in_saksgang(header: list[Line]) -> Found | None:
    """Return the first body a saksframlegg's saksgang lists: "Utvalg SAKSFRAMLEGG Møtedato Grong formannskap"."""
    for line in header[:_PROSE_LINES]:
        m = _SAKSGANG_RE.search(line.text)
        if m:
            return Found(m.group("name"), line.start + m.start("name"), line.start + m.end("name"))
    return None


def full_name(body: Found, masked: str) -> Found:
    """Return the body's name written out in full elsewhere in the opening text, or the name as found.

    "INNKALLING TIL MØTE I FELLESNEMNDA" names the body; the saksgang further down writes "Fellesnemnda for
    Kristiansund og Frei".
    """
    if " " in body.value or not body.value[:1].isalpha():
        return body
    pattern = re.compile(rf"(?<![\w-])(?i:{re.escape(body.value)}){_OF_PLACES}")
    m = pattern.search(masked, 0, _FULL_NAME_SEARCH)
    return Found(m.group(0), m.start(), m.end()) if m else body


def _told_body(lines: list[Line]) -> Found | None:
    """Return a body that the opening text names in a fixed turn of phrase, whatever the line breaks."""
    for line in lines:
        for pattern in (_PROTOCOL_OF_RE, _HELD_A_MEETING_RE):
            m = pattern.search(line.text)
            if m:
                group = next(g for g in ("body", "before", "after") if g in m.re.groupindex and m.group(g))
                return Found(m.group(group), line.start + m.start(group), line.start + m.end(group))
    return None


def _titled_body(shown: list[Line]) -> Found | None:
    for k, line in enumerate(shown[:_TITLE_SEARCH]):
        named = _NAME_THEN_TITLE_RE.match(line.text)
        if named and _names_something(named.group("name")):
            return _clean_body(trim(named.group("name"), line.start + named.start("name")))
        body = _body_from_title(line)
        if body and _names_something(body.value) and not (k and _is_organ(body.value)):
            return body
        if body or _is_bare_title(line):
            # The title says what kind of meeting it was ("Oppsummering fra nettverkssamling") or names a
            # generic organ ("arbeidsutvalet"): the name stands on the line above the title or below it.
            above = _body_line(shown[k - 1], line) if k else None
            below = _body_line(shown[k + 1], _get(shown, k + 2)) if k + 1 < len(shown) else None
            return _name_near_title(above, below) or (body if body and _names_something(body.value) else None)
    return None


def _name_near_title(above: Found | None, below: Found | None) -> Found | None:
    """Take the name above the title, unless only the one below names a body."""
    # "Nordby kommune" / "Referat" / "Helsenettverket Sør": the owner stands above, the body below.
    if above and below and not _NAMES_BODY_RE.search(above.value) and _NAMES_BODY_RE.search(below.value):
        return below
    return above or below


def _is_bare_title(line: Line) -> bool:
    """Return True for a title that names no body: "REFERAT", "PROTOKOLL FRA MØTE", "Møtebok"."""
    entry = line.trimmed().value
    m = _TITLE_PREFIX_RE.match(entry)
    return bool(_TITLE_WORD_RE.match(line.text) or m and m.end() and not entry[m.end() :].strip())


def _get(lines: list[Line], k: int) -> Line | None:
    return lines[k] if k < len(lines) else None


def _is_organ(value: str) -> bool:
    """Tell a generic organ in the definite form ("Regionrådet", "Arbeidsutvalet") from a name."""
    return " " not in value and bool(_ORGAN_RE.fullmatch(value))


def _body_in_prose(header: list[Line], organ: Found | None) -> Found | None:
    """Find "møtet i Vest-Telemark regionråd" in the running text; it must name the organ if one is known."""
    stem = _ORGAN_RE.fullmatch(organ.value).group("stem").lower() if organ else ""
    for line in header:
        owned = _OWNED_ORGAN_RE.search(line.text)
        if owned and stem in owned.group("body").lower():
            return Found(
                owned.group("body"), line.start + owned.start("body"), line.start + owned.end("body")
            )
        for m in _MEETING_IN_RE.finditer(line.text):
            # The organ named again ("PROTOKOLL FRA MØTE I REGIONRÅDET") adds no name.
            if stem in m.group("body").lower() and not (
                organ and m.group("body").lower() == organ.value.lower()
            ):
                # "REGIONRÅDET NORDHORDLAND Møte: 6/2014": a transcript runs the next label in.
                name = _NAME_END_RE.split(m.group("body"))[0]
                start, end = line.start + m.start("body"), line.start + m.start("body") + len(name)
                if m.group("kind").lower() == "styre":
                    return Found(f"Styret i {name}", start, end)  # "STYREMØTE I FOSEN REGIONRÅD": its board
                return Found(name[0].upper() + name[1:], start, end)
    return None


def _body_line(line: Line, following: Line | None = None) -> Found | None:
    """Return a line standing under a bare title ("REFERAT") as the body, if it reads like a name."""
    entry = line.trimmed()
    if match_label(line) or re.search(r"[\d:\t]", line.text) or not 0 < len(entry.value.split()) <= 10:
        return None
    if line.text.rstrip()[-1:] in ",!?":
        return None  # a greeting ("Hei alle,") or a sentence, not a name
    if following and following.start == line.end + 1 and _OPEN_END_RE.search(entry.value):
        # "Representantskapet i Hallingdal brann- og / redningsteneste IKS": the page wrapped the name.
        rest = following.trimmed()
        if not match_label(following) and not re.search(r"[\d:\t]", following.text):
            entry = Found(f"{entry.value} {rest.value}", entry.start, rest.end)
    of = _OF_MEETING_RE.match(entry.value)
    if of:
        entry = Found(entry.value[of.end() :], entry.start + of.end(), entry.end)
    return entry if entry.value[:1].isupper() else None


def _names_something(value: str) -> bool:
    """A body's name has a capital letter or several words; one common noun only says what met."""
    return len(value.split()) > 1 or not (value.islower() or _GENERIC_BODY_RE.fullmatch(value))


def _mandate_body(shown: list[Line]) -> Found | None:
    for k, line in enumerate(shown):
        entry = line.trimmed()
        if re.match(r"mandat", entry.value, re.I):
            m = re.match(r"mandat(?:et)?\s+(?:for|til)\s+(.+)", entry.value, re.I)
            if m:
                return _clean_body(trim(m.group(1), entry.start + m.start(1)))
            if k > 0:
                return shown[k - 1].trimmed()
            if k + 1 < len(shown):
                return _body_line(shown[k + 1])
    return None


def _body_from_title(line: Line) -> Found | None:
    entry = line.trimmed()
    m = _TITLE_PREFIX_RE.match(entry.value)
    if not m or m.end() == 0 or ":" in entry.value[: m.end()] and not m.group(0).strip(" :").isalpha():
        return None
    return _clean_body(trim(entry.value[m.end() :], entry.start + m.end()))


def _clean_body(found: Found) -> Found | None:
    value = _NAME_END_RE.split(_HELD_IN_RE.sub("", found.value.lstrip(" .:"), count=1))[0]
    found = Found(value, found.end - len(found.value.lstrip(" .:")), found.end)
    if not value[:1].isalpha() or value.startswith("nr."):
        return None  # "nr. 4/12, tirsdag …": what follows the title is no name
    dates = find_dates(value)
    if dates:
        value = value[: dates[0].start]
    value = re.split(r"\s+(?:kl\.?\s|den\s|\d{1,2}\.\s)", value)[0]
    value = _TRAILING_NOISE_RE.sub("", value).strip(" ,.:–-")
    start, end = found.start, found.start + len(value)
    of = _MEETING_OF_RE.match(value)
    if of and of.group("prep") == "for" and _NAMES_BODY_RE.fullmatch(of.group("kind")):
        # "styringsgruppemøte for Innlandet barnevernssamarbeid": the group is named by what it serves.
        value = f"{of.group('kind').capitalize()} for {value[of.end() :]}"
    elif of:
        start, value = start + of.end(), value[of.end() :]
    if not value:
        return None
    board = _BOARD_MEETING_RE.fullmatch(value)
    if board:
        return Found(f"Styret i {board.group('name')}", start, end)  # "ØRU styremøte": the board of ØRU
    shortened = _MEETING_SUFFIX_RE.sub(r"\1", value, count=1)
    if shortened.isupper() and " " not in shortened:
        shortened = shortened.capitalize()
    return Found(_kind_and_name(shortened), start, end)


def _kind_and_name(value: str) -> str:
    """Join "styringsgruppe – Digi Nord" as a name; keep only "Barnevernsnettverket Midt" after "nettverk –"."""
    m = _KIND_DASH_NAME_RE.match(value)
    if not m:
        return value
    name = m.group("name")
    return name if _NAMES_BODY_RE.search(name) else f"{m.group('kind').capitalize()} {name}"
