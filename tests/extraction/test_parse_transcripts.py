"""Doc type, body and the presented case of real document shapes: transcripts of PDF pages, web pages told as
news, saksprotokoller and saksframlegg."""

from __future__ import annotations

import pytest

from motebok.extraction.parse import extract_record

_SITE = (
    "Regionrådet Austrheim, Fedje, Gulen\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nStørrelse: px\n"
    'Begynne med side:\n\nDownload "Regionrådet Austrheim, Fedje, Gulen"\n\nTranskript\n\n'
)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (
            _SITE
            + "1 Regionrådet Austrheim, Fedje, Gulen PROTOKOLL MØTE I REGIONRÅDET NORDHORDLAND Møte: 6/2014\n",
            "minutes",
        ),
        (
            " ".join(
                (_SITE + "1 Regionrådet PROTOKOLL MØTE I REGIONRÅDET Til stades: Ola Nordmann\n").split()
            ),
            "minutes",
        ),
        (
            "Ungdomsrådets behandling av sak 14/2026 i møte den 20.05.2026:\n\nBehandling\nOla orienterte.\n",
            "minutes",
        ),
        ("Møte AU 7. april 2017\n\nsakliste:\n\nAU-sak 06/17\n\nProtokoll frå møtet.\n", "invitation"),
        (
            "Koordineringsrådet\nKoordineringsrådet er eit samarbeidsutval. Partane nyttar rådet i tråd med mandatet.\n",
            "mandate",
        ),
        (
            "Tysdag 20. november 2018 hadde Vest-Telemarkrådet møte i Treungen. Det var mange saker på dagsorden.\n",
            "summary",
        ),
    ],
    ids=["transcript", "transcript without line breaks", "saksprotokoll", "agenda", "mandate", "news"],
)
def test_it_tells_the_kind_of_document(text: str, doc_type: str) -> None:
    assert extract_record(text).doc_type == doc_type


def test_a_saksprotokoll_names_its_body_in_the_genitive() -> None:
    text = "Plan- og utviklingsutvalgets behandling av sak 24/2026 i møte den 02.09.2026:\n\nVEDTAK\nSaken utsettes.\n"
    record = extract_record(text)
    assert record.body == "Plan- og utviklingsutvalget"
    assert [(c.number, c.title, c.conclusion) for c in record.cases] == [("24/2026", None, "Saken utsettes.")]


def test_a_case_presentation_without_its_header_table_takes_the_heading_in_capitals() -> None:
    text = (
        "1 Saksframlegg Ark.: 033 Arkivsaksnr.: 18/ Saksbehandler: Cathrine Furu POLITISK ORGANISERING FOR "
        "PERIODEN Vedlegg: Samlet saksfremstilling, sak 51/18 SAMMENDRAG: I denne saken skal kommunestyret vedta.\n"
    )
    record = extract_record(text)
    assert record.doc_type == "case_presentation"
    assert [(c.number, c.title) for c in record.cases] == [(None, "POLITISK ORGANISERING FOR PERIODEN")]


def test_a_case_presentation_title_wrapped_by_the_page_is_joined() -> None:
    text = (
        "Levanger kommune\n\nSaksframlegg\n\nSaksbehandler: Trude Nøst\n\nBehandling:\nSaksnummer\n\nMøtedato\n\n"
        "Utvalg\nFormannskapet\n\n"
        "Oversendelsesforslag FO 2-2025 - Interpellasjon\nfra Stig Ove Sommervoll (AP) - Kostnadsutredning\n"
        "Kommunedirektørens forslag til vedtak:\nPlanlegging av en ny veg avventes.\n"
    )
    [case] = extract_record(text).cases
    assert (
        case.title
        == "Oversendelsesforslag FO 2-2025 - Interpellasjon fra Stig Ove Sommervoll (AP) - Kostnadsutredning"
    )
    assert case.conclusion == "Planlegging av en ny veg avventes."


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Quality Hotel, Eidfjord\n\n1 HORDALAND FYLKESKOMMUNE MØTEBOK Fylkestinget Dato: 7. juni 2011 Kl.: Stad:\n",
            "Fylkestinget",
        ),
        ("Referat: ØRU styremøte 15. mai 2009 kl\n\nDagsorden:\n", "Styret i ØRU"),
        (
            "PROTOKOLL MØTE I REGIONRÅDET NORDHORDLAND\nMøte: 6/2014\nTid: Fredag 7. november kl. 09:00\n",
            "REGIONRÅDET NORDHORDLAND",
        ),
    ],
    ids=["page header", "board meeting", "meeting in capitals"],
)
def test_it_names_the_body_of_a_transcribed_header(text: str, body: str) -> None:
    assert extract_record(text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Koordineringsrådet\nKoordineringsrådet er eit administrativt samarbeidsutval for Helse Førde. Mandat.\n",
            "Koordineringsrådet",
        ),
        (
            "Samarbeidsavtale om Regionråd\n§ 1: Deltakarar\nRegionrådet i Nord-Gudbrandsdal er eit regionalt samarbeidsorgan.\n",
            "Regionrådet i Nord-Gudbrandsdal",
        ),
    ],
    ids=["defined by its name", "defined under a paragraph"],
)
def test_a_mandate_names_the_body_it_defines(text: str, body: str) -> None:
    record = extract_record(text)
    assert (record.doc_type, record.body) == ("mandate", body)
