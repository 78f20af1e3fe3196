"""Møtebok's REST API, version 1: reads for everyone by the reader's rights, writes with a personal token."""

from __future__ import annotations

from django.middleware.http import ConditionalGetMiddleware
from django.shortcuts import render
from django.utils.decorators import decorator_from_middleware
from django.views.decorators.vary import vary_on_headers
from ninja import NinjaAPI
from ninja.openapi.docs import DocsBase

from motebok.api import errors
from motebok.api.routes import documents, meetings, records, registry, search

DESCRIPTION = """\
Møteboks data for maskiner. Alt du leser, ser du med dine egne rettigheter: uten innlogging det organene har
publisert; med en personlig API-nøkkel (`Authorization: Bearer …`, lages og trekkes tilbake på Min side) eller
innlogget i nettleseren det du selv har tilgang til. Å skrive (foreslå en sak, svare på en innkalling, merke et
oppfølgingspunkt utført) krever API-nøkkelen.

Lister kommer i sider: følg `next`. Filtrer med `body` (organets id), `date_from` og `date_to` (ÅÅÅÅ-MM-DD), og
`updated_since` (et tidspunkt, ISO 8601) for det som er endret siden.
Hvert svar har en `ETag`; send den tilbake i `If-None-Match` og få `304` om ingenting er endret.
Feil kommer som `{"status", "message", "errors": [{"field", "message"}]}`.
"""


def conditional(view):
    """An ETag on every read, 304 when the client has it already; the answer differs by reader."""
    return vary_on_headers("Authorization", "Cookie")(
        decorator_from_middleware(ConditionalGetMiddleware)(view)
    )


class Docs(DocsBase):
    """Swagger UI from django-ninja's own files, set up by our script: the site's CSP allows no inline script."""

    def render_page(self, request, api, **kwargs):
        context = {"api": api, "openapi_json_url": self.get_openapi_url(api, kwargs)}
        return render(request, "api/docs.html", context)


api = NinjaAPI(
    title="Møtebok API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-1",
    docs=Docs(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.install(api)
api.add_decorator(conditional, mode="view")
for module in (registry, meetings, records, documents, search):
    api.add_router("", module.router)
