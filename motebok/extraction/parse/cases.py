"""Cases: "Sak 14-22 Tittel", "PS 12/23", "014/22", numbered agenda items, saksliste bullets, and their conclusions."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import takewhile

from .case_table import table_row_fields
from .labels import Label, match_label
from .sections import bullet_agenda, heading_lines, topic_lines
from .segments import is_bullet
from .text import Found, Line, trim

_EXPLICIT_RE = re.compile(
    r"(?P<prefix>(?:sak|saksnr\.?|sak nr\.?|saknr\.?)\s*)?"
    r"(?P<num>(?:PS|RS|DS|FS|OS)\s*\d{1,4}/\d{2,4}|\d{1,3}[-/–](?:\d{4}|\d{2})(?![\d/–-])"
    r"|(?<=[Ss]ak )(?:19|20)\d\d/\d{1,3}(?![\d/-])"
    r"|(?:(?<=[Ss]ak )|(?<=[Nn]r\. )|(?<=[Nn]r ))\d{1,3}(?![\d/-]|\.\d))"
    r"(?P<sep>[\s.:–-]*)(?P<title>.*)",
    re.I,
)
_NUMBERED_RE = re.compile(r"(?P<num>\d{1,2})[.)](?!\d)(?:\s+(?P<title>\S.*))?$")
_TITLE_CUT_RE = re.compile(
    r"(?<!\s)\s+[–-]\s+(?:ved|v/|innleiing ved|innleder|innleiar|\w*frist\s+\d)|\t|(?<!\s)\s+\(ansvar|(?<!\s)\s{3,}",
    re.I,
)
# A title line ending like this was cut by the page ("… for" / "… om kommunepsykolog –").
_OPEN_END_RE = re.compile(r"\s(?:for|om|og|i|til|av|med|på|frå|fra|ved|mot|etter|under)$|[–-]$", re.I)
# "a) …", "1. …": a sub-point or item of its own, not the rest of a title.
_SUB_POINT_RE = re.compile(r"^(?:(?:[a-zæøå]|\d{1,2})[.)]\s|[-–•·*▪●])")
_LONGEST_TITLE = 160
_REPORT_ITEM_RE = re.compile(r"RS\b")
# A long line ending in a full stop is a sentence of the case text, not a title.
_SENTENCE_RE = re.compile(r"^(?:\S+\s+){7,}\S+[.!?]$")
# The document's own title and the name under it open the text; they are not themes.
_TITLE_ZONE = 3
_QUOTED_RE = re.compile(r"^«([^»]{3,})»")
_MARKER_RE = re.compile(
    r"^(?P<prefix>(?:[\wæøåÆØÅ.'’-]+\s+){0,4}?)"
    r"(?P<kw>forslag til vedtak|framlegg til vedtak|forslag til innstilling|innstilling|tilråding|vedtak"
    r"|konklusjon(?:ar|er)?|oppsummering|avgjerd|beslutning|vedteke|vedtatt|semje om|enighet om|einigheit om)"
    # "Vedtak (samrøystes):", "Vedtak, enstemmig:", "Utvalgets vedtak 04.03.2025:": a vote or a date.
    r"(?P<tail>(?:\s+(?:i|til|fra|frå|for|og)\s+[^:\n]{0,50})?(?:\s*\([^()\n]{1,30}\)|,\s*\w+)?"
    r"(?:\s+[\d.]{6,10})?)"
    r"\s*(?:(?P<colon>:)\s*(?P<rest>.*))?$",
    re.I,
)
# "Samrøystes vedteke:" heads a decision; "Enstemmig vedtatt." alone reports a vote.
_PARTICIPLES = frozenset(["vedteke", "vedtatt"])
# "Rådmannens innstilling", and in nynorsk "Kommunedirektøren si tilråding".
_POSSESSIVE_RE = re.compile(r"[A-ZÆØÅ][\wæøå]+(?:s|\s+(?:si|sitt|sine))\s+")
_INLINE_MARKER_RE = re.compile(
    r"(?:forslag til vedtak|framlegg til vedtak|innstilling|tilråding)\s*:\s*", re.I
)
_STOP_LABEL_RE = re.compile(
    r"^(?:ansvar|ansvarlig|frist|behandling|votering|oppfølging|merknad|merknader|saksopplysninger|bakgrunn"
    r"|vurdering|vedlegg|saksutredning|handsaming|røysting)\b[^:\n]{0,30}:",
    re.I,
)
_INLINE_STOP_RE = re.compile(
    r"\s(?:Bakgrunn(?: for saken)?|Saksutredning|Saksopplysningar|Saksopplysninger|Vurdering|Behandling|Votering"
    r"|Vedlegg|Saksgang|Innledning|Sammendrag|Handsaming|Økonomiske konsekvenser|Saka gjeld|Saken gjelder)\s*:"
)


@dataclass
class CaseFound:
    number: Found | None
    title: Found | None
    line: int
    conclusion: Found | None = None

    @property
    def key(self) -> tuple[int, ...] | None:
        digits = tuple(int(d) for d in re.findall(r"\d+", self.number.value)) if self.number else ()
        return digits or None


def explicit_heading(line: Line) -> CaseFound | None:
    """Return the case that a line like "Sak 14-22 Tittel" or "PS 12/23 Tittel" opens."""
    entry = line.trimmed()
    m = _EXPLICIT_RE.match(entry.value)
    if not m:
        return None
    bare = not m.group("prefix") and not m.group("num")[:1].isalpha()
    title_text = m.group("title")
    if bare and not (m.group("sep") and title_text[:1].isupper()):
        return None
    number = Found(m.group("num"), entry.start + m.start("num"), entry.start + m.end("num"))
    title = _clean_title(trim(title_text, entry.start + m.start("title"))) if title_text else None
    return CaseFound(number, title, -1)


def find_cases(
    lines: list[Line], bold: list[tuple[int, int]], skip: set[int], bullets_are_agenda: bool = False
) -> list[CaseFound]:
    """Return the document's cases in order, each with its conclusion if one is written.

    Bullets that open the text are the agenda; with `bullets_are_agenda` (an invitation), so are bullets
    after an opening line ending in a colon.
    """
    explicit = [_at(c, i) for i, line in enumerate(lines) if i not in skip and (c := explicit_heading(line))]
    agenda = _agenda_items(lines) or _bullet_items(lines, skip, bullets_are_agenda)
    for case in explicit + agenda:
        case.title = _unwrapped_title(lines, case) if case.title else _title_below(lines, case.line)
    for case in explicit:
        row = table_row_fields(lines, case.line)
        if row:
            case.title, case.conclusion = row
    if explicit:
        cases = _merge_occurrences(explicit)
        headings = [c.line for c in explicit]
    elif agenda:
        cases = agenda
        headings = _body_headings(lines, agenda)
    else:
        cases = _numbered_run(lines, bold, skip) or _topics(lines) or _upper_case_themes(lines, skip)
        headings = [c.line for c in cases]
    if not cases:
        return _concluded_sections(lines, skip)
    _attach_conclusions(lines, cases, headings, explicit)
    _report_items_decided_together(cases)
    return cases


def _bullet_items(lines: list[Line], skip: set[int], after_colon: bool) -> list[CaseFound]:
    return [
        CaseFound(None, _clean_title(lines[j].trimmed()), j) for j in bullet_agenda(lines, skip, after_colon)
    ]


def _topics(lines: list[Line]) -> list[CaseFound]:
    return [CaseFound(number, _clean_title(title), i) for i, number, title in topic_lines(lines)]


def _upper_case_themes(lines: list[Line], skip: set[int]) -> list[CaseFound]:
    """Return the headings in capitals over a summary's sections: its themes, concluded or not."""
    title_zone = [i for i, line in enumerate(lines) if not line.blank][:_TITLE_ZONE]
    themes = [
        CaseFound(None, _clean_title(lines[i].trimmed()), i)
        for i in heading_lines(lines, skip)
        if i not in title_zone and _in_capitals(lines[i].text) and not match_label(lines[i])
    ]
    return themes if len(themes) >= 2 else []


