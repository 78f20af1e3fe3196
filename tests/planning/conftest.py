"""The conftest network with the Helgeland mandate and six member municipalities, and a form helper."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import make_person
from tests.planning.helgeland import helgeland_rules

MUNICIPALITIES = ["Alstahaug", "Brønnøy", "Hemnes", "Leirfjord", "Rana", "Vefsn"]


@pytest.fixture
def municipalities(db) -> dict:
    from motebok.registry.municipalities import resolve_municipality

    return {name: resolve_municipality(name) for name in MUNICIPALITIES}


@pytest.fixture
def helgeland(world, municipalities):
    """Kari (chair) and Mona represent Alstahaug and Brønnøy; four leaders without logins the rest."""
    from motebok.registry.models import Mandate, Membership

    Mandate.objects.create(
        body=world.network, text="Helgeland", adopted=dt.date(2023, 1, 15), **helgeland_rules()
    )
    for person, name in ((world.chair, "Alstahaug"), (world.member, "Brønnøy")):
        Membership.objects.filter(body=world.network, person=person).update(organisation=municipalities[name])
    for name in MUNICIPALITIES[2:]:
        leader = make_person(f"Leder {name}", email=f"leder@{name.lower()}.kommune.no")
        Membership.objects.create(body=world.network, person=leader, organisation=municipalities[name])
    return world


def post_data(form_or_formset, **extra) -> dict:
    """What a browser would post for a (bound or unbound) form or formset as it is rendered."""
    forms = getattr(form_or_formset, "forms", [form_or_formset])
    data = {}
    if hasattr(form_or_formset, "management_form"):
        management = form_or_formset.management_form
        data.update({management[name].html_name: management[name].value() for name in management.fields})
        data[management["INITIAL_FORMS"].html_name] = 0
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if isinstance(value, bool):
                if value:
                    data[form[name].html_name] = "on"
            elif isinstance(value, dt.time):
                data[form[name].html_name] = value.strftime("%H:%M")
            elif isinstance(value, dt.date):
                data[form[name].html_name] = value.isoformat()
            elif value is not None:
                data[form[name].html_name] = value
    data.update(extra)
    return data
