"""Regenerate the Word and PDF documents of the unseen fixture set.

Run from the repository root: .venv/bin/python -m tests.extraction.fixtures_unseen.make_binaries
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from weasyprint import HTML

from tests.extraction.word_documents import add_bold_label, add_table

DOCS = Path(__file__).resolve().parent / "docs"


def steering_group_protocol() -> Document:
    """Bokmål steering-group protocol with cases in prose and a follow-up table at the end."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading("Protokoll fra styringsgruppemøte – Felles PPT Hallingdal", level=1)
    document.add_paragraph("Dato/tid: 11.03.25, kl. 12.30–15.00")
    document.add_paragraph("Sted: Gol rådhus, formannskapssalen. Ål og Hol deltok på Teams.")
    document.add_paragraph("Møteleder: Kjersti Bakkehaug (prosjekteier)")
    document.add_paragraph("Referent: Ola Nystuen Rud, prosjektleder")
    document.add_paragraph(
        "Til stede: Kjersti Bakkehaug (Gol), Vidar Skogheim (Ål, Teams), Runa Fossheim (Hol, Teams), "
        "Per Olav Tveiten (Nesbyen), Else Marie Grøthe (Hemsedal) og Ola Nystuen Rud (prosjektleder). "
        "Hanne Brekke, Utdanningsforbundet, deltok som observatør for de tillitsvalgte."
    )
    document.add_paragraph("Forfall: Flå kommune v/ Tor Egil Sundre.")

    document.add_heading("Sak 9–25 Godkjenning av referat fra 11.02.25", level=2)
    add_bold_label(document, "Konklusjon:", "Referatet godkjennes.")

    document.add_heading("Sak 10–25 Statusrapport fra prosjektleder", level=2)
    document.add_paragraph(
        "Prosjektleder gikk gjennom status. Kartleggingen av ventelister er ferdig i fire av seks kommuner. "
        "Det mangler fortsatt tall for sakkyndige vurderinger i 2024."
    )
    add_bold_label(
        document,
        "Konklusjon:",
        "Statusrapporten tas til orientering. Styringsgruppen ber prosjektleder innhente tall for "
        "sakkyndige vurderinger 2024 fra alle kommunene.",
    )

    document.add_heading("Sak 11–25 Vertskommuneavtale – utkast", level=2)
    document.add_paragraph(
        "Utkastet bygger på avtalen for Hallingdal barnevern. Runa Fossheim ba om at kostnadsfordelingen "
        "(30/70) vurderes på nytt etter ett år."
    )
    add_bold_label(
        document,
        "Konklusjon:",
        "Utkastet sendes på høring til kommunene med høringsfrist 25. april. Innspill sendes prosjektleder.",
    )

    document.add_heading("Sak 12–25 Lokalisering av felles PPT", level=2)
    add_bold_label(document, "Konklusjon:", "Saken utsettes til neste møte.")

    document.add_heading("Sak 13–25 Eventuelt", level=2)
    document.add_paragraph(
        "Hemsedal ønsker å prøve ut felles tidlig innsats-team fra høsten. Else Marie tar kontakt med "
        "Hemsedal ungdomsskole om en pilot."
    )

    document.add_heading("Oppfølgingspunkter", level=2)
    add_table(
        document,
        [
            ("Hva", "Hvem", "Frist"),
            ("Innhente tall for sakkyndige vurderinger 2024", "Ola N. Rud", "28.03"),
            ("Sende utkast til vertskommuneavtale på høring", "Prosjektleder", "14.03.25"),
            ("Forankre utkastet i egen ledergruppe", "Alle kommunedirektører", "22.04.25"),
            ("Kartlegge aktuelle lokaler i Gol og Ål", "Kjersti B. og Vidar S.", "uke 15"),
            ("Oppdatere risikologg", "Prosjektleder", "Løpende"),
        ],
    )
    document.add_paragraph("Neste møte: 8. april kl. 12.30, Ål kulturhus.")
    return document


