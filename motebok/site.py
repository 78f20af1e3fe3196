"""The site's domain in calendar UIDs and Message-IDs, and the startup check that it is a real one."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def site_domain() -> str:
    return settings.SITE_DOMAIN


def is_local(domain: str) -> bool:
    """127.0.0.1, localhost and other names that are nobody's in particular."""
    try:
        ipaddress.ip_address(domain)
    except ValueError:
        return "." not in domain or domain.endswith((".localhost", ".local", ".invalid", ".test"))
    return True


def refuse_local_domain() -> None:
    """Stop a real server from starting with a local domain: UIDs made with it would clash with other sites'."""
    if not settings.DEMO and is_local(site_domain()):
        raise ImproperlyConfigured(
            f"MOTEBOK_SITE_DOMAIN is {site_domain()!r}: set it (or MOTEBOK_SITE_URL) to the site's own domain, "
            "e.g. motebok.helgeland.no. Calendar UIDs and e-mail Message-IDs are built from it and must never "
            "change. Only `motebok demo` runs without one."
        )
