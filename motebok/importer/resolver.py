"""Find or create the bodies, organisations and people a document names, with caches that last one run.

An import run touches the same few bodies, municipalities and people thousands of times; each is looked
up in the database once. `forget()` drops everything after a rolled-back document, whose rows no longer exist.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone
from rapidfuzz import fuzz, process

from motebok.importer.matching import Candidate, candidate, find_by_name, fold_name, near_domain
from motebok.registry.models import Body, Organisation, Person
from motebok.registry.municipalities import (
    email_domain,
    fold,
    municipality_candidates,
    resolve_municipality,
)
from motebok.registry.naming import body_kind, body_slug


class Resolver:
    def __init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        self._bodies: dict[str, Body] | None = None
        # The registry's municipalities all change on 1 January, so (name, year) identifies one.
        self._municipalities: dict[tuple[str, int, str], Organisation | None] = {}
        # Whether a name is some municipality's in that year: asked for every follow-up's owner that is no person.
        self._municipality_names: dict[tuple[str, int], bool] = {}
        self._others: dict[str, Organisation] | None = None
        self._domains: set[str] | None = None
        self._by_email: dict[str, int] | None = None
        self._people: dict[int, Person] = {}
        self._body_people: dict[int, dict[int, Candidate]] = {}
        self._organisation_people: dict[int, dict[int, Candidate]] = {}

    # Bodies

    def body(self, name: str) -> Body:
        """The body of that name (or a near spelling), created if there is none: for a name a person gave."""
        return self.find_body(name) or self.create_body(name)

    def find_body(self, name: str) -> Body | None:
        """The existing body this name refers to: exactly, spelt nearly alike, or the one body whose name holds it."""
        bodies = self._all_bodies()
        wanted = fold_name(name)
        if not wanted:
            return None
        if wanted in bodies:
            return bodies[wanted]
        near = process.extractOne(wanted, list(bodies), scorer=fuzz.ratio, score_cutoff=92)
        if near:
            return bodies[near[0]]
        # "Kommunedirektørkollegiet" names "Kommunedirektørkollegiet Nordmøre" when no other body shares the words.
        holding = {body.pk: body for folded, body in bodies.items() if _words_within(wanted, folded)}
        return next(iter(holding.values())) if len(holding) == 1 else None

    def create_body(self, name: str) -> Body:
        """A new body named so, of the kind its name says, at an address without ø, æ or å."""
        name = name.strip()
        body = Body.objects.create(name=name, slug=_free_slug(name), kind=body_kind(name))
        self._all_bodies()[fold_name(name)] = body
        return body

    def _all_bodies(self) -> dict[str, Body]:
        if self._bodies is None:
            self._bodies = {}
            for body in Body.objects.all():
                self._bodies[fold_name(body.name)] = body
                self._bodies.setdefault(fold_name(body.slug.replace("-", " ")), body)
        return self._bodies

    # Organisations

    def municipality(self, name: str, on: dt.date | None, email: str | None = None) -> Organisation | None:
        """The municipality of that name or number on the date, historical names included.

        The e-mail domain chooses between municipalities of one name (Os in Hordaland is os-ho.kommune.no).
        """
        on = on or timezone.localdate()
        key = (fold(name), on.year, email_domain(email))
        if key not in self._municipalities:
            self._municipalities[key] = resolve_municipality(name, on=on, email=email)
        return self._municipalities[key]

    def organisation(
        self, name: str | None, on: dt.date | None, create: bool = True, email: str | None = None
    ) -> Organisation | None:
        """A municipality (as of the date), else another organisation of that name, created if asked."""
        if not name or not name.strip():
            return None
        found = self.municipality(name, on, email)
        if found is not None:
            return found
        if self._names_a_municipality(name, on or timezone.localdate()):
            # A municipality's name that stays ambiguous ("Os" with no e-mail) is no other organisation.
            return None
        others = self._other_organisations()
        wanted = fold_name(name)
        if wanted in others:
            return others[wanted]
        near = process.extractOne(wanted, list(others), scorer=fuzz.ratio, score_cutoff=92)
        if near:
            return others[near[0]]
        if not create:
            return None
        kind = Organisation.Kind.KS if wanted == "ks" else Organisation.Kind.OTHER
        organisation = Organisation.objects.create(name=name.strip(), kind=kind)
        others[wanted] = organisation
        return organisation

    def _names_a_municipality(self, name: str, on: dt.date) -> bool:
        key = (fold(name), on.year)
        if key not in self._municipality_names:
            self._municipality_names[key] = bool(municipality_candidates(name, on))
        return self._municipality_names[key]

    def _other_organisations(self) -> dict[str, Organisation]:
        if self._others is None:
            rows = Organisation.objects.exclude(kind=Organisation.Kind.MUNICIPALITY).exclude(
                kind=Organisation.Kind.COUNTY
            )
            self._others = {fold_name(o.name): o for o in rows}
        return self._others

    def misspelt_domain(self, email: str | None) -> str | None:
        """The registry domain an e-mail's domain is probably a misspelling of, or None."""
        if not email or "@" not in email:
            return None
        if self._domains is None:
            self._domains = {
                d.casefold()
                for domains in Organisation.objects.values_list("email_domains", flat=True)
                for d in domains
            }
        return near_domain(email.rsplit("@", 1)[1], self._domains)

    # People

    def person(
        self,
        name: str,
        body: Body,
        email: str | None = None,
        organisation: Organisation | None = None,
        corrected_email: bool = False,
    ):
        """Match by e-mail, then by name among the body's people and the organisation's; else create.

        An e-mail address a person corrected replaces the one the matched person has.
        """
        person = self._person_by_email(email) or self._person_by_name(name, body, organisation)
        if person is None:
            person = Person.objects.create(name=name.strip(), email=email or "", organisation=organisation)
            self._people[person.pk] = person
            if email:
                self._emails()[email.casefold()] = person.pk
        else:
            self._enrich(person, email, organisation, corrected_email)
        self._people_of_body(body.pk)[person.pk] = candidate(person.pk, person.name)
        return person

    def person_by_name(self, name: str, body: Body) -> Person | None:
        """An existing person of the body that this name refers to ("Arne I."), without creating one."""
        return self._person_by_name(name, body, None)

    def _person_by_email(self, email: str | None) -> Person | None:
        key = self._emails().get((email or "").casefold()) if email else None
        return self._load(key) if key else None

    def _person_by_name(self, name: str, body: Body, organisation: Organisation | None) -> Person | None:
        found = find_by_name(name, list(self._people_of_body(body.pk).values()))
        if found is None and organisation is not None:
            found = find_by_name(name, list(self._people_of_organisation(organisation.pk).values()))
        return self._load(found.key) if found else None

    def _enrich(
        self, person: Person, email: str | None, organisation: Organisation | None, corrected_email: bool
    ) -> None:
        changed = []
        if email and (not person.email or (corrected_email and person.email != email)):
            person.email = email
            self._emails()[email.casefold()] = person.pk
            changed.append("email")
        if organisation is not None and person.organisation_id is None:
            person.organisation = organisation
            changed.append("organisation")
        if changed:
            person.save(update_fields=changed)

    def _emails(self) -> dict[str, int]:
        if self._by_email is None:
            rows = Person.objects.exclude(email="").values_list("email", "pk")
            self._by_email = {email.casefold(): pk for email, pk in rows}
        return self._by_email

    def _people_of_body(self, body_id: int) -> dict[int, Candidate]:
        if body_id not in self._body_people:
            rows = (
                Person.objects.filter(
                    Q(memberships__body_id=body_id) | Q(attendance__meeting__body_id=body_id)
                )
                .values_list("pk", "name")
                .distinct()
            )
            self._body_people[body_id] = {pk: candidate(pk, name) for pk, name in rows}
        return self._body_people[body_id]

    def _people_of_organisation(self, organisation_id: int) -> dict[int, Candidate]:
        if organisation_id not in self._organisation_people:
            rows = Person.objects.filter(organisation_id=organisation_id).values_list("pk", "name")
            self._organisation_people[organisation_id] = {pk: candidate(pk, name) for pk, name in rows}
        return self._organisation_people[organisation_id]

    def _load(self, pk: int) -> Person:
        if pk not in self._people:
            self._people[pk] = Person.objects.get(pk=pk)
        return self._people[pk]


def _words_within(short: str, full: str) -> bool:
    """True if every word of the short name is (nearly) a word of the full one, and the full one has more."""
    words = full.split()
    return len(short.split()) < len(words) and all(
        process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=90) for word in short.split()
    )


def _free_slug(name: str) -> str:
    base = body_slug(name)[:70] or "organ"
    slug, n = base, 2
    while Body.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