def _in_capitals(text: str) -> bool:
    return text.isupper() and bool(re.search(r"[A-ZÆØÅ]{3,}", text))


def _concluded_sections(lines: list[Line], skip: set[int]) -> list[CaseFound]:
    """Short headings over sections that end in a conclusion ("Oppsummering: …") are the themes discussed."""
    headings = heading_lines(lines, skip)
    sections = [CaseFound(None, _clean_title(lines[i].trimmed()), i) for i in headings]
    _attach_conclusions(lines, sections, headings, [])
    return [section for section in sections if section.conclusion]


def _at(case: CaseFound, index: int) -> CaseFound:
    case.line = index
    return case


def _merge_occurrences(found: list[CaseFound]) -> list[CaseFound]:
    merged: dict[tuple[int, ...] | None, CaseFound] = {}
    for case in found:
        existing = merged.get(case.key)
        if existing is None:
            merged[case.key] = case
        elif not existing.title and case.title:
            existing.title = case.title
    return list(merged.values())


def _agenda_items(lines: list[Line]) -> list[CaseFound]:
    for i, line in enumerate(lines):
        hit = match_label(line)
        if hit and hit.label is Label.AGENDA and not hit.content.value:
            items = _read_agenda(lines, i + 1)
            if items:
                return items
    return []


