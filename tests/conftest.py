"""Named people for every test: a network with its secretary, chair and member, another body's member,
and an anonymous visitor. Permission tests then read like sentences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class World:
    network: object
    steering_group: object
    secretary: object  # Sara, secretary of the network
    chair: object  # Kari, chair of the network
    member: object  # Mona, member of the network
    outsider: object  # Olav, member of the steering group only
    users: dict

    def client_for(self, person) -> Client:
        client = Client()
        client.force_login(person.user)
        return client


def make_person(name: str, username: str | None = None, organisation=None, email: str = ""):
    from motebok.registry.models import Person

    user = get_user_model().objects.create_user(username, f"{username}@example.no", "pw") if username else None
    return Person.objects.create(name=name, user=user, organisation=organisation, email=email or f"{username}@example.no")


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=OSLO)


@pytest.fixture
def world(db) -> World:
    from motebok.registry.models import Body, Membership

    network = Body.objects.create(name="Helseledernettverket", slug="helseledernettverket", is_public=True)
    steering = Body.objects.create(
        name="Styringsgruppa", slug="styringsgruppa", kind=Body.Kind.STEERING_GROUP, is_public=False
    )
    sara = make_person("Sara Sekretær", "sara")
    kari = make_person("Kari Leder", "kari")
    mona = make_person("Mona Medlem", "mona")
    olav = make_person("Olav Utenfor", "olav")
    Membership.objects.create(body=network, person=sara, role=Membership.Role.SECRETARY)
    Membership.objects.create(body=network, person=kari, role=Membership.Role.CHAIR)
    Membership.objects.create(body=network, person=mona, role=Membership.Role.MEMBER)
    Membership.objects.create(body=steering, person=olav, role=Membership.Role.MEMBER)
    users = {p.user.username: p.user for p in (sara, kari, mona, olav)}
    return World(network, steering, sara, kari, mona, olav, users)
