"""Cases read from the flow of the text by their numbers, whatever its line breaks.

A transcript of a PDF often runs a whole page into one line ("… Sak nr. 47/09 Godkjenning av saksliste
Sak nr. 48/09 Referat fra siste styremøte …"). Here a case is found by the shape of its number and a title
by what follows the number up to the next number, label or sentence; a conclusion by its label (see
`CONCLUSION_RULES`). Newlines count as spaces, so a document reads the same with its line breaks lost.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from .flow import LABEL_COLON_RE, capitals_end, is_joining, run_in_end
from .text import Found, finditer_at_words, trim
from .vocabulary import CONCLUSION_LABELS, TITLE_STOP_LABELS, phrases_pattern


class Rule(NamedTuple):
    """A named pattern with the real sentence that needed it; tests run every rule on its example."""

    name: str
    pattern: re.Pattern[str]
    example: str
    expected: str  # what the rule's `value` group finds in the example
    # The words every match starts with (lower case), for a case-insensitive pattern: it is tried only there.
    words: tuple[str, ...] = ()


_CASE_NUMBER = r"""
    (?P<num>\d{1,3}|(?<=\s)(?=/))      # the running number (a transcript may have dropped it: "/05")
    /(?P<year>(?:19|20)\d\d|\d\d)      # the year, two or four digits
    (?![\d/]|[.,]\d|\s*-\s*\d)         # not a date, an archive number or a range ("9/17-10/17")
