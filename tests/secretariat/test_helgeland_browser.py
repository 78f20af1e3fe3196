"""End to end in headless Chromium, from an empty database with one staff user, through Møtebok's own pages only.

Sets up Helseledernettverk Helgeland as its mandate (seed 001) describes it: the network, its coordinator as
secretary, the mandate and its meeting rules, eight members by municipality with account invitations read from a
real SMTP server on loopback, the year's plan and one extra meeting by hand; then a member sets her password from
the invitation and answers from her own page. The ORM only reads, to check what the pages did.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from motebok.invitations.models import Answer
from motebok.meetings.models import Meeting
from motebok.registry.models import Body, Membership, Person
from tests.conftest import log_in
from tests.planning.helgeland import SEED, helgeland_rules

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LINK = re.compile(r"https?://\S+/konto/passord/\S+/")
MEMBERS = [
    ("Hanne Sørvik", "Alstahaug"), ("Per Inge Aas", "Brønnøy"), ("Siri Tårnes", "Hemnes"),
    ("Vigdis Herøy", "Herøy"), ("Jon Are Mo", "Leirfjord"), ("Tor Edvin Lind", "Rana"),
    ("Marit Vollan", "Vefsn"), ("Eva Vega", "Vega"),
]  # fmt: skip
PASSWORD = "Helgeland-nettverk-2031!"


def _email(name: str) -> str:
    first, *rest = name.lower().replace("ø", "o").replace("å", "a").split()
    return f"{first}.{rest[-1]}@helgeland.example"


def _submit(page, button: str = "main form button[type=submit]") -> None:
    with page.expect_navigation():
        page.click(button)


def _set_password_from_invitation(page, smtp, address: str) -> None:
    text = smtp.to(address)[-1].get_body(("plain",)).get_content()
    page.goto(LINK.search(text).group(0))
    page.fill("#id_new_password1", PASSWORD)
    page.fill("#id_new_password2", PASSWORD)
    _submit(page)
    expect(page.locator("h1")).to_have_text("Min side")


def test_a_network_is_set_up_and_run_through_its_own_pages(page, fresh_instance, smtp):
    live_server = fresh_instance
    rules = helgeland_rules()

    # Site staff create the network and name the coordinator as its secretary.
    log_in(page, live_server, "admin")
    expect(page.locator("h1")).to_have_text("Min side")
    with page.expect_navigation():
        page.click("a[href='/sekretariat/nytt-organ/']")
    page.fill("#id_name", "Helseledernettverk Helgeland")
    page.select_option("#id_kind", "network")
    page.fill("#id_secretary_name", "Ingrid Samhandling")
    page.fill("#id_secretary_email", "ingrid.samhandling@helgeland.example")
    _submit(page)
    body = Body.objects.get(name="Helseledernettverk Helgeland")
    with page.expect_navigation():
        page.click("form[action='/konto/logg-ut/'] button")

    # The coordinator sets her password from the invitation and sets the network up.
    _set_password_from_invitation(page, smtp, "ingrid.samhandling@helgeland.example")
    page.goto(live_server.url + f"/sekretariat/organ/{body.slug}/innstillinger/")
    page.select_option("#id_municipalities", label=[f"{town} (Nordland)" for _, town in MEMBERS])
    page.check("#id_is_public")
    _submit(page)
    page.goto(live_server.url + f"/sekretariat/organ/{body.slug}/mandat/")
    page.fill("#id_text", SEED.read_text(encoding="utf-8").strip()[:2000])
    page.fill("#id_adopted", "2023-01-15")
    page.fill("#id_digital_meetings_per_month", str(rules["digital_meetings_per_month"]))
    page.fill("#id_digital_meeting_max_minutes", str(rules["digital_meeting_max_minutes"]))
    page.fill("#id_physical_gatherings_per_year", str(rules["physical_gatherings_per_year"]))
    page.fill("#id_overnight_gatherings_per_year", str(rules["overnight_gatherings_per_year"]))
    page.check("#id_hosting_in_rotation")
    page.select_option("#id_substitute_rule", "agreed")
    _submit(page)
    members_url = live_server.url + f"/sekretariat/organ/{body.slug}/medlemmer/"
    page.goto(members_url)
    expect(page.locator(".ds-alert[data-color=warning]")).to_contain_text("Alstahaug")
    for index, (name, town) in enumerate(MEMBERS):
        page.fill("#id_name", name)
        page.fill("#id_email", _email(name))
        page.select_option("#id_role", "chair" if index == 0 else "member")
        page.select_option("#id_organisation", label=f"{town} (Nordland)")
        _submit(page, "main form:not(.mb-inline) button[type=submit]")
        expect(page.locator(".ds-alert[data-color=success]")).to_contain_text(name)
    expect(page.locator(".ds-alert[data-color=warning]")).to_have_count(0)
    assert body.memberships.filter(role=Membership.Role.MEMBER).count() + 1 == len(MEMBERS)
    assert Person.objects.filter(user__isnull=False).count() == len(MEMBERS) + 1
    assert len({m["X-Envelope-To"] for m in smtp.messages}) == len(MEMBERS) + 1

    # She plans the year and adds one extra meeting by hand.
    page.goto(live_server.url + f"/planlegging/organ/{body.slug}/moteplan/")
    page.click("button[value=propose]")
    expect(page.locator("tr.mb-plan-item[data-kind=gathering]")).to_have_count(4)
    with page.expect_navigation():
        page.click("button[value=accept]")
    planned = Meeting.objects.filter(body=body).count()
    assert planned >= 12
    page.goto(live_server.url + f"/sekretariat/organ/{body.slug}/nytt-mote/")
    year = Meeting.objects.filter(body=body).order_by("start").first().start.year
    page.select_option("#id_kind", "extraordinary")
    page.fill("#id_title", "Ekstraordinært møte om legevakt")
    page.fill("#id_start_date", f"{year}-10-21")
    page.fill("#id_start_time", "13:00")
    page.fill("#id_end_date", f"{year}-10-21")
    page.fill("#id_end_time", "14:00")
    page.select_option("#id_format", "digital")
    page.fill("#id_online_link", "https://teams.example/helgeland-legevakt")
    _submit(page)
    extra = Meeting.objects.get(body=body, kind=Meeting.Kind.EXTRAORDINARY)
    assert Meeting.objects.filter(body=body).count() == planned + 1
    with page.expect_navigation():
        page.click("form[action='/konto/logg-ut/'] button")

    # A member sets her password from the invitation and answers from her own page.
    marit = _email("Marit Vollan")
    _set_password_from_invitation(page, smtp, marit)
    card = page.locator("article", has_text="Ekstraordinært møte om legevakt")
    expect(card.locator("a[href='https://teams.example/helgeland-legevakt']")).to_have_count(1)
    with page.expect_navigation():
        card.locator(f"a[href='/innkalling/mote/{extra.pk}/mitt-svar/']").click()
    page.check("input[name=response][value=attending]")
    _submit(page)
    page.goto(live_server.url + "/min-side/")
    expect(page.locator("article", has_text="Ekstraordinært møte om legevakt")).to_contain_text("Kommer")
    assert Answer.objects.get(meeting=extra, person__email=marit).response == Answer.Response.ATTENDING
