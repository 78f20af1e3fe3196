"""Optical character recognition through Debian's `tesseract` binary with the Norwegian model."""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

from motebok.extraction.errors import UnreadableDocument

LANGUAGE = "nor"
INSTALL_HINT = "installer Debians tesseract-ocr-nor (apt-get install tesseract-ocr-nor)"
SECONDS_PER_IMAGE = 300


def recognise(path: Path, image: Path | bytes) -> str:
    """Return the text Tesseract reads in an image file, or in image bytes piped to it."""
    tesseract = _tesseract(path)
    source, data = ("stdin", image) if isinstance(image, bytes) else (str(image), None)
    try:
        result = subprocess.run(
            [tesseract, source, "stdout", "-l", LANGUAGE],
            input=data,
            capture_output=True,
            timeout=SECONDS_PER_IMAGE,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UnreadableDocument(
            path, f"tekstgjenkjenningen brukte over {SECONDS_PER_IMAGE} sekunder"
        ) from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
        reason = detail[-1] if detail else f"avsluttet med status {result.returncode}"
        raise UnreadableDocument(path, f"bildet kunne ikke leses av tesseract ({reason}); er filen skadet?")
    return result.stdout.decode("utf-8", errors="replace")


def _tesseract(path: Path) -> str:
    binary, languages = _installed()
    if binary is None:
        raise UnreadableDocument(
            path, f"dokumentet må tekstgjenkjennes, men tesseract mangler; {INSTALL_HINT}"
        )
    if LANGUAGE not in languages:
        raise UnreadableDocument(
            path, f"dokumentet må tekstgjenkjennes, men tesseract mangler norsk språkmodell; {INSTALL_HINT}"
        )
    return binary


@functools.cache
def _installed() -> tuple[str | None, frozenset[str]]:
    binary = shutil.which("tesseract")
    if binary is None:
        return None, frozenset()
    listing = subprocess.run(
        [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    # The first line is a heading naming the tessdata folder; the rest are language codes.
    return binary, frozenset(line.strip() for line in listing.stdout.splitlines()[1:])
