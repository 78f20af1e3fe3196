"""The crawler: marker words planted by the secretary in every field that can hold exempt or unpublished content,
then every page, feed, PDF, Word file, search and direct URL visited as each role; no marker may reach a role
without the right to it.

Bodies: the public network (a published meeting with approved minutes, a published meeting with draft minutes,
an unpublished meeting, an exempt case, a case made exempt after approval, documents, proposals, an import draft)
and the unpublished steering group. Roles: an anonymous visitor, Olav (a member of the steering group only),
Mona (a member of the network), Kari (its chair) and Sara (its secretary), and Tore, whose network membership
ended yesterday, through his personal links. URL patterns come from the resolver, so a page added later is
crawled too.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import string
from dataclasses import dataclass, field
from io import BytesIO

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from motebok.documents.models import Document
from motebok.importer.services import stage_upload
from motebok.invitations.models import Answer, FeedToken
from motebok.invitations.services import feed_token
from motebok.meetings import services
from motebok.meetings.models import ActionItem, Case, Deadline, Meeting
from motebok.minutes import services as minutes
from motebok.registry.models import Membership
from tests.conftest import make_person

ROLES = ("anonymous", "other", "member", "chair", "secretary")
NETWORK_MEMBERS = frozenset({"member", "chair", "secretary"})
NETWORK_EDITORS = frozenset({"chair", "secretary"})
STEERING_MEMBERS = frozenset({"other"})
EVERYONE = frozenset(ROLES)
NOBODY: frozenset[str] = frozenset()
# The apps whose rows are what URL ids point at, and the people and memberships that OParl names by id.
ID_APPS = {"meetings", "documents", "minutes", "importer", "invitations", "planning", "programmes"}
ID_MODELS = {"registry.person", "registry.membership"}


@dataclass
class Markers:
    """Unique words, each with the roles that may read it."""

    allowed: dict[str, frozenset[str]] = field(default_factory=dict)
    _codes: itertools.product = field(
        default_factory=lambda: itertools.product(string.ascii_lowercase, repeat=3)
    )

    def new(self, allowed: frozenset[str]) -> str:
        # Letters only, framed by letters that no Norwegian stemmer strips, so that search finds the word whole.
        word = "qz" + "".join(next(self._codes)) + "xq"
        self.allowed[word] = allowed
        return word

    def found_in(self, text: str) -> set[str]:
        return {word for word in re.findall(r"qz[a-z]{3}xq", text) if word in self.allowed}


def _plant(world, markers: Markers) -> dict:
    """Everything the crawler looks for, planted as the secretary would, through the services."""
    network, steering = world.network, world.steering_group
    new = markers.new
    today = timezone.localdate()
    soon = today + dt.timedelta(days=30)

    # Mona's contact details are for those who sit in the network with her.
    world.member.phone = new(NETWORK_MEMBERS)
    world.member.save()

    # A published meeting whose minutes are approved: an open case (public), an exempt case, and a case made
    # exempt after approval, each with notes, conclusion, follow-up, deadline and documents.
    approved = services.create_meeting(
        network,
        start=timezone.now() - dt.timedelta(days=20),
        place="Rådhuset",
        chair=world.chair,
        minute_taker=world.secretary,
        status=Meeting.Status.HELD,
        is_published=True,
    )
    open_case = Case.objects.create(body=network, title=f"Åpen sak {new(EVERYONE)}", background=new(EVERYONE))
    exempt_case = Case.objects.create(
        body=network,
        title=f"Unntatt sak {new(NETWORK_MEMBERS)}",
        background=new(NETWORK_MEMBERS),
        access="exempt",
        exemption_basis="offl. § 25",
        public_title="Personalsak",
    )
    late_case = Case.objects.create(
        body=network, title=f"Senere unntatt {new(NETWORK_MEMBERS)}", background=new(NETWORK_MEMBERS)
    )
    for case in (open_case, exempt_case, late_case):
        services.place_case(case, approved)
    section_words = {
        open_case.pk: (new(EVERYONE), new(EVERYONE)),
        exempt_case.pk: (new(NETWORK_MEMBERS), new(NETWORK_MEMBERS)),
        late_case.pk: (new(NETWORK_MEMBERS), new(NETWORK_MEMBERS)),
    }
    _write_minutes(approved, section_words, world)
    for case in (exempt_case, late_case):
        ActionItem.objects.create(
            what=f"Følge opp {new(NETWORK_MEMBERS)}",
            owner_person=world.member,
            body=network,
            case=case,
            meeting=approved,
            due=soon,
        )
        Deadline.objects.create(
            body=network, what=f"Frist {new(NETWORK_MEMBERS)}", date=soon, case=case, meeting=approved
        )
    ActionItem.objects.create(
        what=f"Åpen oppfølging {new(EVERYONE)}",
        owner_person=world.member,
        body=network,
        case=open_case,
        meeting=approved,
        due=soon,
    )
    Deadline.objects.create(body=network, what=f"Åpen frist {new(EVERYONE)}", date=soon)
    minutes.approve_minutes(approved.minutes, by=world.chair)
    late_case.access, late_case.exemption_basis, late_case.public_title = (
        "exempt",
        "offl. § 14",
        "Senere unntatt",
    )
    late_case.save()
    _document(new, network, title_allowed=EVERYONE, case=open_case)
    _document(new, network, title_allowed=NETWORK_MEMBERS, case=exempt_case)
    _document(new, network, title_allowed=NETWORK_MEMBERS, case=open_case, access="exempt")

    # A published digital meeting, with draft minutes, whose link the body does not publish.
    drafted = services.create_meeting(
        network,
        start=timezone.now() - dt.timedelta(days=2),
        format=Meeting.Format.DIGITAL,
        online_link=f"https://teams.example/{new(NETWORK_MEMBERS)}",
        status=Meeting.Status.HELD,
        is_published=True,
    )
    drafted_case = Case.objects.create(body=network, title=f"Sak i utkast {new(EVERYONE)}")
    services.place_case(drafted_case, drafted)
    _write_minutes(drafted, {drafted_case.pk: (new(NETWORK_MEMBERS), new(NETWORK_MEMBERS))}, world)
    ActionItem.objects.create(
        what=f"Utkast oppfølging {new(NETWORK_MEMBERS)}",
        owner_text="Arbeidsgruppa",
        body=network,
        case=drafted_case,
        meeting=drafted,
    )
    Deadline.objects.create(
        body=network, what=f"Utkast frist {new(NETWORK_MEMBERS)}", date=soon, meeting=drafted
    )

    # An unpublished coming meeting with its own case, follow-up, deadline and document.
    coming = services.create_meeting(
        network,
        start=timezone.now() + dt.timedelta(days=14),
        title=f"Arbeidsmøte {new(NETWORK_MEMBERS)}",
        format=Meeting.Format.HYBRID,
        place="Kommunehuset",
        online_link=f"https://teams.example/{new(NETWORK_MEMBERS)}",
        status=Meeting.Status.INVITED,
    )
    coming_case = Case.objects.create(
        body=network, title=f"Upublisert sak {new(NETWORK_MEMBERS)}", background=new(NETWORK_MEMBERS)
    )
    services.place_case(coming_case, coming)
    ActionItem.objects.create(
        what=f"Kommende oppfølging {new(NETWORK_MEMBERS)}",
        owner_person=world.secretary,
        body=network,
        meeting=coming,
    )
    Deadline.objects.create(
        body=network, what=f"Kommende frist {new(NETWORK_MEMBERS)}", date=soon, meeting=coming
    )
    _document(new, network, title_allowed=NETWORK_MEMBERS, meeting=coming)

    # A member's proposal with an attachment, waiting for the secretary.
    proposal = Case.objects.create(
        body=network,
        title=f"Forslag {new(NETWORK_MEMBERS)}",
        background=new(NETWORK_MEMBERS),
        proposed_by=world.member,
    )
    _document(new, network, title_allowed=NETWORK_MEMBERS, case=proposal)

    # Tore left the network yesterday; his answer link and calendar address must stop working.
    tore = make_person("Tore Tidligere", "tore")
    Membership.objects.create(
        body=network, person=tore, role=Membership.Role.MEMBER, end=today - dt.timedelta(days=1)
    )
    Answer.objects.create(meeting=coming, person=tore)
    FeedToken.objects.create(person=tore, body=network)
    FeedToken.objects.create(person=tore, body=None)
    Answer.objects.create(meeting=coming, person=world.member)
    feed_token(world.member, network)
    feed_token(world.outsider, steering)

    # The steering group publishes nothing: all of it is for its members.
    steering_meeting = services.create_meeting(
        steering,
        start=timezone.now() - dt.timedelta(days=10),
        title=f"Styringsmøte {new(STEERING_MEMBERS)}",
        place=new(STEERING_MEMBERS),
        chair=world.outsider,
        status=Meeting.Status.HELD,
        is_published=True,
    )
    steering_case = Case.objects.create(
        body=steering, title=f"Styringssak {new(STEERING_MEMBERS)}", background=new(STEERING_MEMBERS)
    )
    services.place_case(steering_case, steering_meeting)
    _write_minutes(
        steering_meeting, {steering_case.pk: (new(STEERING_MEMBERS), new(STEERING_MEMBERS))}, world
    )
    ActionItem.objects.create(
        what=f"Styringsoppfølging {new(STEERING_MEMBERS)}",
        owner_person=world.outsider,
        body=steering,
        case=steering_case,
        meeting=steering_meeting,
    )
    Deadline.objects.create(body=steering, what=f"Styringsfrist {new(STEERING_MEMBERS)}", date=soon)
    minutes.approve_minutes(steering_meeting.minutes, by=world.outsider)
    _document(new, steering, title_allowed=STEERING_MEMBERS, meeting=steering_meeting)

    # Import drafts are for the body's editors until someone imports them.
    for body, editors, person in (
        (network, NETWORK_EDITORS, world.secretary),
        (steering, NOBODY, world.outsider),
    ):
        text = f"Referat fra møte 3. mars 2025\n\nSak 1/25 {new(editors)}\n\n{new(editors)}\n"
        stage_upload(body, f"referat-{body.slug}.txt", text.encode(), person.user)
    programme = _plant_programme(world, new, today)
    return {"body_slugs": [network.slug, steering.slug, programme.body.slug]}


def _plant_programme(world, new, today: dt.date):
    """A public programme run by Sara: Mona leads one municipality's project, and each municipality's report is
    for the secretariat and its own people until it is published."""
    from motebok.programmes import services as programmes
    from motebok.programmes.models import Question
    from motebok.registry.municipalities import resolve_municipality

    programme = programmes.create_programme(
        name="Leve hele livet", start=today - dt.timedelta(days=365), end=today + dt.timedelta(days=365),
        secretaries=[world.secretary], organisation=("council",), is_public=True,
    )  # fmt: skip
    theme = programmes.add_theme(programme, name=f"Tema {new(EVERYONE)}", goal=new(EVERYONE))
    network = programmes.create_network(
        programme, name="Nettverk nord", theme=theme, round=None, secretaries=[]
    )
    admitted = today - dt.timedelta(days=100)
    places = [
        programmes.admit(programme, resolve_municipality(name, on=today), admitted=admitted, network=network)
        for name in ("Bodø", "Vefsn", "Alstahaug")
    ]
    project = programmes.save_project(
        places[0], title=f"Prosjekt {new(EVERYONE)}", theme=theme, leader=world.member, status="active",
        description=new(EVERYONE),
    )  # fmt: skip
    programmes.set_grant(project, year=today.year, granted=200000, paid=100000)
    programmes.create_gathering(
        programme, network.body, kind="network", start=timezone.now() - dt.timedelta(days=5)
    )
    reporting_round = programmes.open_reporting_round(
        programme, title="Årsrapport", kind="annual", deadline=today + dt.timedelta(days=5),
        questions=[("Hva er gjort?", Question.Kind.TEXT, [])],
    )  # fmt: skip
    (question,) = reporting_round.questions.all()
    reports = {report.participant_id: report for report in reporting_round.reports.all()}
    mona_report, draft, published = (reports[place.pk] for place in places)
    programmes.save_report(
        mona_report, {question.pk: new(frozenset({"member", "secretary"}))}, by=world.member, submit=True
    )
    programmes.save_report(draft, {question.pk: new(frozenset({"secretary"}))}, by=None)
    programmes.save_report(published, {question.pk: new(EVERYONE)}, by=None, submit=True)
    programmes.publish_report(published)
    return programme


def _write_minutes(meeting: Meeting, words: dict[int, tuple[str, str]], world) -> None:
    """Draft the minutes and save notes and a conclusion per case, as the minutes editor does."""
    draft = minutes.start_minutes(meeting)
    for section in draft.sections.select_related("agenda_item"):
        section.notes, section.conclusion = words[section.agenda_item.case_id]
        section.save()
    minutes.save_minutes(draft, loaded_revision=draft.revision, author=world.secretary, forms=[])


def _document(new, body, title_allowed: frozenset[str], access: str = "case", **filed) -> Document:
    extra = {"exemption_basis": "offl. § 14", "public_title": "Internt notat"} if access == "exempt" else {}
    content = new(title_allowed)
    return Document.objects.create(
        title=f"Dokument {new(title_allowed)}",
        body=body,
        sha256=f"{content:0>64}"[-64:],
        extracted_text=f"Teksten {new(title_allowed)}",
        file=ContentFile(f"Filen {content}".encode(), "notat.txt"),
        access=access,
        **extra,
        **filed,
    )


def _routes(patterns, prefix: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern).startswith("admin/"):
                continue  # Django's admin is for site staff, who see everything.
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def _urls(route: str, slugs: list[str], ids: list[int], tokens: list[str]):
    converters = set(re.findall(r"<(\w+):\w+>", route))
    unknown = converters - {"int", "slug", "str"}
    assert not unknown, f"the crawler cannot fill {route}: teach it the converter"
    for slug, pk, token in itertools.product(
        slugs if "slug" in converters else [""],
        ids if "int" in converters else [0],
        tokens if "str" in converters else [""],
    ):
        url = re.sub(r"<slug:\w+>", slug, route)
        url = re.sub(r"<int:\w+>", str(pk), url)
        yield "/" + re.sub(r"<str:\w+>", token, url)


def _unfold_calendar(text: str) -> str:
    return text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")


def text_of(response) -> str:
    """What a person would read in the response: the text of a PDF or Word file, an unfolded calendar, or HTML."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if "pdf" in kind:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(content)
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    if "wordprocessingml" in kind:
        import docx

        document = docx.Document(BytesIO(content))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        for section in document.sections:
            parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
        return "\n".join(parts)
    text = content.decode("utf-8", errors="replace")
    return _unfold_calendar(text) if "calendar" in kind else text