def _read_agenda(lines: list[Line], j: int) -> list[CaseFound]:
    while j < len(lines) and lines[j].blank:
        j += 1
    items: list[CaseFound] = []
    bulleted = j < len(lines) and is_bullet(lines[j])
    titles: set[str] = set()
    while j < len(lines) and not lines[j].blank and not match_label(lines[j]):
        entry = lines[j].trimmed()
        if bulleted and not is_bullet(lines[j]) and items and _runs_on_title(lines[j - 1].text, entry):
            j += 1  # the page wrapped the item; `_unwrapped_title` joins it
            continue
        if bulleted and not is_bullet(lines[j]) or _fold(entry.value) in titles:
            # A PDF or Word text without blank lines: the list ends where its bullets do, or where an
            # item comes back as the heading of its discussion.
            break
        titles.add(_fold(entry.value))
        case = explicit_heading(lines[j])
        if case is None:
            m = _NUMBERED_RE.match(entry.value)
            if m:
                number = Found(m.group("num"), entry.start + m.start("num"), entry.start + m.end("num"))
                case = CaseFound(
                    number, _clean_title(trim(m.group("title"), entry.start + m.start("title"))), j
                )
            else:
                case = CaseFound(None, _clean_title(entry), j)
        items.append(_at(case, j))
        j += 1
    return items


def _body_headings(lines: list[Line], agenda: list[CaseFound]) -> list[int]:
    """Return, per agenda item, the line where its discussion starts (the agenda line if none)."""
    last_agenda_line = agenda[-1].line
    titles = {_fold(c.title.value): k for k, c in enumerate(agenda) if c.title}
    headings = [c.line for c in agenda]
    for i in range(last_agenda_line + 1, len(lines)):
        k = titles.get(_fold(lines[i].trimmed().value))
        if k is not None and headings[k] == agenda[k].line:
            headings[k] = i
    return headings


def _numbered_run(lines: list[Line], bold: list[tuple[int, int]], skip: set[int]) -> list[CaseFound]:
    runs: list[list[CaseFound]] = []
    for i, line in enumerate(lines):
        if i in skip:
            continue
        entry = line.trimmed()
        m = _NUMBERED_RE.match(entry.value)
        if not m:
            continue
        n = int(m.group("num"))
        number = Found(m.group("num"), entry.start + m.start("num"), entry.start + m.end("num"))
        title = _numbered_title(lines, i, m, entry, bold)
        if not title or len(title.value) > 120:
            continue
        if n == 1:
            runs.append([CaseFound(number, title, i)])
        elif runs and int(runs[-1][-1].number.value) == n - 1:
            runs[-1].append(CaseFound(number, title, i))
    best = max(runs, key=len, default=[])
    return best if len(best) >= 2 else []


