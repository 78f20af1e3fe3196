"""Old Word documents (.doc): converted to .docx by LibreOffice running headless, then read as Word."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.source import Extracted

# A converter that hangs on a damaged file must not hold up an import for long.
CONVERT_SECONDS = 120
NO_LIBREOFFICE = (
    "gamle Word-filer (.doc) leses med LibreOffice, som ikke er installert på serveren; installer det med "
    "«apt-get install libreoffice-writer-nogui» eller lagre filen som .docx eller PDF"
)


def soffice() -> str | None:
    """The LibreOffice program, if it is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read(path: Path) -> Extracted:
    """Convert the file to .docx in a private folder and read that."""
    program = soffice()
    if program is None:
        raise UnreadableDocument(path, NO_LIBREOFFICE)
    from motebok.extraction.readers import docx

    with tempfile.TemporaryDirectory() as folder:
        # A profile of its own, so that conversions never wait for a LibreOffice someone has open.
        profile = Path(folder, "profil").as_uri()
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx"]
        try:
            subprocess.run(
                [*command, "--outdir", folder, str(path)],
                capture_output=True,
                timeout=CONVERT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise UnreadableDocument(path, "LibreOffice brukte for lang tid på å konvertere filen") from None
        converted = Path(folder, path.stem + ".docx")
        if not converted.exists():
            raise UnreadableDocument(path, "LibreOffice kunne ikke lese Word-filen; den kan være skadet")
        return docx.read(converted)
