"""Links that other apps add to the body and meeting pages.

An app adds links by defining a module `<app>.page_links` with functions `body_links(request, body)` and/or
`meeting_links(request, meeting)` and/or `case_links(request, case)` and/or `my_page_links(request)` (the
user's own page), each returning a list of `Link`. Each function checks permissions itself
through motebok.access.rules and returns only links the user may follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    primary: bool = False
    # A feed's media type ("text/calendar"): the page head then also announces it as <link rel="alternate">.
    feed_type: str = ""


@cache
def _providers(function_name: str) -> list:
    found = []
    for config in apps.get_app_configs():
        module_name = f"{config.name}.page_links"
        if config.name.startswith("motebok.") and find_spec(module_name):
            function = getattr(import_module(module_name), function_name, None)
            if function is not None:
                found.append(function)
    return found


def body_links(request, body) -> list[Link]:
    return [link for provider in _providers("body_links") for link in provider(request, body)]


def meeting_links(request, meeting) -> list[Link]:
    return [link for provider in _providers("meeting_links") for link in provider(request, meeting)]


def case_links(request, case) -> list[Link]:
    return [link for provider in _providers("case_links") for link in provider(request, case)]


def my_page_links(request) -> list[Link]:
    return [link for provider in _providers("my_page_links") for link in provider(request)]