def _numbered_title(
    lines: list[Line], i: int, m: re.Match[str], entry: Found, bold: list[tuple[int, int]]
) -> Found | None:
    if m.group("title"):
        line, start = lines[i], entry.start + m.start("title")
    else:
        # The title moved to the next line (a block tag right after the number).
        j = i + 1
        while j < len(lines) and lines[j].blank:
            j += 1
        if j >= len(lines):
            return None
        line, start = lines[j], lines[j].trimmed().start
    return _bold_title(line, start, bold) or _clean_title(trim(line.text[start - line.start :], start))


def _bold_title(line: Line, start: int, bold: list[tuple[int, int]]) -> Found | None:
    for b_start, b_end in bold:
        if start <= b_start <= start + 6 and b_start < line.end:
            end = min(b_end, line.end)
            return _clean_title(trim(line.text[b_start - line.start : end - line.start], b_start))
    return None


def _unwrapped_title(lines: list[Line], case: CaseFound) -> Found | None:
    """Join a title that the page wrapped: it stops on a preposition or dash, or goes on in lower case."""
    title, j = case.title, case.line + 1
    if title is None or j >= len(lines) or lines[j].blank or lines[case.line].end + 1 != lines[j].start:
        return title
    line, following = lines[case.line], lines[j].trimmed()
    if _SUB_POINT_RE.match(lines[j].text.lstrip()) or _stops(lines[j]) or _MARKER_RE.match(following.value):
        return title
    written = line.text[title.start - line.start :].rstrip()
    if not _runs_on_title(written, following):
        return title
    joined = _clean_title(Found(f"{written} {following.value}", title.start, following.end))
    return joined if joined and len(joined.value) <= _LONGEST_TITLE else title


def _runs_on_title(written: str, following: Found) -> bool:
    """A title line goes on on the next one when it stops on a preposition or dash, or the next is in lower case."""
    return following.value[:1].islower() or bool(_OPEN_END_RE.search(written.rstrip()))


def _title_below(lines: list[Line], i: int) -> Found | None:
    """Return the title written on the line right under a bare "Sak 1." heading."""
    j = i + 1
    if j >= len(lines) or lines[j].blank or lines[i].end + 1 != lines[j].start:
        return None
    following = lines[j].trimmed()
    if _stops(lines[j]) or _MARKER_RE.match(following.value) or len(following.value) > _LONGEST_TITLE:
        return None
    if _SENTENCE_RE.search(following.value):
        return None  # the case text starts at once: "Kari Moe orienterte om status i kommunene."
    return _clean_title(following)


def _clean_title(title: Found) -> Found | None:
    value, start = title.value, title.start
    quoted = _QUOTED_RE.match(value)
    if quoted:
        return Found(quoted.group(1).strip(), start + 1, start + 1 + len(quoted.group(1).strip()))
    cut = _TITLE_CUT_RE.search(value)
    if cut:
        value = value[: cut.start()]
    value = value.strip(" .:–-")
    return Found(value, start, start + len(value)) if value else None


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _attach_conclusions(
    lines: list[Line], cases: list[CaseFound], headings: list[int], occurrences: list[CaseFound]
) -> None:
    starts = sorted(set(headings))
    if occurrences:
        by_key: dict[tuple[int, ...] | None, list[int]] = {}
        for occ in occurrences:
            by_key.setdefault(occ.key, []).append(occ.line)
        blocks = [by_key.get(case.key, [case.line]) for case in cases]
    else:
        blocks = [[h] for h in headings]
    for case, block_starts in zip(cases, blocks, strict=True):
        if case.conclusion:
            continue  # read from the case's own table row
        for start in block_starts:
            # The next heading by bisection: a scan from the top for every case is quadratic in the headings.
            after = bisect_right(starts, start)
            end = starts[after] if after < len(starts) else len(lines)
            case.conclusion = conclusion_in(lines, start, end)
            if case.conclusion:
                break