def public_health_minutes() -> Document:
    """Nynorsk minutes with a participant table that marks attendance per row."""
    document = Document()
    document.add_heading("Møtebok – Folkehelsenettverket i Nordfjord", level=1)
    document.add_paragraph("Møte nr. 2/2025")
    document.add_paragraph("Tid og stad: 18. mars 2025, 10:00–15:00, Stryn kulturhus, Vesle sal")
    document.add_paragraph("Deltakarar:")
    add_table(
        document,
        [
            ("Kommune", "Namn", "Funksjon", "E-post", "Møtt"),
            ("Stad", "Kari Elin Hjelle", "folkehelsekoordinator", "kari.elin.hjelle@stad.kommune.no", "Ja"),
            (
                "Stryn",
                "Arnstein Loen",
                "folkehelsekoordinator, leiar",
                "arnstein.loen@stryn.kommune.no",
                "Ja",
            ),
            ("Gloppen", "Synnøve Sandnes", "kommunalsjef", "synnove.sandnes@gloppen.kommune.no", "Forfall"),
            (
                "Gloppen",
                "Leif Inge Rygg",
                "rådgjevar",
                "leif.inge.rygg@gloppen.kommune.no",
                "Ja (vara for Synnøve Sandnes)",
            ),
            ("Bremanger", "Oddny Frøyen", "folkehelsekoordinator", "oddny.froyen@bremanger.kommune.no", "Ja"),
            ("Kinn", "Elias Bakke Gjerde", "folkehelserådgjevar", "elias.gjerde@kinn.kommune.no", "Nei"),
            ("Vestland fylkeskommune", "Maria Hjelmeland", "rådgjevar", "maria.hjelmeland@vlfk.no", "Ja"),
        ],
    )
    document.add_paragraph("Referent: Kari Elin Hjelle")

    document.add_heading("Sak 1. Godkjenning av innkalling og møtebok frå 21. januar", level=2)
    add_bold_label(document, "Vedtak (samrøystes):", "Innkalling og møtebok er godkjende.")

    document.add_heading("Sak 2. Ungdata 2024 – korleis bruke resultata", level=2)
    document.add_paragraph(
        "Maria Hjelmeland viste fylkestala. Einsemd og skjermtid aukar, særleg i 8. klasse. Nettverket "
        "drøfta korleis tala kan brukast i oversiktsarbeidet etter folkehelselova."
    )
    add_bold_label(
        document,
        "Vedtak (samrøystes):",
        "Nettverket nyttar Ungdata 2024 som felles grunnlag i oversiktsdokumenta. "
        "Kvar kommune legg fram eigne tal på neste møte.",
    )
    document.add_paragraph("Maria Hjelmeland sender samanstillinga av fylkestala til alle innan 1. april.")

    document.add_heading("Sak 3. Søknad om tilskot – Program for folkehelsearbeid", level=2)
    document.add_paragraph("Søknadsfristen til fylkeskommunen er 15. april 2025.")
    add_bold_label(
        document, "Vedtak:", "Nettverket sender ein felles søknad. Oddny Frøyen koordinerer søknaden."
    )

    document.add_heading("Sak 4. Eventuelt", level=2)
    document.add_paragraph(
        "Leif Inge Rygg orienterte om turløypeprosjektet i Gloppen. Arnstein følgjer opp kontakten med "
        "Turlag Nordfjord om felles skilting."
    )
    document.add_paragraph("Stryn, 19.03.2025")
    return document


