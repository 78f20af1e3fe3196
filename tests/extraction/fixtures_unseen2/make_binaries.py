"""Regenerate the Word and PDF documents of the second unseen fixture set.

Run from the repository root: .venv/bin/python -m tests.extraction.fixtures_unseen2.make_binaries
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from weasyprint import HTML

from tests.extraction.word_documents import add_bold_label, add_table

DOCS = Path(__file__).resolve().parent / "docs"


def child_welfare_case_presentation() -> Document:
    """Nynorsk saksframlegg with a header table, a Saksgang table and numbered proposal points."""
    document = Document()
    document.add_paragraph("Regionrådet Nordhordland IKS")
    document.add_heading("SAKSFRAMLEGG", level=1)
    add_table(
        document,
        [
            ("Sakshandsamar:", "Åshild Mjanger Fosse, rådgjevar"),
            ("Arkivsak:", "26/118-4"),
            ("Dato:", "08.04.2026"),
        ],
        bold_header=False,
    )
    document.add_paragraph()
    add_table(
        document,
        [
            ("Utval", "Møtedato", "Utvalssak"),
            ("Regionrådet Nordhordland", "24.04.2026", "14/26"),
            ("Kommunestyra i deltakarkommunane", "", ""),
        ],
    )
    document.add_heading("Felles barnevernvakt for Nordhordland – etablering", level=2)
    document.add_heading("Dagleg leiar sitt framlegg til vedtak", level=3)
    for point in (
        "1. Regionrådet tilrår at det vert etablert ei felles barnevernvakt for Alver, Austrheim, Fedje, "
        "Gulen, Masfjorden, Modalen, Osterøy og Vaksdal, med Alver kommune som vertskommune.",
        "2. Kostnadene vert fordelte med 30 prosent likt og 70 prosent etter innbyggjartal.",
        "3. Saka vert send til kommunestyra for endeleg handsaming.",
    ):
        document.add_paragraph(point)
    document.add_heading("Bakgrunn", level=3)
    document.add_paragraph(
        "Kommunane i Nordhordland kjøper i dag barnevernvakt av Bergen kommune. Bergen kommune har sagt opp "
        "avtalen med verknad frå 1. januar 2027. Regionrådet sette i sak 31/25 ned ei arbeidsgruppe med "
        "barnevernleiarane i Alver, Osterøy og Vaksdal, som har greidd ut alternativ."
    )
    document.add_heading("Vurdering", level=3)
    document.add_paragraph(
        "Arbeidsgruppa tilrår ei eiga vakt med base i Knarvik, med heimevakt på kveld og natt og eit "
        "samarbeid med politiet om utrykking. Ei slik løysing gir lokalkunnskap og kortare responstid enn i "
        "dag. Sekretariatet ber om at kommunane gjer vedtak i kommunestyra innan 15. juni 2026, slik at vakta "
        "kan starte opp 1. januar 2027."
    )
    document.add_heading("Økonomi", level=3)
    add_table(
        document,
        [
            ("Kommune", "Innbyggjarar", "Årleg del (kr)"),
            ("Alver", "30 100", "2 310 000"),
            ("Osterøy", "8 200", "860 000"),
            ("Fedje", "550", "310 000"),
        ],
    )
    document.add_paragraph("Tala for dei andre kommunane står i vedlegg 1.")
    document.add_paragraph("Vedlegg: 1. Rapport frå arbeidsgruppa 2. Utkast til vertskommuneavtale")
    return document


def municipal_directors_minutes() -> Document:
    """Bokmål minutes with a header table, attendance by municipality and a follow-up table."""
    document = Document()
    document.add_heading("Referat – Kommunedirektørutvalget i Follo", level=1)
    add_table(
        document,
        [
            ("Dato", "Fredag 17. april 2026"),
            ("Tid", "08.30–11.00"),
            ("Sted", "Ås rådhus, møterom Kroer / Teams"),
            ("Møteleder", "Kristin Torp Aasland, kommunedirektør Nesodden"),
            ("Referent", "Mats Olav Lier, Follorådet"),
        ],
        bold_header=False,
    )
    document.add_heading("Deltakere", level=2)
    add_table(
        document,
        [
            ("Kommune", "Til stede", "Meldt forfall"),
            ("Nordre Follo", "Elise Heggen Brattli", "–"),
            ("Ås", "Trond Vikør Sand (Teams)", "–"),
            ("Frogn", "–", "Harald Sivertsen Ruud"),
            ("Nesodden", "Kristin Torp Aasland", "–"),
            ("Vestby", "Guro Lysaker", "–"),
            ("Enebakk", "Ole Jakob Dahle (for Synnøve Fjeld)", "Synnøve Fjeld"),
            ("Follorådet", "Mats Olav Lier", "–"),
        ],
    )
    document.add_heading("Sak 14/26 Godkjenning av referat fra 20. mars", level=2)
    add_bold_label(document, "Konklusjon:", "Referatet godkjennes.")

    document.add_heading("Sak 15/26 Felles kommunepsykolog – videre drift", level=2)
    document.add_paragraph(
        "Prosjektet med felles kommunepsykolog for barn og unge er finansiert med tilskudd ut 2026. "
        "Evalueringen viser kortere ventetid og færre henvisninger til BUP."
    )
    add_bold_label(
        document, "Konklusjon:", "KDU anbefaler videre drift i 2027. Nordre Follo utarbeider avtaleutkast."
    )

    document.add_heading("Sak 16/26 Klimatilpasning – felles høringsinnspill", level=2)
    document.add_paragraph(
        "Statsforvalteren har sendt ut veileder for klimatilpasning i arealplanleggingen på høring. "
        "Mats Olav Lier sender felles høringsinnspill til Statsforvalteren innen høringsfristen 8. mai."
    )
    add_bold_label(document, "Konklusjon:", "KDU stiller seg bak utkastet til høringsinnspill.")

    document.add_heading("Sak 17/26 Lønnsoppgjøret 2026 – felles forberedelser", level=2)
    document.add_paragraph(
        "HR-lederne har laget en felles oversikt over lønnsnivå for sykepleiere og lærere."
    )
    add_bold_label(document, "Konklusjon:", "Tas til orientering.")

    document.add_heading("Sak 18/26 Eventuelt", level=2)
    document.add_paragraph(
        "Guro Lysaker inviterer til fagdag om beredskap i Vestby 4. juni. Invitasjon kommer på e-post."
    )

    document.add_heading("Oppfølging", level=2)
    add_table(
        document,
        [
            ("Hva", "Ansvarlig", "Frist"),
            ("Avtaleutkast felles kommunepsykolog", "Nordre Follo", "05.06.2026"),
            ("Høringsinnspill klimatilpasning", "Mats Olav Lier", "08.05.2026"),
            ("Sende lønnsdata til KS", "Alle kommuner", "30.04.2026"),
        ],
    )
    return document


MANDATE_HTML = """<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2.5cm 2cm;
  @top-left { content: "Regionrådet for Nord-Gudbrandsdal"; font-size: 8pt; color: #444; }
  @top-right { content: "Mandat – arbeidsgruppe kommuneoverlege"; font-size: 8pt; color: #444; }
  @bottom-left { content: "Vedtatt i styringsgruppa for helsesamarbeidet 10.02.2026"; font-size: 8pt; }
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font-size: 8pt; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 1.6em; }
</style></head><body>
<h1>Mandat for arbeidsgruppe for felles kommuneoverlegefunksjon i Nord-Gudbrandsdal</h1>

<h2>1. Bakgrunn</h2>
<p>Kommunene Dovre, Lesja, Lom, Sel, Skjåk og Vågå har i dag hver sin kommuneoverlege i små
stillingsbrøker. Flere av stillingene har stått ubesatt i perioder, og kommunene har ikke hatt tilstrekkelig
kapasitet innen smittevern, miljørettet helsevern og beredskap. Styringsgruppa for helsesamarbeidet i
Nord-Gudbrandsdal vedtok 10. februar 2026 (sak 4/26) å sette ned en arbeidsgruppe.</p>

<h2>2. Mål</h2>
<p>Arbeidsgruppa skal utrede og anbefale en modell for felles kommuneoverlegefunksjon som sikrer
robust medisinskfaglig rådgivning til alle seks kommunene, også i ferier og ved fravær.</p>

<h2>3. Oppgaver</h2>
<ul>
<li>Kartlegge dagens ressurser og oppgaver innen samfunnsmedisin i kommunene.</li>
<li>Vurdere minst to modeller: vertskommunesamarbeid og felles stilling med delt arbeidsgiveransvar.</li>
<li>Beskrive økonomiske og juridiske konsekvenser, herunder delegering av myndighet etter
smittevernloven og folkehelseloven.</li>
<li>Innhente erfaringer fra tilsvarende samarbeid i Valdres og Nord-Østerdal.</li>
</ul>

<h2>4. Sammensetning</h2>
<p>Arbeidsgruppa ledes av kommunalsjef Torunn Haugen Bakken, Sel kommune. Øvrige medlemmer er
kommuneoverlege Jens Petter Ulvund (Vågå), helse- og omsorgssjef Mona Sletten (Lesja), kommuneoverlege
Frida Rustad Teigen (Lom/Skjåk) og en representant for de tillitsvalgte oppnevnt av Legeforeningen.
Regionrådet stiller med sekretær.</p>

<h2>5. Rammer og tidsplan</h2>
<p>Arbeidsgruppa disponerer inntil kr 150 000 til innleid kompetanse og reiser. Medlemmene deltar
innenfor egen arbeidstid. Arbeidsgruppa rapporterer til styringsgruppa, som legger saken fram for
kommunedirektørene.</p>
<p>Anbefalingen skal foreligge innen 1. september 2026. Et eventuelt samarbeid kan tidligst tre i kraft
1. januar 2027.</p>

<h2>6. Forankring</h2>
<p>Mandatet er forankret i kommunedirektørutvalget og i styringsgruppa for helsesamarbeidet.
Endringer i mandatet avklares med styringsgruppas leder.</p>
</body></html>
"""


def main() -> None:
    """Write the three binary documents into docs/."""
    child_welfare_case_presentation().save(DOCS / "604_saksframlegg_barnevernvakt_nn.docx")
    HTML(string=MANDATE_HTML).write_pdf(DOCS / "605_mandat_arbeidsgruppe_kommuneoverlege.pdf")
    municipal_directors_minutes().save(DOCS / "607_referat_kdu_follo_tabeller.docx")


if __name__ == "__main__":
    main()