def _report_items_decided_together(cases: list[CaseFound]) -> None:
    """Give the one decision written after a run of referatsaker (RS) to the case that lists them all."""
    for k, lister in enumerate(cases):
        run = list(takewhile(_is_report_item, cases[k + 1 :]))
        if _is_report_item(lister) or not run or lister.conclusion:
            continue
        if run[-1].conclusion and not any(item.conclusion for item in run[:-1]):
            lister.conclusion, run[-1].conclusion = run[-1].conclusion, None


def _is_report_item(case: CaseFound) -> bool:
    return bool(case.number and _REPORT_ITEM_RE.match(case.number.value))


def conclusion_in(lines: list[Line], start: int, end: int, proposals_first: bool = False) -> Found | None:
    """Return the text under a vedtak/konklusjon/oppsummering/innstilling marker in lines[start:end].

    A decision ("Vedtak") wins over a proposal ("forslag til vedtak", "innstilling") in the same case,
    unless `proposals_first` (a case presentation, where nothing is decided yet).
    """
    found: list[tuple[bool, Found]] = []
    for i in range(start, end):
        if i == start and explicit_heading(lines[i]):
            continue
        entry = lines[i].trimmed()
        m = _MARKER_RE.match(entry.value)
        if not m or not _stands_as_marker(m, lines[i]) or len(entry.value) > 400:
            continue
        rest = m.group("rest") or ""
        text = _paragraph(lines, i, end, entry.start + m.start("rest") if rest else None)
        if text:
            found.append((_is_proposal(m.group("kw"), m.group("prefix")), text))
    if not found:
        for i in range(start, end):
            m = _INLINE_MARKER_RE.search(lines[i].text)
            if m:
                return _paragraph(lines, i, end, lines[i].start + m.end())
        return None
    preferred = [text for proposal, text in found if proposal == proposals_first]
    return (preferred or [text for _, text in found])[0]


def _stands_as_marker(m: re.Match[str], line: Line) -> bool:
    """A marker opens its line bare, ends in a colon, or follows an owner ("Rådmannens forslag til vedtak")."""
    prefix = m.group("prefix")
    if m.group("colon") or line.text.rstrip().endswith(":"):
        return True
    if m.group("kw").lower() in _PARTICIPLES:
        return False
    return not prefix or bool(_POSSESSIVE_RE.fullmatch(prefix))


def _is_proposal(keyword: str, prefix: str) -> bool:
    return bool(
        re.match(r"forslag|framlegg|innstilling|tilråding", keyword, re.I) or "forslag" in prefix.lower()
    )


def _paragraph(lines: list[Line], i: int, end: int, inline_start: int | None) -> Found | None:
    if inline_start is not None:
        # "Vedtak: text" ends with its line, unless the page wrapped it: the line stops mid-sentence
        # or the text runs on in lower case.
        first, j = inline_start, i + 1
        parts = [lines[i].text[inline_start - lines[i].start :]]
        while j < end and _runs_on(parts[-1], lines[j]):
            parts.append(lines[j].text)
            j += 1
    else:
        j = i + 1
        while j < end and lines[j].blank:
            j += 1
        if j >= end:
            return None
        first, parts = lines[j].start, [lines[j].text]
        j += 1
        while j < end and not lines[j].blank and not _stops(lines[j]):
            parts.append(lines[j].text)
            j += 1
    text = "\n".join(parts)
    stop = _INLINE_STOP_RE.search(text)
    if stop:
        text = text[: stop.start()]
    found = trim(text, first, edge=" \t\r\n\u00a0-–•·*")
    if not found.value or _stops_text(found.value):
        return None
    return found


def _runs_on(text: str, following: Line) -> bool:
    head = following.trimmed().value[:1]
    if not head or _stops(following) or _MARKER_RE.match(following.trimmed().value):
        return False
    return head.islower() or text.rstrip()[-1:] not in ".!?:;"


def _stops(line: Line) -> bool:
    entry = line.trimmed().value
    return bool(_STOP_LABEL_RE.match(entry) or explicit_heading(line) or match_label(line))


def _stops_text(value: str) -> bool:
    return bool(_STOP_LABEL_RE.match(value))
