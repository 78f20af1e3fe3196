"""The one case of a saksframlegg: its number, body and meeting date from the "Saksnr Utvalg Møtedato" table."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .cases import CaseFound, conclusion_in
from .dates import find_dates
from .text import Found, Line, table_cells, trim

_TABLE_RE = re.compile(
    r"(?:utv\.?\s*saksnr\.?|utvalgssaksnr\.?|utvalssaksnr\.?|utvalgssak|saksnr\.?|sak nr\.?)\s+"
    r"(?:utvalg|utval)\s+(?:type\s+)?(?:møtedato|dato)\s+",
    re.I,
)
_NUMBER_RE = re.compile(r"(?:PS\s*)?\d{1,4}/\d{2,4}")
_TITLE_RE = re.compile(
    r"\b(?:saks(?:fram|frem)legg|saksutgreiing|saksutredning)\b[\s.:–-]*(?P<title>.*)", re.I
)
_COLUMNS = (
    ("number", re.compile(r"utv\.?\s*saksnr\.?|utvalgssaksnr\.?|utvalssaksnr\.?|utvalgssak|utvalsak|utvalssak|saksnr\.?"
                          r"|sak nr\.?|saknr\.?", re.I)),
    ("body", re.compile(r"utvalg|utval|organ|saksgang|saksgong", re.I)),
    ("date", re.compile(r"møtedato|dato", re.I)),
)  # fmt: skip
_LONGEST_TITLE = 250
_PROPOSAL_SEARCH = 80
_PROPOSAL_LABEL_RE = re.compile(
    r"(?<![\w\s])\s*(?:[A-ZÆØÅ][\wæøå]+(?:s|\s+(?:si|sitt))\s+)?(?:forslag til vedtak|framlegg til vedtak|innstilling|tilråding)\s*:?\s*$",
    re.I,
)
_CAPITALS_SEARCH = 3000
_CAPITALS_RE = re.compile(
    r"(?<![\wæøåÆØÅ])[A-ZÆØÅ][A-ZÆØÅ/-]+(?:\s+(?:[A-ZÆØÅ0-9][A-ZÆØÅ0-9/.,-]*(?![\wæøå])|[-–]))+"
)
_HEADER_WORDS = frozenset(
    ["SAKSFRAMLEGG", "SAKSFREMLEGG", "SAMMENDRAG", "SAKSOPPLYSNINGER", "SAKSUTREDNING", "VEDLEGG"]
)
_ORDINAL_RE = re.compile(r"\d{1,2}\.?\s+(?=\D)")
_FIELD_RE = re.compile(r"^[\wæøå. ]{2,30}:")


@dataclass
class PresentedCase:
    case: CaseFound
    body: Found | None
    date: Found | None
    date_value: dt.date | None


def header_case(lines: list[Line]) -> PresentedCase | None:
    """Return the case a case presentation argues, read from its header."""
    for i, line in enumerate(lines[:60]):
        columns = _tab_header(line)
        if columns:
            row_index = _next_row(lines, i)
            if row_index is None:
                return None
            number, body, date = _tab_row(lines[row_index], columns)
        else:
            m = _TABLE_RE.search(line.text)
            if not m:
                continue
            row_index, row_start = (i, m.end()) if line.text[m.end() :].strip() else (_next_row(lines, i), 0)
            if row_index is None:
                return None
            number, body, date = _row(lines[row_index], row_start)
        if number is None:
            return None
        if body:
            # "1 Formannskapet": the Saksgang table numbers the bodies in the order they treat the case.
            ordinal = _ORDINAL_RE.match(body.value)
            body = (
                Found(body.value[ordinal.end() :], body.start + ordinal.end(), body.end) if ordinal else body
            )
        case = CaseFound(number, _title(lines, row_index + 1), i)
        # No decision is made yet: the proposal ("forslag til vedtak") is what the case concludes.
        case.conclusion = conclusion_in(lines, i, len(lines), proposals_first=True)
        # The date column may hold no date at all ("ikke fastsatt").
        dates = find_dates(date.value) if date else []
        value = dates[0].resolve(None) if dates else None
        return PresentedCase(case, body, date, value)
    return None


def _tab_header(line: Line) -> dict[str, int] | None:
    if "\t" not in line.text and "  " not in line.text.strip():
        return None
    columns = {}
    for k, cell in enumerate(table_cells(line)):
        for kind, pattern in _COLUMNS:
            if pattern.fullmatch(cell.value):
                columns.setdefault(kind, k)
    return columns if {"number", "body"} <= columns.keys() else None


def _tab_row(line: Line, columns: dict[str, int]) -> tuple[Found | None, Found | None, Found | None]:
    cells = table_cells(line)

    def cell(kind: str) -> Found | None:
        k = columns.get(kind)
        return cells[k] if k is not None and k < len(cells) and cells[k].value else None

    number = cell("number")
    if number is None or not _NUMBER_RE.fullmatch(number.value):
        return None, None, None
    return number, cell("body"), cell("date")


def _next_row(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, min(i + 4, len(lines))):
        if not lines[j].blank:
            return j
    return None


def _row(line: Line, start: int) -> tuple[Found | None, Found | None, Found | None]:
    rest = line.text[start:]
    m = _NUMBER_RE.match(rest.lstrip())
    if not m:
        return None, None, None
    lead = len(rest) - len(rest.lstrip())
    number = Found(m.group(0), line.start + start + lead, line.start + start + lead + m.end())
    after = rest[lead + m.end() :]
    offset = line.start + start + lead + m.end()
    cells = re.split(r"\t|\s{2,}", after.strip()) if re.search(r"\t|\s{2,}", after.strip()) else None
    if cells:
        body = trim(cells[0], offset + after.find(cells[0]))
    else:
        word = re.match(r"\s*(\S+)", after)
        body = trim(word.group(1), offset + word.start(1)) if word else None
    dates = find_dates(after[:80])
    date = (
        Found(after[dates[0].start : dates[0].end], offset + dates[0].start, offset + dates[0].end)
        if dates
        else None
    )
    return number, body if body and body.value else None, date


def _title(lines: list[Line], after_table: int) -> Found | None:
    for i, line in enumerate(lines[:40]):
        m = _TITLE_RE.search(line.text)
        if not m:
            continue
        title = trim(m.group("title"), line.start + m.start("title"))
        if title.value and not _FIELD_RE.match(title.value):
            return _first_sentence_of_flattened(title)
        return _first_plain_line(lines[max(i + 1, after_table) : max(i, after_table) + 15])
    # No "Saksframlegg" word: the title is the heading under the header table.
    return _first_plain_line(lines[after_table : after_table + 15])


def _first_plain_line(lines: list[Line]) -> Found | None:
    for k, line in enumerate(lines):
        entry = line.trimmed()
        header_field = _FIELD_RE.match(entry.value) or _TABLE_RE.search(entry.value)
        if entry.value and not header_field and not re.match(r"\d", entry.value):
            return _unwrapped(entry, lines[k + 1 :])
    return None


def _unwrapped(title: Found, following: list[Line]) -> Found:
    """Join the lines of a title the page wrapped: they go on in lower case, up to the proposal's label."""
    for line in following:
        entry = line.trimmed()
        if (
            not entry.value[:1].islower()
            or line.text.rstrip().endswith(":")
            or len(title.value) > _LONGEST_TITLE
        ):
            break
        title = Found(f"{title.value} {entry.value}", title.start, entry.end)
    return title