VALDRES_PROTOCOL_HTML = """<!doctype html>
<html lang="nn"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2cm 2cm 2.5cm 2cm;
  @top-right { content: "Kommunedirektørutvalet i Valdres"; font-size: 8pt; color: #555; }
  @bottom-center { content: "Side " counter(page) " av " counter(pages); font-size: 8pt; }
  @bottom-left { content: "Valdres natur- og kulturpark, Fagernes"; font-size: 8pt; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; } h2 { font-size: 11pt; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 2px 5px; text-align: left; }
</style></head><body>
<h1>PROTOKOLL</h1>
<p><b>Utval:</b> Kommunedirektørutvalet i Valdres<br>
<b>Møtedato:</b> 24.03.2025<br>
<b>Tid:</b> kl. 12:00 – 15:30<br>
<b>Stad:</b> Valdreshuset, Fagernes (hybrid – Teams-lenke i innkallinga)</p>
<table>
<tr><th>Kommune</th><th>Namn</th><th>Rolle</th><th>Merknad</th></tr>
<tr><td>Nord-Aurdal</td><td>Gunnhild Haugen Bøe</td><td>kommunedirektør</td><td>møteleiar</td></tr>
<tr><td>Sør-Aurdal</td><td>Torstein Bjørnstad</td><td>kommunedirektør</td><td>Teams</td></tr>
<tr><td>Etnedal</td><td>Marit Rudi Kvalvaag</td><td>kommunedirektør</td><td></td></tr>
<tr><td>Vestre Slidre</td><td>Øystein Holden</td><td>kommunedirektør</td><td>forfall</td></tr>
<tr><td>Øystre Slidre</td><td>Sigrun Brenna</td><td>kommunedirektør</td><td></td></tr>
<tr><td>Vang</td><td>Anders Kvåle Thune</td><td>kommunedirektør</td><td>Teams</td></tr>
</table>
<p>Vestre Slidre var representert ved assisterande kommunedirektør Liv Rudsengen.</p>
<p>Frå sekretariatet: regionkoordinator Rune Skattebo (protokoll).</p>

<h2>025/25 Godkjenning av innkalling og sakliste</h2>
<p><b>Vedtak:</b> Godkjent.</p>

<h2>026/25 Felles beredskapsplan for atomhendingar – revisjon</h2>
<p>Beredskapskoordinatoren i Nord-Aurdal har leia arbeidet. Planen er samordna med Statsforvaltaren
i Innlandet, og tiltakskorta for jodtablettar er oppdaterte.</p>
<p><b>Framlegg til vedtak:</b> Kommunedirektørutvalet godkjenner revidert plan og tilrår at han vert lagd
fram for kommunestyra.</p>
<p><b>Vedtak:</b> Kommunedirektørutvalet godkjenner revidert plan og tilrår at han vert lagd fram for
kommunestyra innan 30. juni 2025.</p>

<h2>027/25 Interkommunalt innkjøpssamarbeid – evaluering</h2>
<p>Rapporten frå Innlandet revisjon vart lagd fram. Innsparinga er lågare enn venta i 2024, men avtaledekninga
er god. Sekretariatet v/ Rune Skattebo lagar eit notat om alternative modellar til neste møte.</p>
<p><b>Vedtak:</b> Evalueringa vert teken til vitande.</p>

<h2>028/25 Høyring – forslag til ny kommuneproposisjon, kapittel om vegvedlikehald</h2>
<p>Svarfrist til KS er 11. april. Torstein Bjørnstad og Sigrun Brenna skriv eit felles innspel på vegner
av utvalet.</p>
<p><b>Vedtak:</b> Utvalet gir eit felles innspel til KS.</p>

<h2>029/25 Eventuelt</h2>
<p>Ingen saker.</p>
<p>Fagernes, 25.03.2025<br>Rune Skattebo, regionkoordinator</p>
</body></html>
"""


def main() -> None:
    """Write the three binary documents into docs/."""
    steering_group_protocol().save(DOCS / "503_styringsgruppe_oppfolging.docx")
    public_health_minutes().save(DOCS / "506_motebok_folkehelse_nn.docx")
    HTML(string=VALDRES_PROTOCOL_HTML).write_pdf(DOCS / "512_protokoll_kdu_valdres_nn.pdf")


if __name__ == "__main__":
    main()
