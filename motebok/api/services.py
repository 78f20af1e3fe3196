"""Making and revoking personal API tokens; each write runs in one transaction."""

from __future__ import annotations

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from motebok.api.models import ApiToken

PREFIX = "mb_"


def digest(secret: str) -> str:
    """The SHA-256 a token is stored as: a random secret of 256 bits needs no slow password hash."""
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def create_token(user, name: str) -> tuple[ApiToken, str]:
    """Make a token for the user; the secret is returned here once and never stored."""
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, prefix=secret[:10], digest=digest(secret))
    return token, secret


@transaction.atomic
def revoke_token(token: ApiToken) -> ApiToken:
    token.revoked = timezone.now()
    token.save(update_fields=["revoked"])
    return token


def user_for(secret: str):
    """The active user behind an unrevoked token, or None; notes when the token was last used."""
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=digest(secret), revoked__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used=timezone.now())
    return token.user
