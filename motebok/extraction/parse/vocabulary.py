"""The Norwegian words of meeting documents, bokmål and nynorsk side by side, as data for every rule.

Each entry is a `Words` value; `phrases_pattern(words)` turns it into a regex alternation (longest first,
white space matching any run of white space, so a phrase reads the same across a lost line break).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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

# Online-meeting services: a place named by one of these makes the meeting digital (or hybrid).
_SERVICES = ("teams", "zoom", "skype", "webex", "whereby")
ONLINE_SERVICES = Words(bokmål=_SERVICES, nynorsk=_SERVICES)
# Words for a meeting held online ("digitalt møte", "videomøte", "telefonmøte").
DIGITAL_WORDS = Words(
    bokmål=(
        "digital",
        "digitalt",
        "videomøte",
        "nettmøte",
        "teamsmøte",
        "teams-møte",
        "telefonmøte",
        "telefonmøtet",
    ),
    nynorsk=(
        "digital",
        "digitalt",
        "videomøte",
        "nettmøte",
        "teamsmøte",
        "teams-møte",
        "telefonmøte",
        "telefonmøtet",
    ),
)
# Verbs that tell a meeting was held online: "Juni-møtet ble gjennomført digitalt", "vart halde digitalt".
HELD_VERBS = Words(
    bokmål=("gjennomført", "holdt", "avholdt"), nynorsk=("gjennomført", "gjennomførd", "halde", "haldt")
)

# A talk given at the meeting, as a news summary tells it: "Ronde Schade frå Seljord kommune fortalde om …",
# "Deretter gav Johannes Rindal ei kort orientering", "NN ved Vest-Telemark Museum var invitert for å snakke".
PRESENTING_VERBS = Words(
    bokmål=("orienterte", "orienterer", "presenterte", "presenterer", "fortalte", "innledet", "redegjorde"),
    nynorsk=(
        "orienterte",
        "orienterer",
        "orienterar",
        "presenterte",
        "presenterer",
        "fortalde",
        "innleidde",
        "gjorde greie",
    ),
)
GIVING_VERBS = Words(bokmål=("ga", "gav", "holdt"), nynorsk=("ga", "gav", "heldt", "held"))
TALK_NOUNS = Words(
    bokmål=(
        "orientering",
        "statusorientering",
        "statusoppdatering",
        "innlegg",
        "presentasjon",
        "innledning",
        "foredrag",
    ),
    nynorsk=(
        "orientering",
        "statusorientering",
        "statusoppdatering",
        "innlegg",
        "presentasjon",
        "innleiing",
        "foredrag",
    ),
)
INVITED_TO_SPEAK = Words(
    bokmål=("var invitert for å", "var invitert til å"), nynorsk=("var invitert for å", "var invitert til å")
)
# "ordførar i Tokke Jarand Felland", "Beate Marie Dahl Eide, Seljord sin nye ordførar": a council's own member.
MAYORS = Words(bokmål=("ordfører", "varaordfører"), nynorsk=("ordførar", "varaordførar"))

# What a web page or a transcript site puts around the document: not its title, not its text. Matched
# anywhere, since a transcript may run it into one line with the title ("… Save this PDF as: WORD PNG …").
SITE_BOILERPLATE_RE = re.compile(
    r"Save this PDF as:?|WORD\s+PNG\s+TXT\s+JPG|Størrelse:\s*px|Begynne med side:?|Download\s+\"[^\"\n]*\"?"
    r"|\bTranskript\b|skip to (?:main )?content|Søkeresultat på|Loading\.\.\.",
    re.I,
)


# Field labels that open a list or a value ("Til stede:", "Forfall", "Møteleiar:"), keyed by the field they
# fill. A label phrase belongs to one field only.
LABELS: dict[str, Words] = {
    "present": Words(
        bokmål=(
            "deltok",
            "møtt",
            "møtte",
            "frammøtte",
            "oppmøtte",
            "oppmøte",
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
            "deltok",
            "møtt",
            "møtte",
            "frammøtte",
            "oppmøtte",
            "oppmøte",
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
        bokmål=(
            "administrasjonen",
            "sekretariat",
            "sekretariatet",
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
            "administrasjonen",
            "sekretariat",
            "sekretariatet",
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
        bokmål=(
            "forfall",
            "frafall",
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
            "forfall",
            "frafall",
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
        bokmål=(
            "vara",
            "varamedlem",
            "varamedlemmer",
            "vararepresentanter",
            "møtende varamedlemmer",
            "møtende vara",
            "møtende varamedlem",
            "varamedlemmer som møtte",
        ),
        nynorsk=(
            "vara",
            "varamedlem",
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
        bokmål=(
            "invitert",
            "inviterte",
            "i siste del av møtet",
            "i siste del av møtet møtte",
            "eksterne",
            "inviterte til sak",
            "andre",
            "observatører",
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
            "invitert",
            "inviterte",
            "i siste del av møtet",
            "i siste del av møtet møtte",
            "eksterne",
            "inviterte til sak",
            "andre",
            "observatører",
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
        bokmål=(
            "referent",
            "ref",
            "sekretær",
            "referatskriver",
            "protokollfører",
            "referat skrevet av",
            "referatet er skrevet av",
            "skriver",
        ),
        nynorsk=(
            "referent",
            "ref",
            "sekretær",
            "referatskrivar",
            "protokollførar",
            "referat skrive av",
            "referatet er skrive av",
            "skrivar",
        ),
    ),
    "agenda": Words(
        bokmål=("sakskart", "dagsorden", "agenda", "program", "saker", "saksliste", "saker til behandling"),
        nynorsk=("sakskart", "dagsorden", "agenda", "program", "saker", "sakliste"),
    ),
    "date": Words(
        bokmål=(
            "dato",
            "møtedato",
            "dato og tid",
            "dato og tidspunkt",
            "dato/tid",
            "dato og klokkeslett",
            "dag",
            "når",
            "tid og sted",
        ),
        nynorsk=(
            "dato",
            "møtedato",
            "dato og tid",
            "dato og tidspunkt",
            "dato/tid",
            "dato og klokkeslett",
            "dag",
            "når",
        ),
    ),
    "time": Words(
        bokmål=("tid", "tidspunkt", "møtetid", "klokkeslett", "kl"),
        nynorsk=("tid", "tidspunkt", "møtetid", "klokkeslett", "kl"),
    ),
    "place": Words(
        bokmål=("møterom", "lokale", "møteplass", "adresse", "sted", "møtested", "hvor"),
        nynorsk=("møterom", "lokale", "møteplass", "adresse", "stad", "møtestad", "kvar"),
    ),
    "body": Words(
        bokmål=("organ", "styre", "forum", "råd", "utvalg", "arbeidsgruppe", "styringsgruppe", "nettverk"),
        nynorsk=("organ", "styre", "forum", "råd", "utval", "arbeidsgruppa", "styringsgruppa"),
    ),
}


# Duties written beside a name ("Kari Moe, leiar", "Per Lid (referent)") or under a signature.
ROLES: dict[str, Words] = {
    "chair": Words(
        bokmål=("møteleder", "leder", "styreleder", "ordstyrer", "nettverksleder", "utvalgsleder"),
        nynorsk=("møteleiar", "leiar", "styreleiar", "ordstyrar", "nettverksleiar", "utvalsleiar"),
    ),
    "minute_taker": Words(
        bokmål=("referent", "møtesekretær", "protokollfører", "referatskriver"),
        nynorsk=("referent", "møtesekretær", "protokollførar", "referatskrivar"),
    ),
    "secretary": Words(bokmål=("sekretær", "sekretariatsleder"), nynorsk=("sekretær", "sekretariatsleiar")),
    "substitute": Words(
        bokmål=("vara", "varamedlem", "stedfortreder"), nynorsk=("vara", "varamedlem", "stadfortredar")
    ),
    "presenter": Words(bokmål=("innleder", "foredragsholder"), nynorsk=("innleiar", "foredragshaldar")),
}


# What a person's title ends in ("Fylkesrådmann", "Økonomidirektør", "Varaordførar", "Sekretæren"), so that
# a title written before a name is no part of it.
TITLE_ENDINGS = Words(
    bokmål=(
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
    nynorsk=(
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
        "ordførar",
        "rådgjevar",
        "leiar",
        "rådmenn",
        "tillitsvald",
        "ansvarleg",
        "verneombod",
    ),
)


# Norwegian political parties as lists write them after a member ("Jon Askeland SP", "Ruth Grung (A)").
PARTIES = Words(
    bokmål=(
        "a",
        "ap",
        "h",
        "sp",
        "sv",
        "v",
        "mdg",
        "r",
        "pp",
        "tvf",
        "frp",
        "krf",
        "høyre",
        "venstre",
        "rødt",
    ),
    nynorsk=("a", "ap", "h", "sp", "sv", "v", "mdg", "r", "pp", "tvf", "høgre"),
)


# Column headings of a participant table, which a transcript runs into the names ("Namn Funksjon Parti").
COLUMN_HEADINGS = Words(
    bokmål=(
        "funksjon",
        "parti",
        "stilling",
        "rolle",
        "tittel",
        "organisasjon",
        "kommune",
        "navn",
        "merknad",
        "kommentar",
    ),
    nynorsk=(
        "funksjon",
        "parti",
        "stilling",
        "rolle",
        "tittel",
        "organisasjon",
        "kommune",
        "namn",
        "merknadar",
    ),
)


# What the name of an organisation ends in ("Lebesby kommune", "Biotope AS", "Fylkesmannen i Finnmark",
# "Kirkenes Næringshage"): such a word ends the name written before it.
_SHARED_ORGANISATION_ENDINGS = (
    "kommune", "fylkeskommune", "fylkesmannen", "næringshage", "regionråd", "regionrådet", "universitet",
    "as", "asa", "iks", "hf", "sa", "kf", "kommunes",
)  # fmt: skip
ORGANISATION_ENDINGS = Words(
    bokmål=(
        *_SHARED_ORGANISATION_ENDINGS,
        "statsforvalteren",
        "politimesteren",
        "sykehus",
        "sykehuset",
        "høgskole",
    ),
    nynorsk=(
        *_SHARED_ORGANISATION_ENDINGS,
        "statsforvaltaren",
        "politimeisteren",
        "sjukehus",
        "sjukehuset",
        "høgskule",
    ),
)

# In calendar order.
WEEKDAYS: tuple[Words, ...] = (
    Words(bokmål=("mandag",), nynorsk=("måndag",)),
    Words(bokmål=("tirsdag",), nynorsk=("tysdag",)),
    Words(bokmål=("onsdag",), nynorsk=("onsdag",)),
    Words(bokmål=("torsdag",), nynorsk=("torsdag",)),
    Words(bokmål=("fredag",), nynorsk=("fredag",)),
    Words(bokmål=("lørdag",), nynorsk=("laurdag",)),
    Words(bokmål=("søndag",), nynorsk=("sundag",)),
)


# In calendar order; the month names are the same in both written standards, abbreviations included.
MONTHS: tuple[Words, ...] = (
    Words(bokmål=("januar", "jan"), nynorsk=("januar", "jan")),
    Words(bokmål=("februar", "feb"), nynorsk=("februar", "feb")),
    Words(bokmål=("mars", "mar"), nynorsk=("mars", "mar")),
    Words(bokmål=("april", "apr"), nynorsk=("april", "apr")),
    Words(bokmål=("mai",), nynorsk=("mai",)),
    Words(bokmål=("juni", "jun"), nynorsk=("juni", "jun")),
    Words(bokmål=("juli", "jul"), nynorsk=("juli", "jul")),
    Words(bokmål=("august", "aug"), nynorsk=("august", "aug")),
    Words(bokmål=("september", "sept", "sep"), nynorsk=("september", "sept", "sep")),
    Words(bokmål=("oktober", "okt"), nynorsk=("oktober", "okt")),
    Words(bokmål=("november", "nov"), nynorsk=("november", "nov")),
    Words(bokmål=("desember", "des"), nynorsk=("desember", "des")),
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
