"""The Norwegian words of meeting documents, bokmål and nynorsk side by side, as data for every rule.

Each entry is a `Words` value: the phrases bokmål and nynorsk share, written once, and those that differ
between them ("fra"/"frå", "konklusjoner"/"konklusjonar"). `phrases_pattern(words)` turns an entry into a
regex alternation (longest first, white space matching any run of white space, so a phrase reads the same
across a lost line break).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class Words(NamedTuple):
    """Phrases in both written forms of Norwegian, and those only one of them writes."""

    shared: tuple[str, ...] = ()
    bokmål: tuple[str, ...] = ()
    nynorsk: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        """Return every phrase, each once."""
        return tuple(dict.fromkeys(self.shared + self.bokmål + self.nynorsk))

    def form(self, language: str) -> tuple[str, ...]:
        """Return the phrases one written form uses: the shared ones and its own ("bokmål" or "nynorsk")."""
        return self.shared + getattr(self, language)


# Labels over the text that concludes a case: a decision, or a proposal for one.
CONCLUSION_LABELS = Words(
    shared=("vedtak", "konklusjon", "innstilling", "forslag til vedtak"),
    bokmål=("konklusjoner", "forslag til innstilling", "vedtatt"),
    nynorsk=("konklusjonar", "tilråding", "framlegg til vedtak", "vedteke"),
)

# Headings in a case's text that end its title or its conclusion ("Saksopplysninger:", "Bakgrunn").
TITLE_STOP_LABELS = Words(
    shared=("Bakgrunn", "Vurdering", "Vedlegg", "Til drøfting", "Til orientering"),
    bokmål=(
        "Saksbehandler",
        "Saksopplysninger",
        "Saksutredning",
        "Behandling",
        "Votering",
        "Avstemning",
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
        "Handsaming",
        "Røysting",
        "Tilråding",
        "TILRÅDING",
        "Framlegg til vedtak",
        "Saksvedlegg",
    ),
)

# Prepositions and conjunctions that join the words of a title ("Evaluering av Årskonferansen").
JOINING_WORDS = Words(
    shared=(
        "i",
        "og",
        "for",
        "av",
        "til",
        "med",
        "om",
        "på",
        "mellom",
        "ved",
        "mot",
        "etter",
        "under",
        "samt",
        "eller",
    ),
    bokmål=("fra",),
    nynorsk=("frå",),
)

# Online-meeting services: a place named by one of these makes the meeting digital (or hybrid).
ONLINE_SERVICES = Words(shared=("teams", "zoom", "skype", "webex", "whereby"))
# Words for a meeting held online ("digitalt møte", "videomøte", "telefonmøte").
DIGITAL_WORDS = Words(
    shared=(
        "digital",
        "digitalt",
        "videomøte",
        "nettmøte",
        "teamsmøte",
        "teams-møte",
        "telefonmøte",
        "telefonmøtet",
    )
)
# Verbs that tell a meeting was held online: "Juni-møtet ble gjennomført digitalt", "vart halde digitalt".
HELD_VERBS = Words(
    shared=("gjennomført",), bokmål=("holdt", "avholdt"), nynorsk=("gjennomførd", "halde", "haldt")
)

# A talk given at the meeting, as a news summary tells it: "Ronde Schade frå Seljord kommune fortalde om …",
# "Deretter gav Johannes Rindal ei kort orientering", "NN ved Vest-Telemark Museum var invitert for å snakke".
PRESENTING_VERBS = Words(
    shared=("orienterte", "orienterer", "presenterte", "presenterer"),
    bokmål=("fortalte", "innledet", "redegjorde"),
    nynorsk=("orienterar", "fortalde", "innleidde", "gjorde greie"),
)
GIVING_VERBS = Words(shared=("ga", "gav"), bokmål=("holdt",), nynorsk=("heldt", "held"))
TALK_NOUNS = Words(
    shared=("orientering", "statusorientering", "statusoppdatering", "innlegg", "presentasjon", "foredrag"),
    bokmål=("innledning",),
    nynorsk=("innleiing",),
)
INVITED_TO_SPEAK = Words(shared=("var invitert for å", "var invitert til å"))
# "ordførar i Tokke Jarand Felland", "Beate Marie Dahl Eide, Seljord sin nye ordførar": a council's own member.
MAYORS = Words(bokmål=("ordfører", "varaordfører"), nynorsk=("ordførar", "varaordførar"))

# What a web page or a transcript site puts around the document: not its title, not its text. Matched
# anywhere, since a transcript may run it into one line with the title ("… Save this PDF as: WORD PNG …").
SITE_BOILERPLATE_RE = re.compile(
    r"Save this PDF as:?|WORD\s+PNG\s+TXT\s+JPG|Størrelse:\s*px|Begynne med side:?|Download\s+\"[^\"\n]*\"?"
    r"|\bTranskript\b|skip to (?:main )?content|Søkeresultat på|Loading\.\.\.",
    re.I,
)
# The words every SITE_BOILERPLATE_RE match starts with, in lower case: a text without them is not searched.
SITE_BOILERPLATE_WORDS = (
    "save this pdf as",
    "word",
    "størrelse:",
    "begynne med side",
    "download",
    "transkript",
    "skip to ",
    "søkeresultat på",
    "loading...",
)


# Field labels that open a list or a value ("Til stede:", "Forfall", "Møteleiar:"), keyed by the field they
# fill. A label phrase belongs to one field only.
LABELS: dict[str, Words] = {
    "present": Words(
        shared=("deltok", "møtt", "møtte", "frammøtte", "oppmøtte", "oppmøte"),
        bokmål=(
            "deltakere",
            "deltagere",
            "deltakere på møtet",
            "til stede",
            "tilstede",
            "tilstede på møtet",
            "til stede på møtet",
            "møtende",
            "møtende medlemmer",
            "fremmøtte",
            "fremmøtte medlemmer",
            "medlemmer til stede",
            "medlemmer",
            "faste medlemmer",
            "faste medlemmer til stede",
            "følgende møtte",
            "disse møtte",
            "til stede fra nettverket",
            "deltakere fra kommunene",
            "til stede var",
            "tilstede var",
            "følgende var til stede",
            "medlemmer som møtte",
            "møtende medlemmer til stede",
            "disse deltok",
            "følgende deltok",
            "frammøtte medlemmer",
        ),
        nynorsk=(
            "deltakarar",
            "til stades",
            "tilstades",
            "møtande",
            "møtande medlemmar",
            "møtande medlemer",
            "møtande medlemmer",
            "medlemmar",
            "medlemer",
            "faste medlemmar",
            "faste medlemmar til stades",
            "frammøtte medlemmar",
            "følgjande møtte",
            "desse møtte",
            "deltakarar frå kommunane",
            "til stades var",
            "tilstades var",
            "følgjande var til stades",
            "medlemmar som møtte",
            "medlemer som møtte",
            "desse deltok",
            "følgjande deltok",
        ),
    ),
    "staff": Words(
        shared=("administrasjonen", "sekretariat", "sekretariatet"),
        bokmål=(
            "fra adm",
            "fra administrasjonen",
            "fra sekretariatet",
            "andre til stede",
            "andre tilstede",
            "også til stede",
            "i tillegg møtte",
            "fra adm evt andre",
            "fra administrasjonen møtte",
            "fra daglig ledelse",
            "fra ledelsen",
            "ellers møtte",
            "dessuten møtte",
        ),
        nynorsk=(
            "frå adm",
            "frå administrasjonen",
            "frå sekretariatet",
            "andre til stades",
            "dessutan møtte",
            "frå administrasjonen møtte",
            "frå dagleg leiing",
            "frå leiinga",
            "elles møtte",
        ),
    ),
    "absent": Words(
        shared=("forfall", "frafall"),
        bokmål=(
            "fravær",
            "meldt forfall",
            "ikke til stede",
            "fraværende",
            "hadde forfall",
            "ikke møtt",
            "fravær med forfall",
            "forfall fra",
            "faste medlemmer som ikke møtte",
            "medlemmer som ikke møtte",
            "møtte ikke",
            "forfall uten vara",
        ),
        nynorsk=(
            "fråvær",
            "melde forfall",
            "ikkje til stades",
            "fråverande",
            "ikkje møtt",
            "faste medlemmar som ikkje møtte",
            "medlemmar som ikkje møtte",
            "møtte ikkje",
            "forfall utan vara",
        ),
    ),
    "substitutes": Words(
        shared=("vara", "varamedlem"),
        bokmål=(
            "varamedlemmer",
            "vararepresentanter",
            "møtende varamedlemmer",
            "møtende vara",
            "møtende varamedlem",
            "varamedlemmer som møtte",
        ),
        nynorsk=(
            "varamedlemar",
            "varamedlemmar",
            "vararepresentantar",
            "møtande varamedlemmar",
            "møtande vara",
            "møtande varamedlem",
            "møtande varamedlemer",
            "varamedlemmar som møtte",
            "varamedlemer som møtte",
            "vara til stades",
        ),
    ),
    "guests": Words(
        shared=(
            "invitert",
            "inviterte",
            "i siste del av møtet",
            "i siste del av møtet møtte",
            "eksterne",
            "inviterte til sak",
            "andre",
            "observatører",
        ),
        bokmål=(
            "inviterte gjester",
            "gjester",
            "gjest",
            "innledere",
            "innleder",
            "foredragsholdere",
            "i første del av møtet",
            "eksterne deltakere",
        ),
        nynorsk=(
            "inviterte gjestar",
            "gjestar",
            "innleiarar",
            "innleiar",
            "i fyrste del av møtet",
            "eksterne deltakarar",
        ),
    ),
    "chair": Words(
        bokmål=("møteleder", "møteledelse", "ordstyrer", "leder av møtet", "leder"),
        nynorsk=("møteleiar", "møteleiing", "ordstyrar", "leiar av møtet", "leiar"),
    ),
    "minute_taker": Words(
        shared=("referent", "ref", "sekretær"),
        bokmål=(
            "referatskriver",
            "protokollfører",
            "referat skrevet av",
            "referatet er skrevet av",
            "skriver",
        ),
        nynorsk=(
            "referatskrivar",
            "protokollførar",
            "referat skrive av",
            "referatet er skrive av",
            "skrivar",
        ),
    ),
    "agenda": Words(
        shared=("sakskart", "dagsorden", "agenda", "program", "saker"),
        bokmål=("saksliste", "saker til behandling"),
        nynorsk=("sakliste",),
    ),
    "date": Words(
        shared=(
            "dato",
            "møtedato",
            "dato og tid",
            "dato og tidspunkt",
            "dato/tid",
            "dato og klokkeslett",
            "dag",
            "når",
        ),
        bokmål=("tid og sted",),
    ),
    "time": Words(shared=("tid", "tidspunkt", "møtetid", "klokkeslett", "kl")),
    "place": Words(
        shared=("møterom", "lokale", "møteplass", "adresse"),
        bokmål=("sted", "møtested", "hvor"),
        nynorsk=("stad", "møtestad", "kvar"),
    ),
    "body": Words(
        shared=("organ", "styre", "forum", "råd"),
        bokmål=("utvalg", "arbeidsgruppe", "styringsgruppe", "nettverk"),
        nynorsk=("utval", "arbeidsgruppa", "styringsgruppa"),
    ),
}


# Duties written beside a name ("Kari Moe, leiar", "Per Lid (referent)") or under a signature.
ROLES: dict[str, Words] = {
    "chair": Words(
        bokmål=("møteleder", "leder", "styreleder", "ordstyrer", "nettverksleder", "utvalgsleder"),
        nynorsk=("møteleiar", "leiar", "styreleiar", "ordstyrar", "nettverksleiar", "utvalsleiar"),
    ),
    "minute_taker": Words(
        shared=("referent", "møtesekretær"),
        bokmål=("protokollfører", "referatskriver"),
        nynorsk=("protokollførar", "referatskrivar"),
    ),
    "secretary": Words(shared=("sekretær",), bokmål=("sekretariatsleder",), nynorsk=("sekretariatsleiar",)),
    "substitute": Words(shared=("vara", "varamedlem"), bokmål=("stedfortreder",), nynorsk=("stadfortredar",)),
    "presenter": Words(bokmål=("innleder", "foredragsholder"), nynorsk=("innleiar", "foredragshaldar")),
}


# What a person's title ends in ("Fylkesrådmann", "Økonomidirektør", "Varaordførar", "Sekretæren"), so that
# a title written before a name is no part of it.
TITLE_ENDINGS = Words(
    shared=(
        "direktør",
        "sekretær",
        "koordinator",
        "lege",
        "medlem",
        "representant",
        "rektor",
        "økonom",
        "jurist",
        "kommunalsjef",
        "controller",
        "professor",
        "arkitekt",
    ),
    bokmål=(
        "ordfører",
        "rådgiver",
        "leder",
        "rådmann",
        "sjef",
        "konsulent",
        "tillitsvalgt",
        "ansvarlig",
        "verneombud",
    ),
    nynorsk=("ordførar", "rådgjevar", "leiar", "rådmenn", "tillitsvald", "ansvarleg", "verneombod"),
)


# Norwegian political parties as lists write them after a member ("Jon Askeland SP", "Ruth Grung (A)").
PARTIES = Words(
    shared=("a", "ap", "h", "sp", "sv", "v", "mdg", "r", "pp", "tvf"),
    bokmål=("frp", "krf", "høyre", "venstre", "rødt"),
    nynorsk=("høgre",),
)


# Column headings of a participant table, which a transcript runs into the names ("Namn Funksjon Parti").
COLUMN_HEADINGS = Words(
    shared=("funksjon", "parti", "stilling", "rolle", "tittel", "organisasjon", "kommune"),
    bokmål=("navn", "merknad", "kommentar"),
    nynorsk=("namn", "merknadar"),
)


# What the name of an organisation ends in ("Lebesby kommune", "Biotope AS", "Fylkesmannen i Finnmark",
# "Kirkenes Næringshage"): such a word ends the name written before it.
ORGANISATION_ENDINGS = Words(
    shared=(
        "kommune",
        "fylkeskommune",
        "fylkesmannen",
        "næringshage",
        "regionråd",
        "regionrådet",
        "universitet",
        "as",
        "asa",
        "iks",
        "hf",
        "sa",
        "kf",
        "kommunes",
    ),
    bokmål=("statsforvalteren", "politimesteren", "sykehus", "sykehuset", "høgskole"),
    nynorsk=("statsforvaltaren", "politimeisteren", "sjukehus", "sjukehuset", "høgskule"),
)

# In calendar order.
WEEKDAYS: tuple[Words, ...] = (
    Words(bokmål=("mandag",), nynorsk=("måndag",)),
    Words(bokmål=("tirsdag",), nynorsk=("tysdag",)),
    Words(shared=("onsdag",)),
    Words(shared=("torsdag",)),
    Words(shared=("fredag",)),
    Words(bokmål=("lørdag",), nynorsk=("laurdag",)),
    Words(bokmål=("søndag",), nynorsk=("sundag",)),
)


# In calendar order; the month names are the same in both written standards, abbreviations included.
MONTHS: tuple[Words, ...] = (
    Words(shared=("januar", "jan")),
    Words(shared=("februar", "feb")),
    Words(shared=("mars", "mar")),
    Words(shared=("april", "apr")),
    Words(shared=("mai",)),
    Words(shared=("juni", "jun")),
    Words(shared=("juli", "jul")),
    Words(shared=("august", "aug")),
    Words(shared=("september", "sept", "sep")),
    Words(shared=("oktober", "okt")),
    Words(shared=("november", "nov")),
    Words(shared=("desember", "des")),
)


def phrases_pattern(words: Words) -> str:
    """Return a regex alternation of the phrases, longest first; a space matches any white space."""
    return alternation(words.all())


def alternation(phrases: Iterable[str]) -> str:
    """Return a regex alternation of `phrases`, longest first; a space matches any white space."""
    unique = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in unique)


def forms(table: dict[str, Words] | tuple[Words, ...], *keys: str) -> tuple[str, ...]:
    """Return every phrase of the named entries of a table (of all its entries when no key is given), once."""
    entries = (
        [table[key] for key in keys]
        if keys and isinstance(table, dict)
        else list(table.values() if isinstance(table, dict) else table)
    )
    return tuple(dict.fromkeys(phrase for entry in entries for phrase in entry.all()))


def month_numbers() -> dict[str, int]:
    """Return every month spelling with its number: {"januar": 1, "jan": 1, …}."""
    return {phrase: number for number, month in enumerate(MONTHS, start=1) for phrase in month.all()}


WEEKDAY_ALT = alternation(forms(WEEKDAYS))