"""
CASE_NUMBER_RULES = (
    Rule(
        "coded case number",
        re.compile(
            r"""(?P<value>
                # A capital that starts a word: the look-behind comes after it, so that re skips to the capitals.
                (?P<code>[A-ZÆØÅ](?<![\w/.-].)
                    (?:[A-ZÆØÅ]{1,3}-[Ss]ak\s+                                # "HR-sak 16/13", "AU-sak 06/17"
                      |(?<=[PRDFO])S\s+                                       # "PS 157/15", "RS 88/15"
                      |[A-ZÆØÅ]{1,2}-(?=\d)))                                 # "LR-28/2014", "AU-17/20"
            """
            + _CASE_NUMBER
            + ")",
            re.X,
        ),
        "Til sakshandsaming i Regionrådet: HR-sak 16/13 Meldingar HR-sak 17/13 Oppfølging",
        "HR-sak 16/13",
    ),
    Rule(
        "case word and number",
        re.compile(
            r"""(?:Sak(?<![\w/.-]Sak)(?:\s*nr\.?|snr\.?)?\s*)                    # "Sak", "Sak nr.", "Saksnr."
            (?P<value>"""
            + _CASE_NUMBER
            + ")",
            re.X,
        ),
        "Dagsorden: Sak nr. 47/09 Godkjenning av saksliste Sak nr. 48/09 Referat fra siste styremøte",
        "47/09",
    ),
    Rule(
        "bare case number before a title",
        re.compile(
            r"""(?<![\w/.,:-])
            (?P<value>"""
            + _CASE_NUMBER
            + r""")
            (?=\s+(?:\d{1,4}/\d+\s+)?[A-ZÆØÅ«"“])                              # a title follows (after an archive number)
            """,
            re.X,
        ),
        "Saksliste Saksnr Tittel 105/14 Godkjenning av innkalling og saksliste 106/14 Godkjenning",
        "105/14",
    ),
    Rule(
        "protocol of one case",
        re.compile(
            r"""(?:behandling|handsaming)\s+av\s+sak\s+                        # a saksprotokoll's heading
            (?P<value>"""
            + _CASE_NUMBER
            + ")",
            re.X | re.I,
        ),
        "Ungdomsrådets behandling av sak 14/2026 i møte den 20.05.2026:",
        "14/2026",
        ("behandling", "handsaming"),
    ),
    Rule(
        "case word and ordinal",
        re.compile(
            r"""Sak(?<![\w/.-]Sak)\s+(?:nr\.?\s*)?                                # the look-behind after "Sak": re skips to it
            (?P<value>\d{1,3})                                                 # "Sak 2: Møtehyppighet"
            (?=\s*[:.]?\s+[A-ZÆØÅ«])
            """,
            re.X,
        ),
        "Forfall: Gamvik kommune Sak 1: Tilsetting av regionrådekoordinator Det ble informert om søknader",
        "1",
    ),
)
_ORDINAL_RULE = CASE_NUMBER_RULES[-1].name
_PROTOCOL_RULE = "protocol of one case"
_MENTION = "number whose year was lost"
# "Formannskapet 116/ Saksopplysninger": a transcript dropped the year of a case already listed.
_YEAR_LOST_RE = re.compile(r"(?<![\w/.-])(?P<num>\d{1,3})/(?![\w/])")
# A number written after these is a meeting, a property or an archive file, not a case.
_NOT_A_CASE_BEFORE_RE = re.compile(
    r"(?:(?i:\bmøte(?:\s*nr\.?)?|\bmøte\s*:|\b(?:g|b|gb)nr\.?|\bnr\.|\barkiv\w*\s*(?:nr\.?)?|\bsaksmappe|\bjf\.?"
    r"|\bkl\.?|\bsak\s*nr\.?/år\s*(?:\([^)]*\))?\s*:?|\bsaknr\.?\s*:)"
    # "i sak 240/12 og 243/12": numbers named in a sentence.
    r"|\b(?:sak|saker|og|eller|i|se|sjå))\s*$"
)
# Column headings of an agenda table that a transcript runs into the first title.
_LEADING_NOISE_RE = re.compile(
    r"^(?:(?:\d{1,4}/\d+|PS|RS|Innhold|Tittel|Sak|Saksnr\.?|Sakstittel|Arkivsaksnr\.?|Sak nr\.?)\s+)+"
)
_TRAILING_NOISE_RE = re.compile(
    r"(?<!\s)(?:\s+(?:\d{2,4}/\d*|PS|RS|Unntatt offentlighet|Side \d+(?: av \d+)?|\d{1,3}|v/.*|[–-]\s+ved\s.*))+$"
)
_DOT_LEADER_RE = re.compile(r"(?<!\s)\s*(?:\.{2,}|…)")
# A list under the title, its line breaks lost: "«… i Finnmark» o Info fra …", "… drøftinger. a.) UiT …".
_SUB_POINT_RE = re.compile(r"\s(?:[•·▪●◦o]|[a-zæøå]\.?\)|\d{1,2}\.\d{1,2})\s")
_STOP_RE = re.compile(rf"\s(?:{phrases_pattern(TITLE_STOP_LABELS)})\b")
_SENTENCE_END_RE = re.compile(r"(?<=[a-zæøå»”)\]\d]{2})[.!?](?=\s+[A-ZÆØÅ«]|\s*$)")
_LONGEST_TITLE = 160
# Consecutive numbers this close form an agenda (saksliste); its cases are the meeting's cases.
_AGENDA_GAP = 260
_AGENDA_RUN = 3


@dataclass
class StreamCase:
    number: Found
    title: Found | None
    conclusion: Found | None
    key: tuple[int, ...]
    ordinal: bool


class _Hit(NamedTuple):
    rule: str
    number: Found
    start: int  # where the heading starts ("Sak nr. 47/09" starts at "Sak")
    end: int
    year: str


def find_stream_cases(text: str, prefer_decisions: bool = True) -> list[StreamCase]:
    """Return the cases numbered in text, in the order first written, each with its title and conclusion."""
    hits = _case_hits(text)
    if not hits:
        return []
    if any(hit.rule != _ORDINAL_RULE for hit in hits):
        hits = _same_year(hit for hit in hits if hit.rule != _ORDINAL_RULE)
    else:
        hits = _ordinal_run(hits)
    hits = _agenda_only(hits)
    hits = sorted(hits + _mentions_without_year(text, hits), key=lambda hit: hit.start)
    cases: dict[tuple[int, ...], StreamCase] = {}
    blocks: dict[tuple[int, ...], list[tuple[int, int]]] = {}
    for k, hit in enumerate(hits):
        following = hits[k + 1].start if k + 1 < len(hits) else len(text)
        key = _key(hit)
        titled = hit.rule not in (_PROTOCOL_RULE, _MENTION)
        title = _title(text, hit.end, following) if titled else None
        blocks.setdefault(key, []).append((hit.end, following))
        case = cases.get(key)
        if case is None:
            cases[key] = StreamCase(hit.number, title, None, key, hit.rule == _ORDINAL_RULE)
        elif case.title is None:
            case.title = title
    for key, case in cases.items():
        case.conclusion = _conclusion(text, blocks[key], prefer_decisions)
    return list(cases.values())


def proposal_in_flow(text: str, start: int, end: int) -> Found | None:
    """Return the proposal written in text[start:end] ("Rådmannens forslag til vedtak: …"); a decision quoted
    from an earlier meeting ("… fattet følgende vedtak:") is not one."""
    return _conclusion(text, [(start, end)], prefer_decisions=False, proposals_only=True)


def _case_hits(text: str) -> list[_Hit]:
    written: dict[int, _Hit] = {}
    covered: set[int] = set()  # every offset inside a heading already taken; asking each hit is quadratic
    for rule in CASE_NUMBER_RULES:
        matches = (
            finditer_at_words(rule.pattern, text, rule.words) if rule.words else rule.pattern.finditer(text)
        )
        for m in matches:
            if m.start("value") in covered:
                continue
            value = Found(m.group("value"), m.start("value"), m.end("value"))
            year = m.groupdict().get("year") or ""
            if m.start("value") not in written:
                written[m.start("value")] = _Hit(rule.name, value, m.start(), m.end(), year[-2:])
                covered.update(range(m.start(), m.end()))
    ordered = sorted(written.values(), key=lambda h: h.start)
    return [
        hit
        for k, hit in enumerate(ordered)
        if hit.rule == "coded case number"
        or not (
            _NOT_A_CASE_BEFORE_RE.search(text, max(0, hit.start - 30), hit.start)
            # "96/12 12/752 PLANSTRATEGI": a bare number right after a case number is its archive number.
            or (
                k
                and hit.rule == "bare case number before a title"
                and not text[ordered[k - 1].end : hit.start].strip()
            )
        )
    ]


def _same_year(hits) -> list[_Hit]:
    """Keep the numbers of the year most cases share; a stray "85/24" is a property, not a case."""
    hits = list(hits)
    years = Counter(hit.year for hit in hits)
    common, count = years.most_common(1)[0]
    coded = {"coded case number", "case word and number"}
    return (
        [hit for hit in hits if hit.year == common or (hit.rule in coded and years[hit.year] >= 2)]
        if count >= 2
        else hits
    )


def _ordinal_run(hits: list[_Hit]) -> list[_Hit]:
    """Keep "Sak 1", "Sak 2" … that count up from the first."""
    run: list[_Hit] = []
    for hit in hits:
        n = int(hit.number.value)
        if not run and n <= 1 or run and n in (int(run[-1].number.value), int(run[-1].number.value) + 1):
            run.append(hit)
    return run


def _agenda_only(hits: list[_Hit]) -> list[_Hit]:
    """With a saksliste written, a number not on it belongs to another meeting (an earlier protocol)."""
    best: list[_Hit] = []
    run: list[_Hit] = []
    for hit in hits:
        if run and hit.start - run[-1].end > _AGENDA_GAP:
            run = []
        run.append(hit)
        if len(run) > len(best):
            best = list(run)
    if len(best) < _AGENDA_RUN:
        return hits
    listed = {_key(hit) for hit in best}
    return [hit for hit in hits if _key(hit) in listed]


def _key(hit: _Hit) -> tuple[int, ...]:
    """The digits of a number; a number whose running part was lost ("/05") is a case of its own."""
    digits = tuple(int(d) for d in re.findall(r"\d+", hit.number.value))
    return digits if len(digits) > 1 or hit.rule == _ORDINAL_RULE else (-hit.start, *digits)


def _mentions_without_year(text: str, hits: list[_Hit]) -> list[_Hit]:
    by_number = {_key(hit)[0]: hit for hit in hits if _key(hit)[0] >= 0 and hit.rule != _ORDINAL_RULE}
    mentions = []
    for m in _YEAR_LOST_RE.finditer(text):
        listed = by_number.get(int(m.group("num")))
        if listed and m.start() > listed.end:
            mentions.append(_Hit(_MENTION, listed.number, m.start(), m.end(), listed.year))
    return mentions


def _title(text: str, start: int, end: int) -> Found | None:
    """Read a title from text[start:end]: up to a label, a sentence end or a sentence run in after it."""
    segment = text[start:end]
    lead = _LEADING_NOISE_RE.match(segment.lstrip(" \t\n:.–-"))
    offset = len(segment) - len(segment.lstrip(" \t\n:.–-")) + (lead.end() if lead else 0)
    segment = segment[offset:]
    cut = len(segment)
    for pattern in (_DOT_LEADER_RE, _SUB_POINT_RE, LABEL_COLON_RE, _STOP_RE, _SENTENCE_END_RE):
        m = pattern.search(" " + segment[:cut])
        if m and pattern is LABEL_COLON_RE and m.start() == 0:
            cut = m.end() - 2  # "Orienterings- og drøftingssaker: Energirådet …": the title ends at its colon
        elif m:
            cut = min(cut, max(0, m.start() - 1) + (1 if pattern is _SENTENCE_END_RE else 0))
    cut = min(cut, _line_end(segment))
    cut = min(cut, capitals_end(segment[:cut]), run_in_end(segment[:cut]))
    value = segment[:cut]
    if len(value) > _LONGEST_TITLE:
        value = value[: value.rfind(" ", 0, _LONGEST_TITLE)]
    value = _TRAILING_NOISE_RE.sub("", value.rstrip(" .:;,–-")).rstrip(" .:;,–-")
    found = trim(value, start + offset, edge=" \t\r\n.:;,–-")
    return found if found.value and any(ch.isalpha() for ch in found.value) else None


def _line_end(segment: str) -> int:
    """A title written on its own line ends with it, unless the line stops on a joining word."""
    pos = segment.find("\n")
    while pos != -1:
        before = segment[:pos].split()
        after = segment[pos + 1 :].lstrip(" \t")
        if before and (not is_joining(before[-1]) or after[:1] == "\n"):
            return pos
        pos = segment.find("\n", pos + 1)
    return len(segment)


_CONCLUSION_RE = re.compile(
    rf"""(?:(?<=\s)|^)
    (?P<owner>[A-ZÆØÅ][\wæøå]+(?:s|\s+(?:si|sitt|sine))\s+)?           # "Rådmannens", "Rådmannen sitt"
    (?P<label>{phrases_pattern(CONCLUSION_LABELS)})
    (?:\s*\([^()]{{1,30}}\))?\s*(?P<colon>:|\s(?=(?-i:[A-ZÆØÅ1-9])))      # "Vedtak (samrøystes):", "VEDTAK Vurdering"
    """,
    re.X | re.I,
)
_CONCLUSION_STOP_RE = re.compile(
    rf"\s(?:{phrases_pattern(TITLE_STOP_LABELS)})\b|\s[A-ZÆØÅ][\wæøåÆØÅ]{{2,25}}(?:\s[\wæøå]{{2,20}}){{0,2}}\s*:(?!\d)"
)
_LONGEST_CONCLUSION = 1500


def _conclusion(
    text: str, blocks: list[tuple[int, int]], prefer_decisions: bool, proposals_only: bool = False
) -> Found | None:
    """Return the text under the first decision (or, before a meeting, proposal) label in a case's blocks."""
    found: list[tuple[bool, Found]] = []
    for start, end in blocks:
        for m in _CONCLUSION_RE.finditer(text, start, end):
            if m.group("colon") != ":" and not (m.group("owner") or m.group("label")[:1].isupper()):
                continue  # "… ble innstillingen vedtatt": a label in a sentence
            body_end = end
            stop = _CONCLUSION_STOP_RE.search(text, m.end(), end)
            if stop:
                body_end = stop.start()
            body_end = min(body_end, m.end() + _LONGEST_CONCLUSION)
            value = trim(text[m.end() : body_end], m.end(), edge=" \t\r\n\u00a0-–•·*:")
            if len(value.value) >= 8:
                found.append((_is_proposal(m), value))
    if proposals_only:
        found = [(proposal, value) for proposal, value in found if proposal]
    if not found:
        return None
    preferred = [value for proposal, value in found if proposal != prefer_decisions]
    return (preferred or [value for _, value in found])[0]


def _is_proposal(m: re.Match[str]) -> bool:
    label = m.group("label").lower()
    return bool(m.group("owner")) or not label.startswith(("vedtak", "konklusjon", "vedteke", "vedtatt"))
