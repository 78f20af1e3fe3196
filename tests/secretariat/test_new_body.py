"""Site staff create a body and name its secretaries; nobody else can."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from motebok.registry.models import Body, Membership, Person

URL = reverse("secretariat:new_body")
FORM = {
    "name": "Helseledernettverk Helgeland",
    "kind": "network",
    "secretariat": "",
    "secretary_name": "Siri Samhandling",
    "secretary_email": "siri@helgeland.no",
}


def staff_client() -> Client:
    client = Client()
    client.force_login(get_user_model().objects.create_user("admin", "admin@example.no", "pw", is_staff=True))
    return client


def test_staff_create_a_body_whose_secretary_is_invited_and_then_manages_it(
    world, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client().post(URL, {**FORM, "secretariat": "KS"})
    body = Body.objects.get(name="Helseledernettverk Helgeland")
    assert response.status_code == 302 and response["Location"] == body.get_absolute_url()
    siri = Person.objects.get(email="siri@helgeland.no")
    assert body.memberships.get().person == siri and body.memberships.get().role == Membership.Role.SECRETARY
    assert body.secretariat.name == "KS"
    assert siri.user.email == "siri@helgeland.no" and not siri.user.has_usable_password()
    assert len(smtp.to("siri@helgeland.no")) == 1
    page = Client().get(body.get_absolute_url()).content.decode()
    assert "Sekretariat: KS" not in page  # not public yet
    siri_client = Client()
    siri_client.force_login(siri.user)
    assert siri_client.get(reverse("secretariat:edit_body", args=[body.slug])).status_code == 200


def test_a_secretary_named_who_is_already_registered_is_not_registered_twice(
    world, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        staff_client().post(URL, {**FORM, "secretary_email": "SARA@example.no", "secretary_name": "Sara S."})
    body = Body.objects.get(name="Helseledernettverk Helgeland")
    assert body.memberships.get().person == world.secretary
    assert Person.objects.filter(email__iexact="sara@example.no").count() == 1
    assert smtp.messages == []  # Sara already has an account


def test_secretaries_members_and_visitors_cannot_create_a_top_level_body(world):
    for person in (world.secretary, world.member):
        assert world.client_for(person).post(URL, FORM).status_code == 403
    response = Client().post(URL, FORM)
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert not Body.objects.filter(name=FORM["name"]).exists()
