"""The doors: who the visitor is behind our proxy, and what a locked-out login gets (django-axes)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def client_ip(request: HttpRequest) -> str:
    """The visitor's address: our own proxy's last X-Forwarded-For entry behind one, else the peer address."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.BEHIND_PROXY and forwarded:
        # The proxy appends the address it saw; anything before it came from the visitor and may be forged.
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """The page a login gets while its account or address is locked out after too many failures."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)
