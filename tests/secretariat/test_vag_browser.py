"""End to end in headless Chromium: the VÅG steering group (seed 004) with three working groups, one without a
leader, and the working committee of the Hordaland network (seed 000) under its network, which writes nynorsk
and is facilitated by KS. From an empty database with one staff user, through Møtebok's own pages only."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from motebok.registry.models import Body, Membership
from tests.conftest import log_in
from tests.secretariat.test_helgeland_browser import _set_password_from_invitation, _submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

GROUPS = ["Arbeidsgruppe ergo, fysio, friskliv", "Arbeidsgruppe økonomi", "Arbeidsgruppe Familiens Hus"]


def _log_out(page) -> None:
    with page.expect_navigation():
        page.click("form[action='/konto/logg-ut/'] button")


def _new_body(
    page, live_server, name: str, kind: str, secretary: tuple[str, str], secretariat: str = ""
) -> Body:
    page.goto(live_server.url + "/sekretariat/nytt-organ/")
    page.fill("#id_name", name)
    page.select_option("#id_kind", kind)
    page.fill("#id_secretariat", secretariat)
    page.fill("#id_secretary_name", secretary[0])
    page.fill("#id_secretary_email", secretary[1])
    _submit(page)
    return Body.objects.get(name=name)


def _sub_body(page, live_server, parent: Body, name: str, kind: str) -> Body:
    page.goto(live_server.url + f"/sekretariat/organ/{parent.slug}/underorgan/")
    page.fill("#id_name", name)
    page.select_option("#id_kind", kind)
    _submit(page)
    return Body.objects.get(name=name)


def _add_member(
    page, live_server, body: Body, name: str, email: str, town: str, role: str, start: str = ""
) -> None:
    page.goto(live_server.url + f"/sekretariat/organ/{body.slug}/medlemmer/")
    page.fill("#id_name", name)
    page.fill("#id_email", email)
    page.select_option("#id_role", role)
    if start:
        page.fill("#id_start", start)
    page.select_option("#id_organisation", label=town)
    _submit(page, "main form:not(.mb-inline) button[type=submit]")
    expect(page.locator(".ds-alert[data-color=success]")).to_contain_text(name)


def test_vag_with_a_leaderless_working_group_and_a_nynorsk_networks_working_committee(
    page, fresh_instance, smtp
):
    live_server = fresh_instance
    log_in(page, live_server, "admin")
    vag = _new_body(
        page, live_server, "Styringsgruppe VÅG", "steering_group", ("Britt Dahler Bye", "britt@vag.example")
    )
    hordaland = _new_body(
        page, live_server, "Kommunalsjefnettverket i Hordaland", "network",
        ("Sølvi Olrich Sørebø", "sos@ks.example"), secretariat="KS",
    )  # fmt: skip
    _log_out(page)

    # VÅG's secretary makes the three working groups; she becomes their secretary; two get a leader.
    _set_password_from_invitation(page, smtp, "britt@vag.example")
    groups = [_sub_body(page, live_server, vag, name, "working_group") for name in GROUPS]
    _add_member(
        page,
        live_server,
        groups[0],
        "Anne Britt Røst",
        "anne.britt@asnes.example",
        "Åsnes (Innlandet)",
        "chair",
    )
    _add_member(
        page,
        live_server,
        groups[2],
        "Ole Frode Mikkelsgård",
        "ole.frode@grue.example",
        "Grue (Innlandet)",
        "chair",
    )
    _add_member(
        page, live_server, groups[1], "Otto Langmoen", "otto@asnes.example", "Åsnes (Innlandet)", "member"
    )
    for group in groups:
        assert group.memberships.get(role=Membership.Role.SECRETARY).person.email == "britt@vag.example"
    page.goto(live_server.url + vag.get_absolute_url())
    leaderless = page.locator("li", has=page.locator(".ds-tag"))
    expect(leaderless).to_have_count(1)
    expect(leaderless).to_contain_text("Arbeidsgruppe økonomi")
    _log_out(page)

    # Hordaland's secretary at KS: nynorsk, the rhythm of seed 000, and the working committee of 2017.
    _set_password_from_invitation(page, smtp, "sos@ks.example")
    page.goto(live_server.url + hordaland.get_absolute_url())
    expect(page.locator("main")).to_contain_text("Sekretariat: KS")
    page.goto(live_server.url + f"/sekretariat/organ/{hordaland.slug}/innstillinger/")
    page.select_option("#id_written_standard", "nn")
    _submit(page)
    page.goto(live_server.url + f"/sekretariat/organ/{hordaland.slug}/mandat/")
    page.fill(
        "#id_text", "Hyppigheit: 2 g i halvåret. Eitt møte pr. år med overnatting. Tre dagmøter pr. år."
    )
    page.fill("#id_adopted", "2017-04-06")
    page.fill("#id_gatherings_per_half_year", "2")
    page.fill("#id_overnight_gatherings_per_year", "1")
    page.check("#id_day_meetings")
    _submit(page)
    au = _sub_body(page, live_server, hordaland, "Arbeidsutval", "working_committee")
    assert au.written_standard == "nn" and au.secretariat.name == "KS"
    _add_member(
        page,
        live_server,
        au,
        "Torgeir Sæter",
        "torgeir.seter@askoy.example",
        "Askøy (Hordaland) – nedlagt 2019, nå Askøy",
        "member",
        "2017-04-06",
    )
    _add_member(
        page,
        live_server,
        au,
        "Line Barmen",
        "line.barmen@fjell.example",
        "Fjell (Hordaland) – nedlagt 2019, nå Øygarden",
        "member",
        "2017-04-06",
    )
    # Fjell has since merged into Øygarden: the members page says so.
    page.goto(live_server.url + f"/sekretariat/organ/{au.slug}/medlemmer/")
    expect(page.locator("tr", has_text="Line Barmen")).to_contain_text("Øygarden")
    page.goto(live_server.url + f"/planlegging/organ/{hordaland.slug}/moteplan/")
    page.click("button[value=propose]")
    gatherings = page.locator("tr.mb-plan-item[data-kind=gathering]")
    expect(gatherings).to_have_count(4)
