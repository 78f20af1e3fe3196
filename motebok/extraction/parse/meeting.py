"""When, where and how the meeting was held, and which body held it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import find_dates, find_time_range
from .flow import label_end, run_in_end
from .labels import Label, labels_in, match_label
from .text import WRAPPED_WIDTH, Found, Line, trim
from .vocabulary import (
    DIGITAL_WORDS,
    HELD_VERBS,
    ONLINE_SERVICES,
    TITLE_STOP_LABELS,
    WEEKDAY_ALT,
    phrases_pattern,
)

_SERVICES = phrases_pattern(ONLINE_SERVICES)
_DIGITAL_RE = re.compile(rf"\b(?:{_SERVICES}|{phrases_pattern(DIGITAL_WORDS)})\b", re.I)
_HYBRID_RE = re.compile(
    r"\bhybrid|\bfysisk og digitalt|\bog digitalt\b|\beller digitalt\b|\bog på teams\b"
    r"|\b(?:mulig|mogleg|kan|kunne)\s+(?:også\s+|og\s+)?(?:å\s+)?delta\s+(?:på\s+teams|digitalt|på\s+nett)",
    re.I,
)
# A pattern that opens with white space starts where its run starts ("(?<!\s)"), so that it stays linear.
_PLACE_LEAD_RE = re.compile(r"(?<!\s)\s+(?:i|på)\s")
_DIGITAL_BY_RE = re.compile(r"(?<!\s)\s*(?:digitalt|digital|videomøte|nettmøte)\s+(?:på|via|over|i)\s+", re.I)
_VIA_RE = re.compile(r"^(?:via|på|over|i)\s+(?P<place>.+)$", re.I)
_WEEKDAY_RE = re.compile(rf"^(?:{WEEKDAY_ALT})\b", re.I)
_HELD_ON_RE = re.compile(
    r"møtet(?:\s+i\s+[^.\n]{1,60}?)?\s+(?:ble|vart|blei|er|vert|blir)"
    r"(?:\s+(?:holdt|halde|haldt|avholdt|avhalde|gjennomført|gjennomført))?(?:\s+digitalt)?"
    r"\s+(?:på|via|i|over)\s+(?P<place>[^.\n]{2,60})"
    r"|møtet\s+(?:fant|fann|finner|finn)\s+(?:sted|stad)\s+(?:på|i|via)\s+(?P<found_place>[^.\n]{2,60})"
    # "Vest-Telemarkrådet hadde møte i Fyresdal næringshage 12. november": told as news.
    r"|\bhadde\s+(?-i:[A-ZÆØÅ][\wæøåÆØÅ-]+\s+)?møte\s+(?:i|på)\s+(?P<had_place>[^.\n]{2,80})",
    re.I,
)
# Where a place written in prose stops: the day, date or time that follows it.
_PLACE_END_RE = re.compile(
    rf"(?<!\s)\s+(?:(?:{WEEKDAY_ALT}|den|fra|frå|kl)\b"
    r"|\d)",
    re.I,
)
_WEEKDAY_BEFORE_RE = re.compile(
    rf"\b(?:{WEEKDAY_ALT})\s+(?:den\s+)?$",
    re.I,
)
# "Møteform: Teams", "Møteform: hybrid": a format label names no place.
_FORM_DIGITAL_RE = re.compile(r"\bmøteform\s*:\s*(?:teams|zoom|digital|digitalt|video|videomøte)\b", re.I)
_FORM_HYBRID_RE = re.compile(r"\bmøteform\s*:\s*hybrid", re.I)
_SERVICE_IN_BRACKETS_RE = re.compile(
    rf"^\s*(?:digitalt?|videomøte|nettmøte)\s*\(\s*(?P<service>{_SERVICES})\s*\)", re.I
)
# A line that gives a time or a label's colon is no place line: "kl 0900", "09:00", "Tid:".
_ANY_TIME_RE = re.compile(r"[:\t]|\bkl\.?\s*\d|\d{1,2}[.:]\d{2}")
_SENTENCE_AFTER_RE = re.compile(r"(?<=\w\w)\.\s+(?=[A-ZÆØÅ])")
_NOT_A_PLACE_RE = re.compile(r"^(?:uke|veke|week|kl)\b|:", re.I)
_WHEN_WHERE_RE = re.compile(r"^\W*(?:dato|tid)\s+og\s+(?:sted|stad)\b", re.I)
# "møterom 2 og Teams", "Rådhuset / Teams", "Rådhuset – eller på Teams": the remote option is the format, not part of the place.
_REMOTE_TAIL_RE = re.compile(
    rf"(?<!\s)\s*(?:og|/|\+|,\s*eller|,|[–-]\s+eller|eller)\s*(?:på\s+|via\s+)?(?:{_SERVICES}|digitalt)\b.*$",
    re.I,
)


# "Behandling", "Saksopplysninger": a heading of the text under the date, not a place.
_LONGEST_PLACE = 110
_PROSE_LINES = 200
_MET_AT_RE = re.compile(
    r"\b(?:møttes|møttest|møtet\s+(?:ble\s+satt|vart\s+sett|startet|starta|begynte|tok\s+til))\s+kl\.?\s*"
    r"(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)\b",
    re.I,
)
# A date this far into a line is in its text, not its title (a page run into one line).
_TITLE_DATE_REACH = 200
_HEADING_RE = re.compile(rf"(?:{phrases_pattern(TITLE_STOP_LABELS)})\b")
_CASE_NUMBER_RE = re.compile(r"\s(?:[A-ZÆØÅ]{2,3}[ -])?\d{0,3}/\d{2,4}\b")
# "tirsdag 2. og onsdag 3. oktober 2012": a meeting over two days is dated by its first.
_FIRST_DAY_RE = re.compile(
    rf"(?P<day>\d{{1,2}})\.\s*(?:og|–|-)\s*(?:(?:{WEEKDAY_ALT})\s+)?(?:den\s+)?$",
    re.I,
)
# "26. september september 2012": a transcript that wrote the month twice.
_REPEATED_WORD_RE = re.compile(r"\b([a-zæøå]{3,})(\s+)\1\b", re.I)


def _case_number_end(value: str) -> int:
    m = _CASE_NUMBER_RE.search(value)
    return m.start() if m else len(value)


@dataclass
class MeetingFound:
    date: Found | None = None
    date_value: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    time_span: tuple[int, int] | None = None
    place: Found | None = None
    format: str | None = None


def find_meeting(
    lines: list[Line], header_end: int, labelled_only: bool, document_year: int | None = None
) -> MeetingFound:
    """Read date, times and place from the header lines (those before `header_end`).

    `document_year` (the year of the document's first full date, such as an e-mail's send date) completes
    a meeting date written as "torsdag 12. desember".
    """
    header = lines[:header_end]
    meeting = MeetingFound()
    date_line = _labelled_date(header, meeting, _written_years(header))
    # "Tid og sted: 5. november 2024, kl. 10.00, Scandic City": the place follows the labelled date.
    place_follows = date_line is None or bool(_WHEN_WHERE_RE.match(header[date_line].text))
    if date_line is None and not labelled_only:
        date_line = _title_date(header, meeting, document_year)
    _times(header, date_line, meeting)
    if meeting.start is None:
        _prose_start(lines[: max(header_end, _PROSE_LINES)], meeting)
    # "Dato: 4. mars 2025, kl. 09.00, Teams": a labelled date may still end with the place on its line.
    _place(header, date_line, meeting, lines_below=place_follows)
    return meeting


def _written_years(header: list[Line]) -> dict[tuple[int, int], int]:
    """Return the year written with each day and month in the header ("Møte AU 7. april 2017")."""
    years: dict[tuple[int, int], int] = {}
    for line in header:
        for d in find_dates(line.text):
            value = d.resolve(None) if d.year else None
            if value:
                years.setdefault((value.day, value.month), value.year)
    return years


def _labelled_date(
    header: list[Line], meeting: MeetingFound, years: dict[tuple[int, int], int]
) -> int | None:
    for i, line in enumerate(header):
        for label, start, end in labels_in(line):
            # "Tid: onsdag 9. april 2025 kl. 13–15": a time label may give the date too.
            if label in (Label.DATE, Label.TIME) and _take_date(line, start, end, meeting):
                return i
            # "tid: 7. april 207" under "Møte AU 7. april 2017": the same day written with its year.
            if label in (Label.DATE, Label.TIME) and _take_known_date(line, start, end, meeting, years):
                return i
        hit = match_label(line)
        if hit and hit.label is Label.DATE and not hit.content.value and i + 1 < len(header):
            nxt = header[i + 1]
            if _take_date(nxt, nxt.start, nxt.end, meeting):
                return i + 1
    return None


def _title_date(header: list[Line], meeting: MeetingFound, document_year: int | None) -> int | None:
    shown = [i for i, line in enumerate(header) if not line.blank][:8]
    for rank, i in enumerate(shown):
        line = header[i]
        dates = [d for d in find_dates(line.text) if d.start < _TITLE_DATE_REACH]
        full = [d for d in dates if d.year]
        if not full and document_year:
            dated = [d for d in dates if _WEEKDAY_BEFORE_RE.search(line.text[: d.start])]
            if dated and _take_date(line, line.start + dated[0].start, line.end, meeting, document_year):
                return i
            continue
        if not full:
            continue
        lead = line.text[: full[0].start].strip(" \t*-–:,")
        plausible = rank < 3 or not lead or _WEEKDAY_RE.match(lead) or len(lead) < 40
        if plausible and _take_date(line, line.start, line.end, meeting):
            return i
    return None


def _take_date(
    line: Line, start: int, end: int, meeting: MeetingFound, document_year: int | None = None
) -> bool:
    text = _REPEATED_WORD_RE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), line.text)
    dates = [d for d in find_dates(text, start - line.start, end - line.start) if d.year or document_year]
    if not dates:
        return False
    d = dates[0]
    value = d.resolve(document_year)
    if value is None:
        return False
    first = _FIRST_DAY_RE.search(text, max(0, d.start - 40), d.start)
    # "31. og 1. april": a first day after the last is in another month; keep the date written then.
    if first and int(first.group("day")) < value.day:
        value = value.replace(day=int(first.group("day")))
    meeting.date = Found(line.text[d.start : d.end], line.start + d.start, line.start + d.end)
    meeting.date_value = value
    return True


def _prose_start(lines: list[Line], meeting: MeetingFound) -> None:
    """Take the start from prose: "Regionrådets medlemmer møttes kl. 12:00 i Scandic Vadsøs møtelokaler"."""
    for line in lines:
        m = _MET_AT_RE.search(line.text)
        if m:
            meeting.start = dt.time(int(m.group("hour")), int(m.group("minute")))
            meeting.time_span = (line.start + m.start("hour"), line.start + m.end("minute"))
            return


def _take_known_date(
    line: Line, start: int, end: int, meeting: MeetingFound, years: dict[tuple[int, int], int]
) -> bool:
    for d in find_dates(line.text, start - line.start, end - line.start):
        if d.year is None and (d.day, d.month) in years:
            return _take_date(line, start, end, meeting, years[(d.day, d.month)])
    return False


def _times(header: list[Line], date_line: int | None, meeting: MeetingFound) -> None:
    candidates: list[tuple[Line, int, int, bool]] = []
    if date_line is not None:
        line = header[date_line]
        candidates.append((line, 0, len(line.text), False))
        following = header[date_line + 1] if date_line + 1 < len(header) else None
        if following and _wrapped(line, following):
            candidates.append((following, 0, len(following.text), False))
        if meeting.date:
            # The title written again with the digits the transcript dropped ("… 15. mai 2009 kl 12.45 15.00").
            candidates.extend(
                (other, 0, len(other.text), False)
                for other in header
                if other is not line and meeting.date.value in other.text
            )
    for line in header:
        for label, start, end in labels_in(line):
            if label in (Label.TIME, Label.DATE):
                # "Dato: Fredag Tidsrom: :15. Innkalles: … (til kl. 11:15)": a value ends at the next label.
                value_end = start - line.start + label_end(line.text[start - line.start : end - line.start])
                candidates.append((line, start - line.start, value_end, label is Label.TIME))
        hit = match_label(line)
        if (
            hit
            and hit.label is Label.TIME
            and hit.content.value
            and ":" not in line.text[: hit.content.start - line.start]
        ):
            # "Tid<TAB>13:00–15:00": a table row of the header (Word, HTML) has no colon after its label.
            candidates.append((line, hit.content.start - line.start, len(line.text), True))
    for line, start, end, labelled in candidates:
        found = find_time_range(line.text, start, end, labelled)
        if found:
            meeting.start, meeting.end = found.start, found.end
            meeting.time_span = (line.start + found.span[0], line.start + found.span[1])
            return


def _plausible(place: Found | None) -> Found | None:
    """Keep a place that reads as one: it ends with its sentence, opens with a letter and is short."""
    if place is None:
        return None
    value = _SENTENCE_AFTER_RE.split(place.value)[0]
    if not value[:1].isalnum() or len(value) > _LONGEST_PLACE:
        return None
    return Found(value, place.start, place.start + len(value))


def _place(header: list[Line], date_line: int | None, meeting: MeetingFound, lines_below: bool) -> None:
    place = _plausible(
        _labelled_place(header) or _via_place(header) or _place_after_date(header, date_line, lines_below)
    )
    header_text = "\n".join(line.text for line in header)
    if place and _DIGITAL_RE.search(place.value):
        physical_too = len(_DIGITAL_RE.sub("", place.value).strip(" /,.-–og")) > 3
        meeting.format = "hybrid" if physical_too or _HYBRID_RE.search(header_text) else "digital"
        remote_tail = _REMOTE_TAIL_RE.search(place.value)
        if physical_too and remote_tail and remote_tail.start() > 0:
            place = Found(place.value[: remote_tail.start()], place.start, place.start + remote_tail.start())
    elif place:
        meeting.format = "hybrid" if _HYBRID_RE.search(header_text) else "physical"
    elif _FORM_HYBRID_RE.search(header_text):
        meeting.format = "hybrid"
    elif re.search(
        rf"\b(?:digitalt møte|teamsmøte|teams-møte|videomøte|nettmøte|telefonmøte|telefonmøtet"
        rf"|(?:{phrases_pattern(HELD_VERBS)})\s+digitalt)\b",
        header_text,
        re.I,
    ) or _FORM_DIGITAL_RE.search(header_text):
        meeting.format = "digital"
    meeting.place = place


def _labelled_place(header: list[Line]) -> Found | None:
    for i, line in enumerate(header):
        for label, start, end in labels_in(line):
            if label is Label.PLACE:
                value = line.text[start - line.start : end - line.start]
                # "Digitalt (Teams)": the service in brackets is the place.
                service = _SERVICE_IN_BRACKETS_RE.match(value)
                if service:
                    return trim(service.group("service"), start + service.start("service"))
                # "Tid og stad: 18. mars 2025, 10:00–15:00, Stryn kulturhus": the place follows the time.
                when_end = _when_end(value)
                value, start = value[when_end:], start + when_end
                # "Scandic Hell, Stjørdal. Deltakarane kunne …": the place ends with its sentence.
                value = _SENTENCE_AFTER_RE.split(re.sub(r"\s*\(.*", "", value))[0]
                # "Digitalt på Teams": the place is the service; the format is read from it anyway.
                digital = _DIGITAL_BY_RE.match(value)
                if digital:
                    value, start = value[digital.end() :], start + digital.end()
                following = header[i + 1] if i + 1 < len(header) else None
                if value.rstrip().endswith(",") and following and _wrapped(line, following):
                    # "Stad: Gol kulturhus, / Tinghuset": the page wrapped the place.
                    value = f"{value} {following.trimmed().value}"
                # "Frei rådhus - kommunestyresalen Sakliste Merknader …": a transcript ran the next text in.
                value = value[: min(label_end(value), run_in_end(value), _case_number_end(value))]
                found = trim(value, start, edge=" \t,.;:-–")
                if found.value:
                    return found
        hit = match_label(line)
        if hit and hit.label is Label.PLACE and ":" not in line.text and hit.content.value:
            # "Stad<TAB>Rådhuset / Teams": a table row of the header.
            return hit.content
        if hit and hit.label is Label.PLACE and not hit.content.value and i + 1 < len(header):
            found = header[i + 1].trimmed()
            if found.value:
                return found
    return None


def _when_end(value: str) -> int:
    """Return where the date and time that open a value ("18. mars 2025, 10:00–15:00, …") end, or 0."""
    lead = len(value) - len(value.lstrip())
    if not value[lead : lead + 1].isdigit() and not _WEEKDAY_RE.match(value[lead:]):
        return 0
    dates = find_dates(value)
    times = find_time_range(value, 0, len(value))
    end = max(([dates[0].end] if dates else []) + ([times.span[1]] if times else []), default=0)
    return end if "," in value[end : end + 3] else 0


def _via_place(header: list[Line]) -> Found | None:
    for line in header:
        held = _HELD_ON_RE.search(line.text)
        if held:
            group = next(g for g in ("place", "found_place", "had_place") if held.group(g))
            place = _PLACE_END_RE.split(held.group(group))[0]
            return trim(place, line.start + held.start(group), edge=" \t,.;:-–")
        entry = line.trimmed()
        m = _VIA_RE.match(entry.value)
        if m and _DIGITAL_RE.search(m.group("place")) and len(entry.value) < 40:
            return Found(m.group("place").rstrip(". "), entry.start + m.start("place"), entry.end)
        if entry.value and _DIGITAL_RE.fullmatch(entry.value.rstrip(".")):
            return entry
    return None


def _place_after_date(header: list[Line], date_line: int | None, lines_below: bool) -> Found | None:
    if date_line is None:
        return None
    line = header[date_line]
    dates = find_dates(line.text)
    times = find_time_range(line.text, 0, len(line.text))
    after = max([d.end for d in dates] + ([times.span[1]] if times else []), default=0)
    rest = line.text[after:]
    if "," in rest or _PLACE_LEAD_RE.match(rest):
        following = header[date_line + 1] if date_line + 1 < len(header) else None
        if lines_below and following and _wrapped(line, following) and not match_label(following):
            # "… kl. 10.00–15.00 på Nordfjord / hotell, Nordfjordeid.": the place runs to the sentence end.
            rest = f"{rest} {following.text.split('.')[0]}"
        found = trim(re.sub(r"^\s*,?\s*(?:i\s|på\s)?", "  ", rest), line.start + after, edge=" \t,.;:-–")
        if found.value and not find_dates(found.value) and (lines_below or _short_place(found.value)):
            return found
    for nxt in header[date_line + 1 : date_line + 3] if lines_below else []:
        if nxt.blank:
            continue
        # "Vefsn rådhus, møterom 2 (noen deltok på Teams)": the note in brackets is no part of the place.
        entry = trim(nxt.text.split("(")[0], nxt.start)
        if match_label(nxt) or _ANY_TIME_RE.search(entry.value) or find_dates(entry.value):
            return None
        if (
            0 < len(entry.value.split()) <= 6
            and entry.value[:1].isupper()
            and not _HEADING_RE.match(entry.value)
        ):
            return entry
        return None
    return None


def _short_place(value: str) -> bool:
    """Tell whether what follows a labelled date ("…, Rådhuset, møterom 2") reads as a place."""
    return len(value.split()) <= 6 and not _WEEKDAY_RE.match(value) and not _NOT_A_PLACE_RE.search(value)


def _wrapped(line: Line, following: Line) -> bool:
    end = line.text.rstrip()
    return not following.blank and (len(end) >= WRAPPED_WIDTH or end[-1] == ",") and end[-1] not in ".!?:"
