"""Small meeting documents written the way the networks write them, for the importer's tests."""

from __future__ import annotations

from pathlib import Path

MARCH_SUMMARY = """OPPSUMMERING KOMMUNEDIREKTØRKOLLEGIET 22-03

Mandag 14. mars 2022 kl. 1300 - 1600

Tingvoll Økopark

Deltakere

Berit Hannasvik
Arne Ingebrigtsen
Randi Dyrnes

Fravær

Håvard Sagli

Sak 14-22 Informasjons- og oppfølgingsaker

- Kontrollutvalgssekretariat – Kristiansund kommune følger opp saken
- Utviklingsplan for HMR er sendt ut på høring med frist 6. mai.

Oppsummering

Tas til orientering.

Sak 15-22 Tema Ledelse

Oppsummering

Tas til orientering og oppfølging.
"""

APRIL_SUMMARY = """OPPSUMMERING KOMMUNEDIREKTØRKOLLEGIET 22-04

Mandag 4. april 2022 kl. 1300 - 1500

Kristiansund rådhus

Deltakere

Berit Hannasvik
Randi Dyrnes

Sak 20-22 Helseplattformen

- Arne I. følger opp mot KS Møre og Romsdal

Oppsummering

Tas til orientering.
"""

# "Sak 0-22" names no possible case: the import fails after the meeting and people are written.
BROKEN_SUMMARY = APRIL_SUMMARY.replace("Sak 20-22", "Sak 0-22").replace("4. april", "25. april")

MARCH_INVITATION = """INNKALLING KOMMUNEDIREKTØRKOLLEGIET

Mandag 14. mars 2022 kl. 1300 - 1600

Tingvoll Økopark

Saksliste

Sak 14-22 Informasjons- og oppfølgingsaker

Sak 15-22 Tema Ledelse
"""

# The March summary as some networks send it: the heading and the date line left out.
UNDATED_SUMMARY = MARCH_SUMMARY.replace("Mandag 14. mars 2022 kl. 1300 - 1600\n\n", "").replace(" 22-03", "")

FOUNDING_MINUTES_2017 = (
    "Referat frå nettverksmøte\n\nDato og tid: 06.04.2017\n\n"
    "KOMMUNE\tNAMN\tE- post\n"
    "Fjell\tLine Barmen\tline.barmen@fjell.kommune.no\n"
    "Askøy\tTorgeir Sæter\ttorgeir.seter@askoy.komune.no\n\n"
    "**Møteleiar: Line Barmen**\n\n**Referent: Torgeir Sæter**\n\n"
    "1. <b>Velkommen</b>\n2. <b>Vegen vidare</b>\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
