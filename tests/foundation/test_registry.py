from __future__ import annotations

import datetime as dt

import pytest

from motebok.registry.models import Organisation
from motebok.registry.municipalities import resolve_municipality

pytestmark = pytest.mark.django_db

MERGED_2020 = {
    "Fjell": "Øygarden",
    "Sund": "Øygarden",
    "Lindås": "Alver",
    "Os": "Bjørnafjorden",
    "Odda": "Ullensvang",
    "Søgne": "Kristiansand",
}


@pytest.mark.parametrize(("old_name", "successor"), MERGED_2020.items())
def test_a_2017_name_resolves_to_that_municipality_and_its_successor(old_name, successor):
    county = "Hordaland" if old_name == "Os" else None
    municipality = resolve_municipality(old_name, on=dt.date(2017, 4, 6), county=county)
    assert municipality is not None
    assert municipality.name == old_name
    assert municipality.valid_to is not None and municipality.valid_to < dt.date(2020, 1, 1)
    assert [m.name for m in municipality.current_successors(dt.date(2026, 1, 1))] == [successor]


def test_todays_municipality_is_its_own_successor():
    askoy = resolve_municipality("Askøy")
    assert askoy.current_successors() == [askoy]
    assert "askoy.kommune.no" in askoy.email_domains


def test_names_resolve_without_accents_and_with_kommune_suffix():
    assert resolve_municipality("lindas kommune", on=dt.date(2017, 1, 1)).name == "Lindås"


def test_an_ambiguous_name_needs_its_county():
    day = dt.date(2017, 4, 6)
    assert resolve_municipality("Os", on=day) is None
    assert resolve_municipality("Os", on=day, county="Hedmark").county.name == "Hedmark"
    assert resolve_municipality("Os", on=day, county="12").number == "1243"


def test_an_unknown_name_resolves_to_nothing():
    assert resolve_municipality("Atlantis", on=dt.date(2017, 1, 1)) is None


def test_the_registry_covers_the_reforms():
    municipalities = Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY)

    def count_on(day):
        return sum(1 for m in municipalities if m.existed_on(day))

    assert count_on(dt.date(2020, 1, 1)) == 356
    assert count_on(dt.date(2024, 1, 1)) == 357
    assert count_on(dt.date(2012, 1, 1)) >= 428


def test_an_ambiguous_name_is_settled_by_the_e_mail_domain():
    day = dt.date(2017, 4, 6)
    assert resolve_municipality("Os", on=day, email="npb@os-ho.kommune.no").number == "1243"
    assert resolve_municipality("Os", on=day, email="post@os.kommune.no").number == "0441"


def test_a_municipality_resolves_by_its_number_at_the_date():
    assert resolve_municipality("1243", on=dt.date(2017, 4, 6)).name == "Os"
    assert resolve_municipality("1243", on=dt.date(2021, 1, 1)) is None
    assert resolve_municipality("4624", on=dt.date(2021, 1, 1)).name == "Bjørnafjorden"


def test_an_e_mail_domain_alone_names_the_municipality_of_its_day():
    assert resolve_municipality(None, on=dt.date(2017, 4, 6), email="a@os-ho.kommune.no").number == "1243"
    assert resolve_municipality(None, on=dt.date(2021, 4, 6), email="a@os-ho.kommune.no") is None


def test_every_municipality_resolves_by_name_or_number_on_a_day_it_existed():
    for municipality in Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY):
        day = municipality.valid_to or municipality.valid_from or dt.date(2017, 1, 1)
        by_number = resolve_municipality(municipality.number, on=day)
        by_name = resolve_municipality(
            municipality.name,
            on=day,
            email=f"x@{municipality.email_domains[0]}" if municipality.email_domains else None,
        )
        assert by_number == municipality, municipality
        assert by_name == municipality, municipality