def title_above_proposal(lines: list[Line]) -> Found | None:
    """Return the paragraph right above the proposal ("Kommunedirektørens forslag til vedtak:"): the title of
    a case presentation whose header table names no case number."""
    for i, line in enumerate(lines[:_PROPOSAL_SEARCH]):
        if not _PROPOSAL_LABEL_RE.match(line.text):
            continue
        j = i
        while j > 0 and not lines[j - 1].blank and not _FIELD_RE.match(lines[j - 1].trimmed().value):
            j -= 1
        if j == i:
            return None
        first, last = lines[j].trimmed(), lines[i - 1].trimmed()
        return Found(" ".join(line.trimmed().value for line in lines[j:i]), first.start, last.end)
    return None


def title_in_capitals(text: str) -> Found | None:
    """Return the first heading written in capitals ("POLITISK ORGANISERING FOR PERIODEN"): the title of a
    case presentation whose header table a transcript lost."""
    for m in _CAPITALS_RE.finditer(text, 0, _CAPITALS_SEARCH):
        words = [w for w in m.group().split() if w.strip("-–").isalpha() and w.upper() not in _HEADER_WORDS]
        if len(words) >= 3:
            value = m.group().strip(" .:-–")
            return Found(value, m.start(), m.start() + len(value))
    return None


def _first_sentence_of_flattened(title: Found) -> Found:
    """Cut a title that runs on into the header fields of a flattened page."""
    cut = re.search(r"\s(?:Arkiv|Saksbehandler|Utv\.?\s*saksnr|Saksnr|Dato)\b", title.value)
    value = title.value[: cut.start()] if cut else title.value
    return Found(value.rstrip(" .:"), title.start, title.start + len(value.rstrip(" .:")))
