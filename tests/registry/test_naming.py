"""Naming a body from a document: its kind, its region and its web address."""

from __future__ import annotations

import pytest

from motebok.registry.models import Body
from motebok.registry.naming import body_kind, body_slug, with_region


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kommunedirektørkollegiet Nordmøre", Body.Kind.COLLEGE),
        ("Styringsgruppe VÅG", Body.Kind.STEERING_GROUP),
        ("Helseledernettverk Helgeland", Body.Kind.NETWORK),
        ("Arbeidsutval (AU)", Body.Kind.WORKING_COMMITTEE),
        ("Administrasjonsutvalget", Body.Kind.OTHER),
    ],
)
def test_the_kind_follows_the_word_in_the_name(name, kind):
    assert body_kind(name) == kind


def test_the_web_address_writes_o_ae_and_a_for_the_norwegian_letters():
    assert body_slug("Kommunedirektørkollegiet Nordmøre") == "kommunedirektorkollegiet-nordmore"
    assert body_slug("Æresråd på Østlandet") == "aeresrad-pa-ostlandet"


def test_the_region_comes_from_the_sign_off_line():
    assert with_region("Kommunedirektørkollegiet", "…\nNordmøre, 17. mars 2022\n") == (
        "Kommunedirektørkollegiet Nordmøre"
    )
    assert with_region("Styringsgruppe VÅG", "NAV Solør og Våler\n") == "Styringsgruppe VÅG"
    assert (
        with_region("Helseledernettverk Helgeland", "Nordmøre, 1. mai 2022") == "Helseledernettverk Helgeland"
    )
