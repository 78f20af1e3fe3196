"""The body page: the next few meetings, past meetings one year at a time, in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from motebok.meetings.models import Meeting
from tests.conftest import make_exempt_case


def add_meetings(body, starts: list[dt.datetime], published: bool = True) -> None:
    Meeting.objects.bulk_create(
        Meeting(
            body=body, year=start.year, number=None, start=start, place=f"Sted {i}", is_published=published
        )
        for i, start in enumerate(starts)
    )


def months_ago(count: int) -> list[dt.datetime]:
    now = timezone.localtime()
    return [now - dt.timedelta(days=30 * n + 1) for n in range(count)]


def weeks_ahead(count: int) -> list[dt.datetime]:
    now = timezone.localtime()
    return [now + dt.timedelta(days=7 * n + 1) for n in range(count)]


def body_page(client, world, query: str = "") -> str:
    response = client.get(world.network.get_absolute_url() + query)
    assert response.status_code == 200
    return response.content.decode()


def shown_date(start: dt.datetime) -> str:
    from django.utils.formats import date_format

    return date_format(timezone.localtime(start), "j. F Y")


def test_it_shows_the_next_five_meetings_and_links_the_rest(world, client):
    starts = weeks_ahead(8)
    add_meetings(world.network, starts)
    page = body_page(client, world)
    assert all(shown_date(s) in page for s in starts[:5])
    assert shown_date(starts[5]) not in page
    assert "Vis 3 møter til" in page
    everything = body_page(client, world, "?kommende=alle")
    assert all(shown_date(s) in everything for s in starts)
    assert "Vis bare de neste møtene" in everything


def test_it_shows_the_latest_year_of_past_meetings_and_another_year_from_the_url(world, client):
    this_year = timezone.localdate().year
    last_year = [timezone.make_aware(dt.datetime(this_year - 1, month, 10, 12)) for month in (2, 5, 9)]
    long_ago = [timezone.make_aware(dt.datetime(this_year - 6, 3, 14, 12))]
    add_meetings(world.network, last_year + long_ago)
    page = body_page(client, world)
    assert all(shown_date(s) in page for s in last_year)
    assert shown_date(long_ago[0]) not in page
    assert f'href="?ar={this_year - 6}#tidligere"' in page
    assert f"Møter i {this_year - 1}" in page

    older = body_page(client, world, f"?ar={this_year - 6}")
    assert shown_date(long_ago[0]) in older
    assert not any(shown_date(s) in older for s in last_year)
    assert f'href="?ar={this_year - 6}#tidligere" aria-current="page"' in older


@pytest.mark.parametrize("asked", ["1999", "tjue", "-1"])
def test_it_says_so_when_the_url_asks_for_a_year_without_meetings(world, client, asked):
    add_meetings(world.network, months_ago(2))
    page = body_page(client, world, f"?ar={asked}")
    assert f"Ingen møter i {asked}" in page
    assert shown_date(months_ago(1)[0]) in page


def test_year_counts_count_only_the_meetings_the_visitor_may_see(world, client):
    add_meetings(world.network, [timezone.make_aware(dt.datetime(2019, 4, 2, 12))])
    add_meetings(world.network, [timezone.make_aware(dt.datetime(2018, 4, 2, 12))], published=False)
    add_meetings(world.network, [timezone.make_aware(dt.datetime(2019, 6, 2, 12))], published=False)
    anonymous = body_page(client, world)
    assert "2018" not in anonymous
    assert "2. april 2019" in anonymous and "2. juni 2019" not in anonymous
    member = body_page(world.client_for(world.member), world)
    assert '2019 <span class="mb-meta">(2)</span>' in member
    assert '2018 <span class="mb-meta">(1)</span>' in member


def test_it_gives_advice_when_nothing_is_planned(world, client):
    editor_page = body_page(world.client_for(world.secretary), world)
    assert "Ingen møter er planlagt ennå." in editor_page
    assert "Lag møteplanen" in editor_page
    assert "Lag møteplanen" not in body_page(client, world)
    assert "Ingen tidligere møter." in editor_page


def queries_for(client, world, query: str = "") -> int:
    with CaptureQueriesContext(connection) as captured:
        body_page(client, world, query)
    return len(captured)


def test_the_number_of_queries_does_not_grow_with_the_number_of_meetings(
    world, django_assert_max_num_queries
):
    secretary = world.client_for(world.secretary)
    add_meetings(world.network, months_ago(2) + weeks_ahead(2))
    few = queries_for(secretary, world)
    add_meetings(world.network, months_ago(190) + weeks_ahead(10))
    assert Meeting.objects.filter(body=world.network).count() == 204
    assert queries_for(secretary, world) == few
    oldest_year = min(Meeting.objects.values_list("start__year", flat=True))
    with django_assert_max_num_queries(few):
        body_page(secretary, world, f"?ar={oldest_year}&kommende=alle")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_phone_user_picks_a_year_and_the_url_keeps_it(world, page, live_server):
    from playwright.sync_api import expect

    ahead = weeks_ahead(7)
    add_meetings(world.network, months_ago(30) + ahead)
    oldest = min(m.start for m in Meeting.objects.all())
    year = timezone.localtime(oldest).year
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}{world.network.get_absolute_url()}")
    page.get_by_role("link", name=re.compile(rf"^{year}\b")).click()
    expect(page).to_have_url(re.compile(rf"\?ar={year}#tidligere$"))
    expect(page.get_by_role("link", name=shown_date(oldest))).to_be_visible()
    expect(page.locator('.mb-years a[aria-current="page"]')).to_have_text(re.compile(rf"^{year}"))
    page.get_by_role("link", name="Vis 2 møter til").click()
    expect(page).to_have_url(re.compile(rf"\?kommende=alle&ar={year}#kommende$"))
    expect(page.get_by_role("link", name=shown_date(ahead[-1]))).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_it_shows_outsiders_no_deadline_of_an_exempt_case_an_unpublished_meeting_or_draft_minutes(
    world, client
):
    from motebok.meetings import services
    from motebok.meetings.models import Deadline
    from motebok.minutes.services import start_minutes

    soon = timezone.localdate() + dt.timedelta(days=10)
    published = services.create_meeting(world.network, start=timezone.now(), is_published=True)
    unpublished = services.create_meeting(world.network, start=timezone.now() + dt.timedelta(days=3))
    start_minutes(published)
    exempt = make_exempt_case(world.network, "Sluttavtale", public_title="S")
    services.place_case(exempt, unpublished)
    Deadline.objects.create(body=world.network, what="Åpen høringsfrist", date=soon)
    Deadline.objects.create(body=world.network, what="Frist i unntatt sak", date=soon, case=exempt)
    Deadline.objects.create(
        body=world.network, what="Frist fra upublisert møte", date=soon, meeting=unpublished
    )
    Deadline.objects.create(body=world.network, what="Frist i protokollutkast", date=soon, meeting=published)
    hidden = ("Frist i unntatt sak", "Frist fra upublisert møte", "Frist i protokollutkast")

    for visitor in (client, world.client_for(world.outsider)):
        page = body_page(visitor, world)
        assert "Åpen høringsfrist" in page
        assert not [what for what in hidden if what in page]
    members_page = body_page(world.client_for(world.member), world)
    assert all(what in members_page for what in hidden)
