"""Follow-ups given to someone ("X følger opp", "Ansvar: X", "X tar ansvar for …") and dated deadlines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import find_dates
from .names import is_name
from .task_wording import active_task, infinitive_task
from .text import WRAPPED_WIDTH, Found, Line, trim
from .vocabulary import WEEKDAY_ALT

_OWNER = r"(?P<owner>(?:[A-ZÆØÅ][\wæøåÆØÅ.'’()-]*|[a-zæøå]+(?:et|en|ane|ene)(?=\s))(?:\s+(?:[A-ZÆØÅ][\wæøåÆØÅ.'’()-]*|(?:v/\s*|ved\s+)[A-ZÆØÅ][\wæøåÆØÅ.'’-]*|\([^()\n]{1,40}\)|kommune|kommunane|kommunene|[a-zæøå]*(?:leder|leiar)|dagleg|daglig|i|og|for|fra|frå|[a-zæøå]+(?:gruppa|gruppe|utvalet|utvalget|nettverket|nettverk|sekretariatet|kontoret|rådet)))*?)"
_GROUP_OWNER = (
    r"(?P<owner>(?:[Aa]lle\s+|[Øø]vrige\s+|[Kk]var\s+|[Hh]ver\s+)?[\wæøå]*[Kk]ommun(?:ene|ane|er|ar|e))"
)
# Follow-up verbs after "skal/vil/må" (infinitive) and on their own (present tense), bokmål and nynorsk.
_INFINITIVES = (
    r"(?:sende|utarbeide|lage|skrive|kalle inn|invitere|sjekke|undersøke|kontakte|ta kontakt|avklare"
    r"|innhente|koordinere|forberede|legge fram|leggje fram|distribuere|sette opp|setje opp|melde"
    r"|følge opp|følgje opp|formidle|oppdatere|utforme|skaffe|gå gjennom|arrangere|planlegge|planleggje"
    r"|bestille|rapportere|utgreie|utrede|kartlegge|kartleggje|presentere|orientere|gi|gje|levere|teste"
    r"|prøve ut|greie ut|informere|innkalle|ordne|hente inn|oppsummere|purre|avtale|ta med)"
)
_PRESENT_VERBS = (
    r"(?:sender|sendar|utarbeider|skriver|kaller inn|inviterer|sjekker|kontakter|avklarer|innhenter|koordinerer"
    r"|forbereder|distribuerer|setter opp|oppdaterer|formidler|utformer|arrangerer|bestiller|kartlegger"
    r"|utreder|utgreier|greier ut|skaffar|skaffer|deler|lager|lagar|samler|samlar|legger fram|legg fram"
    r"|(?:legg|legger)\s+(?:[a-zæøå]+\s+){1,3}?fram|kallar inn|førebur|kontaktar|avklarar|undersøker"
    r"|undersøkjer|tar kontakt|tek kontakt|melder inn|meldar inn|tester ut|testar ut|prøver ut|prøvar ut"
    r"|leverer|gir tilbakemelding|gjev tilbakemelding|informerer|informerar|innkaller|innkallar|ordner|ordnar"
    r"|henter inn|hentar inn|oppsummerer|oppsummerar|purrer|purrar|rapporterer|rapporterar|sørger for at"
    r"|syter for at|tar med seg|tek med seg|tar saken videre|tek saka vidare|skriv|leder arbeidet|leiar arbeidet"
    r"|gir svar|gjev svar)"
)
_PATTERNS = [
    # "X følger opp …", "X følgjer opp …"
    (re.compile(_OWNER + r"\s+(?P<verb>følger opp|følgjer opp|følger saken opp|følgjer saka opp)\b(?P<task>.*)"), "følge opp"),
    # "X tar ansvar for (å) …", "X tek ansvar for …", "X får ansvar for …"
    (re.compile(_OWNER + r"\s+(?:tar|tek|får|fikk|fekk|har)\s+(?:hovud)?ansvar(?:et)?\s+for\s+(?P<infinitive>å\s+)?(?P<task>.+)"), "ansvar"),
    # "X får i oppgave å …", "X fikk i oppdrag å …", "X blir bedt om å …"
    (re.compile(_OWNER + r"\s+(?:får|fikk|fekk|har fått|har fått)\s+i\s+(?:oppgave|oppdrag)\s+(?:å\s+)?(?P<task>.+)"), ""),
    (re.compile(_OWNER + r"\s+(?:blir|ble|vart|vert|er)\s+bedt\s+om\s+(?:å\s+)?(?P<task>.+)"), ""),
    # "X skal sende …", "X vil utarbeide forslag …", "X sender vedtaket", "X utarbeider forslag …"
    (re.compile(_OWNER + r"\s+(?:skal|vil|må|sørger for å|syter for å|tar på seg å|tek på seg å)\s+(?P<task>"
                + _INFINITIVES + r"\b.*)"), ""),
    # "Alle kommunene gir tilbakemelding innen 13. juni", "Kommunene behandler avtalen innen …": a group
    # given a dated task, whatever the verb.
    (re.compile(_GROUP_OWNER + r"\s+(?P<task>(?:gir|gjev|tar|tek|[a-zæøå]{2,}(?:er|ar))\b(?!\s+(?:at|om)\b).*)"),
     "group"),
    (re.compile(_OWNER + r"\s+(?P<task>" + _PRESENT_VERBS + r"\b.*)"), "present"),
    # "Kommunane melder behov innan 2. juni": reporting is a task only with a time limit ("melder at" reports).
    (re.compile(_OWNER + r"\s+(?P<task>(?:melder|meldar)\s+(?!(?:at|om|fra|frå|seg|tilbake)\b).*)"), "dated"),
    # "Styret godkjenner budsjettet og sender det …": a decision joined to the follow-up by "og".
    (re.compile(_OWNER + r"\s+[a-zæøå]+\b[^.;:]{0,120}?,?\s+og\s+(?P<task>" + _PRESENT_VERBS + r"\b.*)"),
     "present"),
    # "… ber sekretariatet lage …", "ber dagleg leiar inngå …" give the task to the one asked.
    (re.compile(r"(?:^|.*?\s)(?:ber|bad|ba)\s+(?P<owner>(?:[a-zæøå]+\s+)?(?:leder|leiar)|[a-zæøå]+(?:ene|ane|et|en|a)"
                r"|[A-ZÆØÅ][\wæøå]+(?:\s+[A-ZÆØÅ][\wæøå]+)*(?:\s+(?:kommune|herad|fylkeskommune)\b)?)\s+(?:om\s+å\s+)?"
                r"(?P<task>(?!(?:kommune|herad|fylkeskommune)\b)[a-zæøå]+[eaå]\b.+)"),
     "addressed"),
    # "X utfordret Y til å …" gives the task to Y.
    (re.compile(r"[A-ZÆØÅ][\wæøå]*\s+(?:utfordret|utfordra|ba|bad)\s+(?P<owner>[\wæøåÆØÅ]+(?:\s+[A-ZÆØÅ][\wæøå]*)*)\s+(?:til|om)\s+å\s+(?P<task>.+)"), "addressed"),
    # "Saken følges opp i/av X"
    (re.compile(r"(?P<task>[A-ZÆØÅ][\wæøå ]{0,40}?)\s+(?:følges|følgjast|blir fulgt|vert følgd)\s+opp\s+(?:i|av)\s+(?P<owner>[A-ZÆØÅ][^.,;:]{1,60}|[a-zæøå]+(?:et|en|ane|ene)\b)"), "passive"),
]  # fmt: skip
# Words one of _PATTERNS needs; a sentence without any of them is not tried.
# Both are matched against the lower-cased sentence: one lower() is cheaper than re.I or a lower() per word.
_TRIGGER_STEMS_RE = re.compile(r"følg|ansvar|oppgåve|oppgave|oppdrag|bedt|bede|utfordr")
_TRIGGER_WORDS = frozenset([
    "skal", "vil", "må", "sørger", "syter", "tar", "tek", "ber", "bad", "ba", "sender", "utarbeider",
    "skriver", "kaller", "inviterer", "sjekker", "kontakter", "avklarer", "innhenter", "koordinerer",
    "forbereder", "distribuerer", "setter", "oppdaterer", "formidler", "utformer", "arrangerer",
    "bestiller", "kartlegger", "utreder", "utgreier", "skaffar", "skaffer", "deler", "lager", "lagar",
    "samler", "samlar", "legger", "legg", "kallar", "førebur", "kontaktar", "avklarar", "undersøker",
    "undersøkjer", "sendar", "greier", "melder", "meldar", "tester", "testar", "prøver", "prøvar",
    "leverer", "gir", "gjev", "informerer", "informerar", "innkaller", "innkallar", "ordner", "ordnar",
    "henter", "hentar", "skriv", "oppsummerer", "oppsummerar", "purrer", "purrar", "rapporterer", "rapporterar",
    "leder", "leiar",
])  # fmt: skip
# The verbs that open a task written in the present ("sender referatet"), turned into infinitives.
_PRESENT_WORDS = _TRIGGER_WORDS - {"skal", "vil", "må", "ber", "bad", "ba"}
# A clause starts after a dash, a colon, or what was agreed: "Det ble avtalt at Per Hansen sender …".
_CLAUSE_BREAK_RE = re.compile(r"\s[–-]\s+|:\s+")
_AGREED_AT_RE = re.compile(
    r"\b(?:avtalt|avtala|bestemt|besluttet|vedtatt|vedteke|enige? om|einige? om|enighet om|semje om"
    r"|ber om|bed om|ba om|bad om)\s+at\s+"
)
# "Brønnøy inviterer til fagdag 22. mai" announces an event; it gives no one a follow-up.
_ANNOUNCEMENT_RE = re.compile(
    r"^invitere\s+til\s+(?:ein\s+|en\s+|et\s+|eit\s+)?(?:fagdag|seminar|samling|konferanse|kurs|webinar"
    r"|frukostmøte|frokostmøte|markering|opning|åpning)"
)
# "(ansv. Marianne H. E.)": the owner in brackets after an abbreviated "ansvar".
_OWNER_PREFIX_RE = re.compile(r"^(?:ansv\.|ansvar:|ansvarleg:|ansvarlig:)\s*", re.I)
_LOWER_WORD_RE = re.compile(r"[a-zæøå]+")
_ANSVAR_RE = re.compile(
    r"\b(?:ansvar(?:leg|lig)?(?:\s+for\s+oppfølging(?:a|en)?)?|hvem|kven)\s*:\s*(?P<owner>[^.;\n\t]{2,80}?)(?=\s*(?:[.;\t]|frist\b|$))",
    re.I,
)
# "Oppfølging: Sekretariatet" names an owner only when nothing but the owner follows the label.
_FOLLOW_UP_LABEL_RE = re.compile(
    r"(?:oppfølging|oppfylging|oppfølgingsansvar)\s*:\s*(?P<owner>[^.;\n\t]{2,60})", re.I
)
# "Per Hansen: sende referatet til kommunene": the owner opens the line, the task follows the colon.
_OWNER_FIRST_RE = re.compile(r"^(?P<owner>[^:\d]{2,40}):\s+(?P<task>.+)$")
_NAMED_BODY_RE = re.compile(
    r"[A-ZÆØÅ][a-zæøå]+(?:et|en|ane|ene)|[A-ZÆØÅ]{2,4}|[A-ZÆØÅ][a-zæøå]+ (?:kommune|fylkeskommune)"
)
# "Ansvar: Per Hansen, frist 1. mai": a deadline may close the owner's sentence.
_DEADLINE_REST_RE = re.compile(r"^[,;–-]?\s*(?:med\s+)?[\wæøå]*frist(?:en)?\b", re.I)
_BARE_DEADLINE_RE = re.compile(
    r"^\W*frist(?:en)?(?:\s+er)?\s*:?\s*(?:den\s+|innen\s+|innan\s+)?\d[^\n]{0,25}$", re.I
)
_OWNER_CONNECTORS = frozenset(["og", "i", "for", "kommune", "v/", "fylkeskommune"])
_NOT_OWNER_OPENERS = frozenset(
    ["etter", "før", "i", "på", "til", "om", "innen", "innan", "fra", "frå", "med", "ved", "se", "sjå", "jf"]
)
_DEFINITE_RE = re.compile(r"(?:et|en|a|ane|ene|leder|leiar)$")
_INFINITIVE_OPENING_RE = re.compile(_INFINITIVES + r"\b", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?]+(?:\s+|$)")
_WORD_REACH = 80
# "Ansvar: X" may follow the task it owns by this many sentences ("… sender planen. Frist er …").
_ANSVAR_REACH = 2
# "Konklusjon: X sender …": the label before the clause is no topic of the task.
# "Forslag til vedtak: Nettverket ber NN …" proposes a follow-up that nobody has been given yet.
_PROPOSAL_RE = re.compile(
    r"^\W*(?:[\wæøå]+s\s+)?(?:forslag|framlegg)\s+til\s+(?:vedtak|innstilling)|^\W*(?:innstilling|tilråding)\s*:",
    re.I,
)
_LABEL_TOPIC_RE = re.compile(
    r"^(?:vedtak|konklusjon|oppsummering|innstilling|merknad|oppfølging|tiltak|aksjon|oppgave|oppgåve|ansvar)$",
    re.I,
)
# A bullet, a numbered heading ("2. Erfaringer", not the date "15. mai") or a label starts a new line of thought.
_LIST_ITEM_RE = re.compile(r"^(?:[-–•·*▪]|\d{1,2}[.)]\s+[A-ZÆØÅ]|[A-ZÆØÅ][\wæøå ]{1,25}:)")
_ABBREVIATIONS = frozenset(
    [
        "bl.a",
        "ca",
        "evt",
        "ev",
        "ifm",
        "jf",
        "kl",
        "mht",
        "mv",
        "nr",
        "osv",
        "pkt",
        "pr",
        "t.o.m",
        "f.o.m",
        "tlf",
        "ass",
        "adm",
        "dvs",
        "etc",
        "ref",
        "sk",
        "ansv",
    ]
)
# A task ends before its deadline ("– frist 26. april", "innan 1. november") and at a sentence end.
# "innen tysdag 1. april": a weekday may stand before the date of a time limit.
_WEEKDAY = rf"(?:(?:{WEEKDAY_ALT})\s+)?"
# The white space before the deadline is taken whole (possessive, from where its run starts): "\s*[–-]?\s+"
# backtracking on every split of a long run of blanks took cubic time.
_TASK_END_RE = re.compile(
    r"(?<!\s)(?:\s*+[–-])?\s++(?:(?:innen|innan|senest|seinast)\s+(?:[\wæøå]*fristen?\s+)?|[\wæøå]*frist(?:en)?\s+)"
    + _WEEKDAY
    + r"(?:den\s+)?\d"
    r"|(?<!\d)\.\s"
)
_NOT_OWNERS = frozenset(
    [
        "det",
        "dette",
        "den",
        "de",
        "dei",
        "man",
        "vi",
        "eg",
        "jeg",
        "han",
        "hun",
        "ho",
        "alle",
        "ingen",
        "noen",
        "nokon",
        "saken",
        "saka",
        "hvem",
        "kven",
        "som",
        "hva",
        "kva",
        # The network giving itself work is how it decides, not a follow-up given to someone.
        "nettverket",
    ]
)
_DEADLINE_RE = re.compile(
    r"\b[\wæøå]*frist(?:en)?"
    r"(?P<what>\s+(?:for|til)\s+[^:\d]{3,70}?)?(?:\s+(?:er|blir|vert|settes til|er satt til|sett til))?\s*:?\s*"
    r"(?:den\s+|innen\s+|innan\s+|til\s+)?" + _WEEKDAY + r"(?:den\s+)?(?=\d)"
    r"|\b(?:innen|innan|senest|seinast|før)\s+" + _WEEKDAY + r"(?:den\s+)?(?=\d{1,2}\.)",
    re.I,
)


_HAS_DIGIT_RE = re.compile(r"\d")


@dataclass
class ActionFound:
    owner: Found
    task: Found
    due: dt.date | None = None


@dataclass
class DeadlineFound:
    what: Found
    date: dt.date
    span: tuple[int, int]


def sentences(lines: list[Line]) -> list[Found]:
    """Split lines into sentences, keeping offsets; initials, ordinals and abbreviations do not end one."""
    found = []
    for line in _reflowed(lines):
        start = 0
        for m in _SENTENCE_END_RE.finditer(line.text):
            # The next character is all that is asked of what follows.
            if _keeps_going(_word_before(line.text, m.start()), line.text[m.end() : m.end() + 1]):
                continue
            found.append(trim(line.text[start : m.end()], line.start + start))
            start = m.end()
        found.append(trim(line.text[start:], line.start + start))
    return [f for f in found if f.value]


def _word_before(text: str, end: int) -> str:
    """Return the last word of text[:end] ("" if none), looking back no further than the word's start: slicing
    all that went before at each sentence end of a long line (a reflowed paragraph, a page run into one line)
    would be quadratic."""
    start = max(0, end - _WORD_REACH)
    parts = text[start:end].rsplit(None, 1)
    if start and len(parts) < 2:
        parts = text[:end].rsplit(None, 1)  # the word may start further back
    return parts[-1] if parts else ""


def _reflowed(lines: list[Line]) -> list[Line]:
    """Join prose that a page width wrapped onto several lines, so that a sentence is read whole."""
    joined: list[Line] = []
    for line in lines:
        if line.blank:
            continue
        last = joined[-1] if joined else None
        if last and line.start == last.end + 1 and _wraps(last.text, line.text.strip()):
            # The newline becomes a space, so offsets into the joined text stay those of the document.
            joined[-1] = Line(last.start, line.end, f"{last.text} {line.text}")
        else:
            joined.append(line)
    return joined


def _wraps(text: str, following: str) -> bool:
    end = text.rstrip()
    if not end or not following or end[-1] in ".!?:;" or _LIST_ITEM_RE.match(following):
        return False
    return following[0].islower() or len(end.strip()) >= WRAPPED_WIDTH


def _keeps_going(word: str, after: str) -> bool:
    bare = word.lstrip('(«"')
    if (bare.isdigit() and len(bare) <= 2) or bare.lower() in _ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isupper():
        return True
    return bool(after) and after[0].islower()


def find_actions(parts: list[Found], default_year: int | None) -> list[ActionFound]:
    """Return the follow-ups the sentences give to someone."""
    actions: list[ActionFound] = []
    for k, sentence in enumerate(parts):
        previous = parts[k - 1] if k else None
        alone = _owner_alone(sentence)
        if _BARE_DEADLINE_RE.match(sentence.value) and actions and actions[-1].due is None:
            # "… Ansvar: Per Hansen. Frist: 1. mai.": the deadline just after a follow-up is its due date.
            recent = parts[max(0, k - _ANSVAR_REACH)]
            if actions[-1].task.start >= recent.start or actions[-1].owner.start >= recent.start:
                dates = find_dates(sentence.value)
                actions[-1].due = dates[0].resolve(default_year) if dates else None
            continue
        if alone and previous:
            # "Ansvar: X" on its own: X owns the task just given, or what the sentence before asks for.
            recent = parts[max(0, k - _ANSVAR_REACH)]
            given = actions and recent.start <= actions[-1].task.start < previous.end
            if given and (actions[-1].task.start >= previous.start or not _task_like(previous)):
                actions[-1].owner = alone
                continue
            action = ActionFound(alone, _reworded(_cut_task(_without_label(previous))))
            dated = sentence if _DEADLINE_RE.search(sentence.value) else previous
        else:
            action = (
                _ansvar_action(sentence)
                or _pattern_action(sentence, previous)
                or _owner_aside_action(sentence)
            )
            dated = sentence
        if action:
            limited = _HAS_DIGIT_RE.search(dated.value) and _DEADLINE_RE.search(dated.value)
            dates = find_dates(dated.value) if limited else []
            action.due = dates[0].resolve(default_year) if dates else None
            actions.append(action)
    return actions


def find_deadlines(parts: list[Found], default_year: int | None) -> list[DeadlineFound]:
    """Return the dated time limits named in the sentences ("frist 26. april", "innen 1. mai")."""
    deadlines = []
    for sentence in parts:
        text = sentence.value
        if not _HAS_DIGIT_RE.search(text):
            continue  # every deadline ends in a date
        for m in _DEADLINE_RE.finditer(text):
            dates = find_dates(text, m.end(), min(len(text), m.end() + 25))
            if not dates or dates[0].start != m.end():
                continue
            when = dates[0].resolve(default_year)
            if when is None:
                continue
            what = _deadline_subject(text, m)
            span = (sentence.start + m.start(), sentence.start + dates[0].end)
            deadlines.append(
                DeadlineFound(
                    Found(what.value, sentence.start + what.start, sentence.start + what.end), when, span
                )
            )
    return deadlines


def _deadline_subject(text: str, m: re.Match[str]) -> Found:
    if m.group("what"):
        return trim(m.group("what"), m.start("what"), edge=" :,–-")
    before = re.split(r"\s+(?:med|–|-)\s*$", text[: m.start()].rstrip())[0]
    before = re.sub(r"\s+(?:med|–|-)$", "", before.rstrip(" ,–-"))
    found = trim(before, 0, edge=" :,–-•·*")
    return found if found.value else trim(text[m.start() : m.end()], m.start())


def _owner_alone(sentence: Found) -> Found | None:
    m = _ANSVAR_RE.match(sentence.value)
    if not m:
        # "Oppfølging: X" is read only when the sentence opens so (a cheap test first).
        m = _FOLLOW_UP_LABEL_RE.match(sentence.value) if sentence.value[:3].lower() == "opp" else None
        if not m or not _owner_like(m.group("owner").strip(" .")):
            return None
    rest = sentence.value[m.end() :].strip(" .")
    if rest and not _DEADLINE_REST_RE.match(rest):
        return None
    return trim(m.group("owner"), sentence.start + m.start("owner"), edge=" :,.;–-)")


def _owner_like(text: str) -> bool:
    """Tell whether text is only an owner: capitalised words ("Per Hansen", "Vefsn kommune") or "sekretariatet"."""
    words = text.split()
    if not 0 < len(words) <= 5 or not _valid_owner(text, lowercase_ok=True):
        return False
    if words[0][:1].isupper():
        return all(w[:1].isupper() or w.lower() in _OWNER_CONNECTORS or w.startswith("v/") for w in words)
    return len(words) <= 2 and words[0] not in _NOT_OWNER_OPENERS and bool(_DEFINITE_RE.search(words[-1]))


def _owner_aside_action(sentence: Found) -> ActionFound | None:
    """Read a task whose owner stands aside: "Notat utarbeides (Per Hansen).", "Lage notat – Sekretariatet",
    "Per Hansen: sende referatet"."""
    value = sentence.value
    if ")" not in value[-3:] and " – " not in value and " - " not in value and ":" not in value[:42]:
        return None
    text = value.rstrip(" .!")
    split = _owner_at_end(text)
    if split is not None:
        task_end, owner_start, owner_end = split
        task = _cut_task(trim(text[:task_end], sentence.start, edge=" :,.;–-•·*"))
        worded = active_task(task)
        if worded is not task or _INFINITIVE_OPENING_RE.match(task.value):
            return ActionFound(trim(text[owner_start:owner_end], sentence.start + owner_start), worded)
    m = _OWNER_FIRST_RE.match(text) if ":" in text[:42] else None
    if m and _named_owner(m.group("owner")) and _INFINITIVE_OPENING_RE.match(m.group("task")):
        task = _cut_task(trim(m.group("task"), sentence.start + m.start("task"), edge=" :,.;–-•·*"))
        return ActionFound(trim(m.group("owner"), sentence.start + m.start("owner")), task)
    return None


def _owner_at_end(text: str) -> tuple[int, int, int] | None:
    """Return (task end, owner start, owner end) when an owner closes text in brackets or after a dash."""
    if text.endswith(")"):
        task_end = text.rfind("(")
        owner_start, owner_end = task_end + 1, len(text) - 1
    else:
        task_end = max(text.rfind(" – "), text.rfind(" - "))
        owner_start, owner_end = task_end + 3, len(text)
    if task_end <= 0 or not 2 <= owner_end - owner_start <= 60:
        return None
    owner = text[owner_start:owner_end].strip()
    prefix = _OWNER_PREFIX_RE.match(owner) if owner[:3].lower() == "ans" else None
    if prefix:
        owner_start += text[owner_start:owner_end].index(owner) + prefix.end()
        owner = owner[prefix.end() :]
    if any(c.isdigit() for c in owner) or not _owner_like(owner):
        return None
    return task_end, owner_start, owner_end


def _named_owner(text: str) -> bool:
    """Tell whether text, written before a colon, names someone rather than labels something."""
    return is_name(text) or bool(_NAMED_BODY_RE.fullmatch(text))


def _task_like(sentence: Found) -> bool:
    """Tell whether a sentence words a task without an owner: a passive or an opening infinitive."""
    bare = _without_label(sentence)
    return active_task(bare) is not bare or bool(_INFINITIVE_OPENING_RE.match(bare.value))


def _reworded(task: Found) -> Found:
    return active_task(infinitive_task(task, _PRESENT_WORDS))


def _without_label(sentence: Found) -> Found:
    m = re.match(r"[\wæøå ]{2,30}:\s*", sentence.value)
    return Found(sentence.value[m.end() :], sentence.start + m.end(), sentence.end) if m else sentence


def _ansvar_action(sentence: Found) -> ActionFound | None:
    lowered = sentence.value.lower()
    if "ansvar" not in lowered and "hvem" not in lowered and "kven" not in lowered:
        return None  # the cheap test spares most sentences the pattern
    m = _ANSVAR_RE.search(sentence.value)
    if not m:
        return None
    task = trim(sentence.value[: m.start()], sentence.start, edge=" :,.;–-•·*\t(")
    if not task.value:
        return None
    owner = trim(m.group("owner"), sentence.start + m.start("owner"), edge=" :,.;–-)")
    return ActionFound(owner, _reworded(task)) if owner.value else None


def _pattern_action(sentence: Found, before: Found | None) -> ActionFound | None:
    text = sentence.value
    if not _triggered(text) or _PROPOSAL_RE.match(text):
        return None
    starts, agreed = _clause_starts(text)
    for pattern, kind in _PATTERNS:
        if (kind == "dated" and "meld" not in text) or (kind == "group" and "ommun" not in text):
            continue
        for start in starts:
            m = pattern.match(text, start)
            if not m:
                continue
            owner = _without_aside(trim(m.group("owner"), sentence.start + m.start("owner"), edge=" :,.;–-"))
            # "Det ble avtalt at sekretariatet lager …": a body in lower case owns what was agreed.
            lowercase_ok = kind in ("addressed", "passive") or (
                start in agreed and _lowercase_body(owner.value)
            )
            if kind in ("dated", "group") and not _DEADLINE_RE.search(text):
                continue
            # A group owner is whole as the pattern took it ("Alle kommunene"), so "alle" does not disqualify it.
            if kind != "group" and not _valid_owner(owner.value, lowercase_ok):
                continue
            task_text = m.group("task")
            task = trim(task_text, sentence.start + m.start("task"), edge=" :,.;–-")
            task = _cut_task(task)
            # Nynorsk "følgjer opp", "følgjast opp" keep their own infinitive.
            said = m.group(0).lower()
            follow_up = "følgje opp" if "følgj" in said or "vert følgd" in said else "følge opp"
            if kind == "følge opp" and not task.value and before:
                # "X følger opp." follows up what the sentence before decided.
                context = _without_label(before)
                task = Found(f"{follow_up}: {context.value.rstrip('.')}", context.start, context.end)
            elif kind == "følge opp":
                task = Found(f"{follow_up} {task.value}".strip(), sentence.start + m.start("verb"), task.end)
            elif kind == "passive":
                # "Saken følges opp i X": what is followed up is told in the sentence before.
                same_line = before and sentence.start - before.end <= 3
                context = f": {before.value.rstrip('.')}" if same_line else ""
                task = Found(
                    f"{follow_up} {task.value.lower()}{context}",
                    (before if same_line else task).start,
                    task.end,
                )
            elif kind == "ansvar" and not m.group("infinitive"):
                task = Found(f"ta ansvar for {task.value}", task.start, task.end)
            if not task.value:
                continue
            verbs = (
                _PRESENT_WORDS | {task.value.split(" ", 1)[0].lower()} if kind == "group" else _PRESENT_WORDS
            )
            worded = infinitive_task(task, verbs)
            if worded.value.startswith("invitere") and _ANNOUNCEMENT_RE.match(worded.value):
                continue
            return ActionFound(owner, _with_topic(worded, text, start, kind))
    return None


def _triggered(text: str) -> bool:
    """Tell cheaply whether a sentence has a word that one of _PATTERNS needs."""
    lowered = text.lower()
    if _TRIGGER_STEMS_RE.search(lowered):
        return True
    if "kommun" in lowered and ("innen " in lowered or "innan " in lowered):
        return True  # a group given a dated task, whatever its verb
    return not _TRIGGER_WORDS.isdisjoint(_LOWER_WORD_RE.findall(lowered))


def _with_topic(task: Found, text: str, clause_start: int, kind: str) -> Found:
    """Name the topic of a bullet ("Bruk av BankID – Arne følger opp …") in the task."""
    topic = text[:clause_start].strip(" –-:")
    if (
        clause_start == 0
        or kind == "passive"
        or not topic
        or len(topic.split()) > 6
        or _LABEL_TOPIC_RE.match(topic)
        or topic.endswith(" at")  # "Det ble avtalt at …" introduces the clause; it is no topic
    ):
        return task
    return Found(f"{task.value} ({topic})", task.start, task.end)


def _clause_starts(text: str) -> tuple[list[int], set[int]]:
    """Return where a clause may start (the sentence start, after a dash or colon, after "avtalt at"),
    and which of them follow an agreement."""
    starts = [0]
    starts += [m.end() for m in _CLAUSE_BREAK_RE.finditer(text)]
    agreed = {m.end() for m in _AGREED_AT_RE.finditer(text)} if " at " in text else set()
    return sorted(starts + list(agreed)), agreed


def _without_aside(owner: Found) -> Found:
    """Drop what the owner's brackets add: "Per Hansen (Vefsn)" owns as "Per Hansen"."""
    if not owner.value.endswith(")") or "(" not in owner.value:
        return owner
    value = owner.value[: owner.value.index("(")].rstrip()
    return Found(value, owner.start, owner.start + len(value))


def _lowercase_body(owner: str) -> bool:
    return " " not in owner and bool(_DEFINITE_RE.search(owner)) and owner not in _NOT_OWNERS


def _valid_owner(owner: str, lowercase_ok: bool) -> bool:
    words = owner.split()
    if not words or len(words) > 7 or words[0].lower() in _NOT_OWNERS:
        return False
    return lowercase_ok or words[0][:1].isupper()


def _cut_task(task: Found) -> Found:
    value = _TASK_END_RE.split(task.value)[0].rstrip(" .")
    return Found(value, task.start, task.start + len(value))
