"""The demo is searchable as soon as it is loaded, and keeps its exempt case's notes from visitors."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from motebok.demo.data import load_demo
from tests.search.conftest import found


def test_a_search_for_a_demo_word_finds_the_demo_case(db):
    demo = load_demo()
    assert found(None, "bærekraft") == [demo.cases["nordmore_sustainability"].title]
    assert found(AnonymousUser(), "lønnsvilkår") == []
    assert found(demo.users["medlem"], "lønnsvilkår") == [demo.cases["nordmore_exempt"].title]
