"""E-mail messages (.eml, MIME): the headers people read, the text of the message, and each attachment."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from motebok.extraction.readers.source import Attachment, Extracted

# Headers shown above the message text, under Norwegian labels; the subject often names the body and meeting.
HEADERS = (("subject", "Emne"), ("from", "Fra"), ("to", "Til"), ("date", "Dato"))


def read(path: Path) -> Extracted:
    """Read a message; encoded headers (RFC 2047) and quoted-printable or base64 text come out decoded."""
    with path.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle)
    return Extracted(text=message_text(message), attachments=tuple(attachments(message)))


def message_text(message: EmailMessage, headers=HEADERS) -> str:
    """The subject line first (as a heading), the other headers, then the plain (or HTML) text of the message."""
    lines = [str(message[name]) for name, _ in headers[:1] if message[name]]
    lines += [f"{label}: {message[name]}" for name, label in headers[1:] if message[name]]
    return "\n".join(lines) + "\n\n" + body_text(message)


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if part.get_content_subtype() == "html":
        from motebok.extraction.readers.markup import html_to_text

        return html_to_text(content)
    return content


def attachments(message: EmailMessage) -> list[Attachment]:
    """Each attached file, with its name; an attached message is kept as an .eml file of its own."""
    found = []
    for index, part in enumerate(message.iter_attachments(), start=1):
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            found.append(Attachment(f"vedlegg-{index}.eml", inner.as_bytes(policy=policy.default)))
            continue
        content = part.get_payload(decode=True)
        if content:
            found.append(Attachment(Path(part.get_filename() or f"vedlegg-{index}").name, content))
    return found