@dataclass
class Crawl:
    markers: Markers
    leaks: list[str] = field(default_factory=list)
    seen: dict[str, set[str]] = field(default_factory=dict)
    kinds: set[str] = field(default_factory=set)
    requests: int = 0

    def check(self, role: str, allowed_role: str, url: str, response) -> None:
        self.requests += 1
        if response.status_code != 200:
            return
        text = text_of(response)
        kind = response.get("Content-Type", "").split(";")[0]
        found = self.markers.found_in(text)
        self.seen.setdefault(role, set()).update(found)
        if role == "anonymous" and found:
            self.kinds.add(kind)
        for word in found:
            if allowed_role not in self.markers.allowed[word]:
                self.leaks.append(f"{word} ({_what(word, self.markers)}) reaches {role} at {url}")


def _what(word: str, markers: Markers) -> str:
    return ", ".join(sorted(markers.allowed[word])) or "nobody"


def _token_owners() -> dict[str, str | None]:
    """Each personal link's token, with the role of its owner (None for Tore, who has left)."""
    role_of = {"mona": "member", "olav": "other", "kari": "chair", "sara": "secretary"}
    owners = {}
    for model in (Answer, FeedToken):
        for token, username in model.objects.values_list("token", "person__user__username"):
            owners[token] = role_of.get(username)
    return owners


