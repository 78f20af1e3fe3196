"""Regenerate the Word and PDF documents of the blind set.

Run from the repository root: .venv/bin/python -m tests.extraction.fixtures_blind.make_binaries
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction.word_documents import add_bold_label, add_table

DOCS = Path(__file__).resolve().parent / "docs"

PAGE_CSS = """
@page {
  size: A5; margin: 22mm 16mm 20mm 16mm;
  @top-right { content: "Side " counter(page) " av " counter(pages); font-size: 8pt; }
  @bottom-center { content: "%s"; font-size: 7pt; }
}
body { font-family: "DejaVu Sans"; font-size: 9.5pt; }
h1 { font-size: 13pt; } h2 { font-size: 10.5pt; margin-bottom: 2pt; }
.columns { columns: 2; column-gap: 8mm; }
.columns p { margin: 0; }
.page-break { page-break-before: always; }
"""


def _write_docx(name: str, build) -> None:
    import docx

    document = docx.Document()
    build(document)
    document.save(DOCS / name)


def _barnevern(document) -> None:
    document.add_heading("Referat fra møte i Barnevernsnettverket Innlandet Sør", level=1)
    for line in ("Dato: 14. mars 2024", "Tid: 10.00–14.30", "Sted: Gjøvik rådhus, møterom Hunn"):
        document.add_paragraph(line)
    document.add_heading("Deltakere", level=2)
    add_table(
        document,
        [
            ("Navn", "Kommune", "Funksjon"),
            ("Kari Bjørnstad", "Gjøvik", "barnevernleder"),
            ("Tor Egil Solheim", "Østre Toten", "barnevernleder"),
            ("Marit Hovland", "Vestre Toten", "fagleder"),
            ("Jens Olav Lie", "Søndre Land", "barnevernleder"),
            ("Hilde Skaug", "KS", "rådgiver"),
        ],
    )
    document.add_paragraph("Forfall: Randi Mæhlum (Nordre Land)")
    document.add_paragraph("Møteleder: Kari Bjørnstad")
    document.add_paragraph("Referent: Hilde Skaug")
    document.add_heading("Sak 05/24 Godkjenning av referat fra forrige møte", level=2)
    add_bold_label(document, "Vedtak:", "Referatet godkjennes.")
    document.add_heading("Sak 06/24 Ny barnevernsreform – erfaringer etter ett år", level=2)
    document.add_paragraph(
        "Jens Olav Lie innledet om erfaringene i Søndre Land. Kommunene opplever økte kostnader "
        "til fosterhjem og et større behov for veiledning."
    )
    add_bold_label(
        document,
        "Vedtak:",
        "Nettverket tar erfaringene til orientering. Kari Bjørnstad og Hilde Skaug lager et felles "
        "notat til kommunedirektørene innen 15. april.",
    )
    document.add_heading("Sak 07/24 Felles kompetanseplan 2024–2025", level=2)
    document.add_paragraph(
        "Marit Hovland presenterte utkastet og sender den endelige planen til kommunene innen 1. mai."
    )
    add_bold_label(document, "Vedtak:", "Kompetanseplanen vedtas med de endringene som kom fram i møtet.")
    document.add_heading("Sak 08/24 Eventuelt", level=2)
    document.add_paragraph("Tor Egil Solheim orienterte om rekruttering av fosterhjem.")
    document.add_paragraph("Neste møte: 6. juni 2024 i Østre Toten.")


def _barnehage(document) -> None:
    document.add_heading("Kystnettverket for barnehage", level=1)
    document.add_paragraph("Referat frå nettverksmøte 23. oktober 2024, kl. 12.30–15.00, på Teams")
    document.add_heading("Deltakarar", level=2)
    add_table(
        document,
        [
            ("Namn", "Kommune", "E-post"),
            ("Sunniva Rabben", "Austevoll", "sunniva.rabben@austevoll.kommune.no"),
            ("Bjørn Tore Hamre", "Fitjar", "bjorn.tore.hamre@fitjar.kommune.no"),
            ("Ingebjørg Lid", "Bømlo", "ingebjorg.lid@bomlo.kommune.no"),
            ("Oddny Økland", "Sveio", "oddny.okland@sveio.kommune.no"),
        ],
    )
    document.add_paragraph("Leiar: Sunniva Rabben. Referent: Oddny Økland.")
    document.add_paragraph("Forfall: Per Magne Tofte (Tysnes)")
    document.add_heading("1. Godkjenning av innkalling", level=2)
    add_bold_label(document, "Vedtak:", "Innkallinga er godkjend.")
    document.add_heading("2. Språkløftet i barnehagane", level=2)
    document.add_paragraph(
        "Ingebjørg Lid fortalde om erfaringane frå Bømlo med språkgrupper for fleirspråklege born."
    )
    add_bold_label(document, "Vedtak:", "Nettverket vil halde fram med språkløftet i 2025.")
    document.add_heading("3. Felles fagdag våren 2025", level=2)
    document.add_paragraph("Nettverket drøfta tema og stad for fagdagen.")
    document.add_heading("Oppfølgingspunkt", level=2)
    add_table(
        document,
        [
            ("Kva", "Ansvar", "Frist"),
            ("Finne føredragshaldar til fagdagen", "Bjørn Tore Hamre", "15.11.2024"),
            ("Sende ut invitasjon til fagdagen", "Oddny Økland", "10.01.2025"),
        ],
    )


def _pdf(name: str, footer: str, html: str) -> None:
    from weasyprint import HTML

    css = PAGE_CSS % footer
    HTML(string=f"<html><head><style>{css}</style></head><body>{html}</body></html>").write_pdf(DOCS / name)


HALLINGDAL = """
<h1>Møteprotokoll</h1>
<p><b>Representantskapet i Hallingdal brann- og redningsteneste IKS</b></p>
<p>Møtedato: 22.11.2023 &nbsp; Tid: 09.30–12.00 &nbsp; Stad: Gol kulturhus, Tinghuset</p>
<h2>Møtande medlemer</h2>
<div class="columns">
<p>Ola Tveito, Gol (leiar)</p><p>Knut Rudningen, Ål</p>
<p>Birgit Haugen, Hemsedal</p><p>Signe Torsrud, Hol</p><p>Gunvor Bøygard, Flå</p>
</div>
<p>Forfall: Torleiv Medhus, Nes</p>
<p>Møtande vara: Astrid Nestegard for Torleiv Medhus</p>
<p>Frå administrasjonen: brannsjef Eirik Bakke</p>
<p>Protokollførar: Liv Sando, konsulent</p>
<h2>PS 12/23 Godkjenning av innkalling og sakliste</h2>
<p><b>Vedtak:</b> Innkalling og sakliste vert godkjende.</p>
<h2>PS 13/23 Budsjett 2024 og økonomiplan 2024–2027 for Hallingdal brann- og redningsteneste IKS</h2>
<p>Brannsjefen la fram saka. Auka utgifter til nytt naudnett og ny mannskapsbil gjer at eigar-<br>
kommunane må auke tilskotet med 4,2 prosent. Kom-<br>munedirektørane i regionen har drøfta
framlegget.</p>
<p><b>Vedtak:</b> Representantskapet godkjenner budsjettet for 2024 og økonomiplanen for
2024–2027 slik dei ligg føre, og ber brannsjefen sende budsjettet til kommunane innan
15. desember 2023.</p>
<h2 class="page-break">PS 14/23 Val av revisor for perioden 2024–2027</h2>
<p><b>Vedtak:</b> Representantskapet vel BDO AS som revisor for perioden 2024–2027.</p>
<h2>PS 15/23 Eventuelt</h2>
<p>Ingen saker.</p>
<p>Gol, 23.11.2023</p>
<p>Ola Tveito, leiar &nbsp;&nbsp; Signe Torsrud</p>
"""

NORD_GUDBRANDSDAL = """
<h1>Møteinnkalling</h1>
<p><b>Utvalg:</b> Nord-Gudbrandsdal regionråd<br>
<b>Møtested:</b> Lom rådhus, kommunestyresalen<br>
<b>Dato:</b> 07.02.2025<br><b>Tid:</b> 09:00–14:00</p>
<p>Forfall meldes til sekretariatet på telefon 61 21 90 00. Varamedlemmer møter etter nærmere
beskjed.</p>
<p>Medlemmer:</p>
<div class="columns">
<p>Bjarne Holen, Lom (leder)</p><p>Randi Lykken, Skjåk</p><p>Torbjørn Brekke, Vågå</p>
<p>Ivar Ulvestad, Sel</p><p>Jon Olav Sletten, Dovre</p><p>Kari Wang, Lesja</p>
</div>
<h2>Saksliste</h2>
<p>PS 1/25 Godkjenning av innkalling og saksliste<br>
PS 2/25 Interkommunalt samarbeid om kommunepsykolog – forlengelse av avtalen<br>
PS 3/25 Høring: Regional plan for vannforvaltning</p>
<h2>PS 1/25 Godkjenning av innkalling og saksliste</h2>
<p><b>Forslag til vedtak:</b> Innkalling og saksliste godkjennes.</p>
<h2>PS 2/25 Interkommunalt samarbeid om kommunepsykolog – forlengelse av avtalen</h2>
<p>Avtalen mellom kommunene utløper 30. juni 2025. Kom-<br>munedirektørene anbefaler at den
forlenges med tre år. Evalueringen er vedlagt.</p>
<p><b>Forslag til vedtak:</b> Regionrådet anbefaler kommunestyrene å forlenge avtalen om felles
kommunepsykolog for perioden 2025–2028.</p>
<h2 class="page-break">PS 3/25 Høring: Regional plan for vannforvaltning</h2>
<p>Høringsfristen er 1. mars 2025. Sekretariatet har laget et utkast til felles uttalelse.</p>
<p><b>Forslag til vedtak:</b> Regionrådet slutter seg til utkastet til høringsuttalelse.</p>
<p>Vågå, 24.01.2025<br>Hanne Rudi<br>daglig leder</p>
"""


def main() -> None:
    """Write the four binary documents into docs/."""
    _write_docx("401_referat_barnevern.docx", _barnevern)
    _write_docx("413_referat_barnehage_nn.docx", _barnehage)
    _pdf(
        "402_protokoll_representantskap_nn.pdf",
        "Hallingdal brann- og redningsteneste IKS · Sentrumsvegen 88, 3550 Gol · post@hbr.no",
        HALLINGDAL,
    )
    _pdf(
        "414_innkalling_regionrad.pdf",
        "Nord-Gudbrandsdal regionråd · Vågåvegen 35, 2680 Vågå · post@nordgudbrandsdal.no",
        NORD_GUDBRANDSDAL,
    )


if __name__ == "__main__":
    main()
