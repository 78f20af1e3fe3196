"""The body's change history, for those who edit the body."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from motebok.access.guards import editable_body
from motebok.history.changes import MOST, changes_for


@require_GET
def body_history(request: HttpRequest, slug: str) -> HttpResponse:
    body = editable_body(request, slug)
    return render(request, "history/body.html", {"body": body, "changes": changes_for(body), "most": MOST})
