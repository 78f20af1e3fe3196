"""The body's settings: name, kind, written standard, publishing, region; a stale save is refused."""

from __future__ import annotations

from django.urls import reverse

from motebok.registry.models import Body


def _url(body) -> str:
    return reverse("secretariat:edit_body", args=[body.slug])


def _form(body, **changes) -> dict:
    return {
        "name": body.name, "kind": body.kind, "description": "", "case_number_format": body.case_number_format,
        "written_standard": body.written_standard, "is_public": "on", "version": body.version, **changes,
    }  # fmt: skip


def test_the_secretary_switches_the_body_to_nynorsk(world):
    response = world.client_for(world.secretary).post(
        _url(world.network), _form(world.network, written_standard="nn")
    )
    assert response.status_code == 302
    world.network.refresh_from_db()
    assert world.network.written_standard == "nn" and world.network.version == 1


def test_a_save_from_a_form_loaded_before_another_save_is_refused(world):
    loaded = _form(world.network)
    world.client_for(world.chair).post(_url(world.network), _form(world.network, name="Kari sitt navn"))
    response = world.client_for(world.secretary).post(_url(world.network), {**loaded, "name": "Saras navn"})
    assert "Noen andre har lagret endringer etter at du åpnet skjemaet." in response.content.decode()
    assert Body.objects.get(pk=world.network.pk).name == "Kari sitt navn"


def test_a_member_cannot_edit_the_body(world):
    assert (
        world.client_for(world.member).post(_url(world.network), _form(world.network, name="X")).status_code
        == 403
    )
    assert Body.objects.get(pk=world.network.pk).name == "Helseledernettverket"
