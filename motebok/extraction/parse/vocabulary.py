"""The Norwegian words of meeting documents, bokmål and nynorsk side by side, as data for every rule.

Each entry is a `Words` value; `phrases_pattern(words)` turns it into a regex alternation (longest first,
white space matching any run of white space, so a phrase reads the same across a lost line break).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Words(NamedTuple):
    bokmål: tuple[str, ...]
    nynorsk: tuple[str, ...]

    def all(self) -> tuple[str, ...]:
        """Return both forms, each phrase once."""
        return tuple(dict.fromkeys(self.bokmål + self.nynorsk))


# Labels over the text that concludes a case: a decision, or a proposal for one.
CONCLUSION_LABELS = Words(
    bokmål=(
        "vedtak",
        "konklusjon",
        "konklusjoner",
        "innstilling",
        "forslag til vedtak",
        "forslag til innstilling",
        "vedtatt",
    ),
    nynorsk=(
        "vedtak",
        "konklusjon",
        "konklusjonar",
        "innstilling",
        "tilråding",
        "framlegg til vedtak",
        "forslag til vedtak",
        "vedteke",
    ),
)

# Headings in a case's text that end its title or its conclusion ("Saksopplysninger:", "Bakgrunn").
TITLE_STOP_LABELS = Words(
    bokmål=(
        "Saksbehandler",
        "Saksopplysninger",
        "Saksutredning",
        "Bakgrunn",
        "Vurdering",
        "Vedlegg",
        "Behandling",
        "Votering",
        "Avstemning",
        "Til drøfting",
        "Til orientering",
        "Arkivsaksnr",
        "Postadresse",
        "Vedtak",
        "VEDTAK",
        "Innstilling",
        "INNSTILLING",
        "Forslag til vedtak",
        "Konklusjon",
        "KONKLUSJON",
        "Saksdokumenter",
        "DOKUMENT",
    ),
    nynorsk=(
        "Sakshandsamar",
        "Saksopplysingar",
        "Saksutgreiing",
        "Bakgrunn",
        "Vurdering",
        "Vedlegg",
        "Handsaming",
        "Røysting",
        "Til drøfting",
        "Til orientering",
        "Tilråding",
        "TILRÅDING",
        "Framlegg til vedtak",
        "Saksvedlegg",
    ),
)

# Prepositions and conjunctions that join the words of a title ("Evaluering av Årskonferansen").
_SHARED_JOINING = ("i", "og", "for", "av", "til", "med", "om", "på", "mellom", "ved", "mot", "etter", "under")
JOINING_WORDS = Words(
    bokmål=(*_SHARED_JOINING, "fra", "samt", "eller"), nynorsk=(*_SHARED_JOINING, "frå", "samt", "eller")
)

# Lines a web page or a transcript site puts around the document: not its title, not its text.
SITE_BOILERPLATE_RE = re.compile(
    r"\s*(?:Save this PDF as|WORD\s+PNG\s+TXT\s+JPG|Størrelse:\s*px|Begynne med side|Download\s+\"|Transkript\s*$"
    r"|skip to (?:main )?content|Søkeresultat på|Loading\.\.\.)",
    re.I,
)


def phrases_pattern(words: Words) -> str:
    """Return a regex alternation of the phrases, longest first; a space matches any white space."""
    phrases = sorted(words.all(), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
