"""What kind of document this is: minutes, summary, invitation, case presentation, mandate or other."""

from __future__ import annotations

import re

from .profile import DocType
from .text import Line, may_contain
from .vocabulary import SITE_BOILERPLATE_RE, SITE_BOILERPLATE_WORDS

# Checked in this order on each title line; the first line with a hit decides.
_TITLE_RULES = (
    (DocType.CASE_PRESENTATION, re.compile(r"\bsaks(?:fram|frem)legg|\bsaksutgreiing|\bsaksutredning|\bsakspapir", re.I)),
    (DocType.SUMMARY, re.compile(r"\boppsummering\b|\bsamandrag\b|\bsammendrag fra|\bnotat\s+(?:fra|frå)\s+\w*møte|\bmøtenotat\b", re.I)),
    (DocType.MINUTES, re.compile(r"\b(?:behandling|handsaming) av sak\b|\breferat\b|\bmøtereferat|\bprotokoll\b|\bmøteprotokoll|\bmøtebok\b|\bprotokoll fra", re.I)),
    (DocType.INVITATION, re.compile(r"\binnkalling\b|\bmøteinnkalling|\binnkalling til\b|\bsaksliste\b|\bsakliste\b|"
                              r"\bsakskart\b|\binvitasjon\b|\bdagsorden\b", re.I)),
    (DocType.MANDATE, re.compile(r"\bmandat\b|\bmandatet\b|\bmandat for\b|\bsamarbeidsavtale\b|\bvedtekter\b", re.I)),
)  # fmt: skip
_TITLE_LINES = 4
_TITLE_SEARCH = 40
_LONG_LINE = 200
# How far into a long line (a page run into one) its title may reach: past a cover page of a sentence or two.
_TITLE_REACH = 300
_SENTENCE_END_RE = re.compile(r"(?<=[a-zæøå]{2})\.\s+(?=[A-ZÆØÅ])")
# "[^\w\n]*", not "\W*", after "^": a line start must not reach over a run of blank lines (quadratic).
_REFERENT_RE = re.compile(r"^[^\w\n]*(?:referent|ref|protokollfører|møteleder|møteleiar)\s*:", re.I | re.M)
# A decision taken, or attendance recorded: only an account of a meeting held has these.
_DECISION_RE = re.compile(
    r"^[^\w\n]*(?:(?:vedtak|konklusjon|oppsummering)\s*:?\s*$|(?:vedtak|konklusjon)\s*:\s*\S"
    r"|(?:til stede|tilstede|til stades|tilstades|møtende|frammøtte|fremmøtte)\s*:)",
    re.I | re.M,
)
# "Innstilling:", or "Kommunedirektørens innstilling" ("Kommunedirektøren si tilråding") heading the proposal.
_PROPOSAL_RE = re.compile(
    r"forslag til vedtak|framlegg til vedtak|innstilling\s*:"
    r"|^[^\w\n]*\w+(?:s|\s+(?:si|sitt))\s+(?:innstilling|tilråding)\s*$",
    re.I | re.M,
)
_CASEWORKER_RE = re.compile(r"saksbehandler|sakshandsamar", re.I)
_INVITE_RE = re.compile(
    r"\binnkalles\b|\bkalles inn\b|\bvert kalla inn\b|\bforfall meldes\b|\bmeld forfall\b"
    # "Velkommen til møte …" opening a sentence; "Leder ønsket velkommen til møtet" is told in minutes.
    r"|(?:^|[.!]\s+)velkom(?:m)?en til (?:\w+)?møte\b|\binviterer til (?:\w+)?møte\b",
    re.I | re.M,
)


# An agenda with nothing decided and nobody recorded present announces a meeting.
_AGENDA_RE = re.compile(
    r"(?:^|\s)(?:(?i:saksliste|sakliste|sakskart|dagsorden)\s*(?::|$)|(?:SAKSLISTE|SAKLISTE|SAKSKART|DAGSORDEN)\b)",
    re.M,
)
# A page that defines a body and its tasks ("Mandat – oppgaver", "i tråd med … dette mandatet").
_MANDATE_RE = re.compile(r"\bmandat(?:et)?\b", re.I)
# An account of a meeting held, told as news: "Vest-Telemarkrådet hadde møte i …", "Styremøtet behandlet …".
_MEETING_HELD_RE = re.compile(
    r"\b(?:hadde|heldt|holdt)\s+(?:[\w-]+\s+){0,2}møte\b|\b\w*møtet\s+(?:starta|startet|behandla|behandlet|handsama"
    r"|drøfta|drøftet|ble\s+gjennomført|vart\s+gjennomført)\b|\bsakene\s+på\s+\w+\s+\w*møte\b",
    re.I,
)


def _titles(lines: list[Line]) -> list[str]:
    """Return the title lines: past a transcript site's words, and, where a page ran into one long line, its
    first sentences (a title is no sentence, and ends where the first sentence starts)."""
    titles = []
    for line in lines[:_TITLE_SEARCH]:
        pieces = (
            SITE_BOILERPLATE_RE.split(line.text)
            if may_contain(line.text, SITE_BOILERPLATE_WORDS)
            else [line.text]
        )
        for piece in pieces:
            if piece.strip(" \t-:"):
                sentences = _SENTENCE_END_RE.split(piece[:_TITLE_REACH])
                titles += sentences if len(piece) >= _LONG_LINE else sentences[:1]
    return titles[:_TITLE_LINES]


def detect_doc_type(lines: list[Line], text: str) -> DocType:
    """Return the SCHEMA.md doc type, judged from the title lines first and the body second."""
    for title in _titles(lines):
        # The first word that names a kind of document decides: "… behandling av sak … saksframlegget".
        hits = [(m.start(), doc_type) for doc_type, pattern in _TITLE_RULES if (m := pattern.search(title))]
        if hits:
            return min(hits, key=lambda hit: hit[0])[1]
    if _CASEWORKER_RE.search(text[:3000]) and _PROPOSAL_RE.search(text):
        return DocType.CASE_PRESENTATION
    if _INVITE_RE.search(text[:3000]):
        return DocType.INVITATION
    if _REFERENT_RE.search(text) or _DECISION_RE.search(text):
        return DocType.MINUTES
    if _AGENDA_RE.search(text[:3000]):
        return DocType.INVITATION
    if _MANDATE_RE.search(text[:3000]):
        return DocType.MANDATE
    if _MEETING_HELD_RE.search(text[:1500]):
        return DocType.SUMMARY
    return DocType.OTHER
