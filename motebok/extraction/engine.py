"""One document in, one meeting record out, or one line saying why not: what `motebok extract` and the importer call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from motebok.extraction.deadline import TimeLimitExceeded, seconds_for, time_limit
from motebok.extraction.errors import EngineFailure, UnreadableDocument
from motebok.extraction.readers import SourceText, read_document
from motebok.extraction.record import MeetingRecord

_MAX_DETAIL = 160


@dataclass(frozen=True)
class ExtractedDocument:
    """A document's text as read and the meeting record found in it."""

    source: SourceText
    record: MeetingRecord


def extract_document(path: str | Path) -> ExtractedDocument:
    """Read and parse one file within its time limit; raise UnreadableDocument with a one-line reason otherwise.

    An EngineFailure (a subclass) means the fault is the engine's: a bug, or a rule too slow for the input.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_document reports the missing or unreadable file in its own words
    seconds = seconds_for(size)
    try:
        with time_limit(seconds):
            source = read_document(path)
            from motebok.extraction.parse import extract_record

            record = extract_record(source.text, ocr=source.ocr)
    except UnreadableDocument:
        raise
    except TimeLimitExceeded:
        limit, megabytes = (f"{seconds:g}".replace(".", ","), f"{size / 1024**2:.1f}".replace(".", ","))
        raise EngineFailure(
            path,
            f"lesingen ble avbrutt etter {limit} sekunders regnetid (grensen for et dokument på {megabytes} MB); "
            "del dokumentet opp eller sett MOTEBOK_SECONDS_PER_DOCUMENT høyere",
        ) from None
    except MemoryError:
        raise UnreadableDocument(path, "dokumentet krevde mer minne enn maskinen har; del det opp") from None
    except Exception as error:  # a bug on one document must not cost the user the rest of the batch
        detail = " ".join(str(error).split())[:_MAX_DETAIL]
        raise EngineFailure(
            path, f"intern feil under lesingen ({type(error).__name__}: {detail}); meld fra om feilen"
        ) from None
    return ExtractedDocument(source, record)
