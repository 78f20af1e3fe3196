"""A coming digital meeting of the network with an agenda that has an exempt case, and helpers to read mail."""

from __future__ import annotations

import datetime as dt
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pypdfium2
import pytest
from django.utils import timezone
from docx import Document
from icalendar import Calendar

from motebok.meetings.models import Case, Meeting
from motebok.meetings.services import create_meeting, place_case
from motebok.registry.models import Mandate
from tests.conftest import make_exempt_case

TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"
SECRET_TITLE = "Avtale om sluttpakke for enhetsleder i Vefsn"
PUBLIC_TITLE = "Personalsak"


def next_weekday(days_ahead: int, hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=days_ahead)
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour, 0))


@pytest.fixture
def meeting(world) -> Meeting:
    """A digital meeting in three weeks with two cases, one of them exempt."""
    Mandate.objects.create(body=world.network, text="Stedfortreder etter avtale med leder.")
    meeting = create_meeting(
        world.network,
        start=next_weekday(21, 10),
        end=next_weekday(21, 12),
        format=Meeting.Format.DIGITAL,
        online_link=TEAMS,
        chair=world.chair,
    )
    open_case = Case.objects.create(body=world.network, title="Felles høringsuttalelse om legevakt")
    exempt = make_exempt_case(world.network, SECRET_TITLE, public_title=PUBLIC_TITLE, basis="offl. § 13")
    place_case(open_case, meeting)
    place_case(exempt, meeting)
    return meeting


def calendar_of(message) -> Calendar:
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    return Calendar.from_ical(part.get_content())


def event_of(message):
    return calendar_of(message).walk("VEVENT")[0]


def attachment(message, extension: str) -> bytes:
    return next(
        p for p in message.iter_attachments() if (p.get_filename() or "").endswith(extension)
    ).get_content()


def pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return " ".join(" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))
    finally:
        pdf.close()


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in Document(BytesIO(data)).paragraphs)


def whole_message(message) -> str:
    """Every text part, the calendar and the attachments' text, to look for what must never leak."""
    texts = [p.get_content() for p in message.walk() if p.get_content_maintype() == "text"]
    return "\n".join([*texts, pdf_text(attachment(message, ".pdf")), docx_text(attachment(message, ".docx"))])


REPLY_ADDRESS = "svar@example.no"
REPLY_PASSWORD = "hemmelig"


@dataclass
class Mailbox:
    """A real IMAP mailbox (Dovecot on loopback) that Møtebok reads calendar replies from."""

    port: int

    def connect(self) -> imaplib.IMAP4:
        connection = imaplib.IMAP4("127.0.0.1", self.port)
        connection.login(REPLY_ADDRESS, REPLY_PASSWORD)
        connection.select("INBOX")
        return connection

    def deliver(self, message: bytes) -> None:
        connection = self.connect()
        connection.append("INBOX", None, None, message)
        connection.logout()

    def unread(self) -> int:
        connection = self.connect()
        _status, numbers = connection.search(None, "UNSEEN")
        connection.logout()
        return len(numbers[0].split())


DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = {uid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""


@pytest.fixture
def reply_mailbox(settings):
    """Dovecot (Debian's dovecot-imapd) on 127.0.0.1, with Møtebok's settings pointing at its mailbox."""
    dovecot = shutil.which("dovecot", path="/usr/sbin:/usr/bin")
    if dovecot is None:
        if os.environ.get("CI"):
            pytest.fail("Dovecot is not installed: run scripts/install.sh --test")
        pytest.skip("Dovecot is not installed (scripts/install.sh --test installs dovecot-imapd)")
    # Not under pytest's tmp_path: Dovecot's own users must reach the folder, and pytest's is private.
    root = Path(tempfile.mkdtemp(prefix="motebok-dovecot-"))
    root.chmod(0o755)
    # Dovecot refuses to run its login processes as root, and to give mail to root: use its own users then.
    if os.getuid() == 0:
        internal, login = "dovecot", "dovenull"
        uid, gid = pwd.getpwnam("dovecot").pw_uid, pwd.getpwnam("dovecot").pw_gid
    else:
        internal = login = pwd.getpwuid(os.getuid()).pw_name
        uid, gid = os.getuid(), os.getgid()
    for folder in ("run", "state", "home"):
        (root / folder).mkdir()
    os.chown(root / "home", uid, gid)
    (root / "passwd").write_text(f"{REPLY_ADDRESS}:{{PLAIN}}{REPLY_PASSWORD}\n")
    for attempt in range(5):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        config = root / "dovecot.conf"
        config.write_text(
            DOVECOT_CONF.format(root=root, internal=internal, login=login, uid=uid, gid=gid, port=port)
        )
        server = subprocess.Popen([dovecot, "-F", "-c", str(config)], stderr=subprocess.PIPE)
        if _listening(port, server):
            break
        server.terminate()
        server.wait(10)
        if attempt == 4:
            raise RuntimeError(f"Dovecot did not start: {(root / 'dovecot.log').read_text(errors='replace')}")
    settings.REPLY_IMAP_URL = (
        f"imap://{REPLY_ADDRESS.replace('@', '%40')}:{REPLY_PASSWORD}@127.0.0.1:{port}/INBOX"
    )
    settings.REPLY_ADDRESS = REPLY_ADDRESS
    try:
        yield Mailbox(port)
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(root, ignore_errors=True)


def _listening(port: int, server: subprocess.Popen) -> bool:
    for _ in range(100):
        if server.poll() is not None:
            return False
        try:
            imaplib.IMAP4("127.0.0.1", port).logout()
        except OSError:
            time.sleep(0.1)
        else:
            return True
    return False