@pytest.mark.django_db
def test_no_marker_reaches_a_role_without_the_right_by_any_path(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    markers = Markers()
    planted = _plant(world, markers)
    clients = {"anonymous": Client()}
    for role, person in (
        ("other", world.outsider),
        ("member", world.member),
        ("chair", world.chair),
        ("secretary", world.secretary),
    ):
        clients[role] = world.client_for(person)
    ids = sorted(
        {
            pk
            for model in apps.get_models()
            if model._meta.app_label in ID_APPS or model._meta.label_lower in ID_MODELS
            for pk in model.objects.values_list("pk", flat=True)
        }
    )
    owners = _token_owners()
    crawl = Crawl(markers)
    routes = list(_routes(get_resolver().url_patterns))
    assert len(routes) > 30

    for route in routes:
        if "<str:" in route:
            # A personal link is its owner's credential: whoever holds it reads as its owner, or as nobody once
            # the owner has left.
            for token, owner in owners.items():
                for url in _urls(route, planted["body_slugs"], ids, [token]):
                    crawl.check("token link", owner or "former member", url, clients["anonymous"].get(url))
            continue
        for role, client in clients.items():
            for url in _urls(route, planted["body_slugs"], ids, []):
                crawl.check(role, role, url, client.get(url))

    # Search for every marker as everyone without the right, and for the public ones as an anonymous visitor,
    # on the search page and through the API; the query itself is echoed on the page.
    for word, allowed in markers.allowed.items():
        for role in set(ROLES) - allowed or {"anonymous"}:
            for path in ("/sok/", "/api/v1/search"):
                response = clients[role].get(path, {"q": word})
                text = text_of(response).replace(f'value="{word}"', "").replace(f"q={word}", "")
                crawl.check(role, role, f"{path}?q={word}", _Plain(text))

    assert crawl.leaks == [], "\n".join(crawl.leaks)
    # The crawl really reached what is public, in pages, files, feeds and search.
    public = {word for word, allowed in markers.allowed.items() if allowed == EVERYONE}
    assert public <= crawl.seen["anonymous"], public - crawl.seen["anonymous"]
    # Each signed-in role really read what only it may read: the crawl saw every role as who it is.
    for role, allowed in (
        ("other", STEERING_MEMBERS),
        ("member", NETWORK_MEMBERS),
        ("chair", NETWORK_EDITORS),
    ):
        assert {word for word in crawl.seen[role] if markers.allowed[word] == allowed}, role
    assert {
        "text/html",
        "application/pdf",
        "text/calendar",
        "text/plain",
        "application/json",
    } <= crawl.kinds, crawl.kinds
    assert any("wordprocessingml" in kind for kind in crawl.kinds), crawl.kinds
    assert len(markers.allowed) > 50 and crawl.requests > 1000, crawl.requests


@dataclass
class _Plain:
    """A response already read as text (the search page without the echoed query)."""

    text: str
    status_code: int = 200
    streaming: bool = False

    @property
    def content(self) -> bytes:
        return self.text.encode()

    def get(self, name: str, default: str = "") -> str:
        return "text/html" if name == "Content-Type" else default
