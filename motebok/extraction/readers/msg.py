"""Outlook messages (.msg) through extract-msg: subject, sender, date, text and attachments."""

from __future__ import annotations

from pathlib import Path

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.source import Attachment, Extracted


def read(path: Path) -> Extracted:
    """Read an Outlook message; a damaged one is refused with a reason."""
    import extract_msg
    from extract_msg.exceptions import ExMsgBaseException

    try:
        message = extract_msg.openMsg(str(path), delayAttachments=False)
    except (ExMsgBaseException, OSError, ValueError, KeyError, NotImplementedError) as error:
        raise UnreadableDocument(
            path,
            f"Outlook-meldingen er skadet eller av en type som ikke støttes ({error}); lagre den som .eml",
        ) from None
    with message:
        lines = [message.subject or ""]
        lines += [
            f"{label}: {value}" for label, value in (("Fra", message.sender), ("Dato", message.date)) if value
        ]
        body = message.body or ""
        if not body.strip() and message.htmlBody:
            from motebok.extraction.readers.markup import html_to_text

            body = html_to_text(message.htmlBody)
        found = [
            Attachment(Path(a.longFilename or a.shortFilename or f"vedlegg-{i}").name, a.data)
            for i, a in enumerate(message.attachments, start=1)
            if isinstance(getattr(a, "data", None), bytes) and a.data
        ]
    return Extracted(text="\n".join(lines) + "\n\n" + body, attachments=tuple(found))
