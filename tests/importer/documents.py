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


# The VÅG steering group's minutes, shortened: the agenda lists the cases before their sections, and the
# last section goes back to the first case.
STEERING_GROUP_MINUTES = """Referat styringsgruppemøte VÅG 28. juni 2022
Via Teams
Deltagere: Alf Marcus Vang, Ole Frode Mikkelsgård, Otto Langmoen.

Saksliste:
· HR Prosjekt – tilbakemelding fra arbeidsgruppene
· Leder arbeidsgruppe økonomi
· Eventuelt

Leder arbeidsgruppe økonomi
Økonomisjefen i Våler hadde vervet tidligere.
Ole Frode tar ansvar for å skaffe ny arbeidsgruppeleder og møter opp i neste møte i denne arbeidsgruppa.

Eventuelt
1. NAV: Inngåelse av vertskommuneavtale og framdrift.

Tilbake til sakslista og HR Prosjekt – tilbakemelding fra arbeidsgruppene
Hvordan få til god informasjonsflyt?
· Kommunedirektørene skriver statusoppdateringer når det er noe konkret å melde.
"""

# The founding meeting of 2017 with the participant from Os in Hordaland (os-ho.kommune.no): two
# municipalities were called Os that year.
OS_MINUTES_2017 = FOUNDING_MINUTES_2017.replace(
    "Askøy\tTorgeir Sæter", "Os\tNils Petter Borge\tnpb@os-ho.kommune.no\nAskøy\tTorgeir Sæter"
)
