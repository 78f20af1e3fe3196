"""Who an API request answers for: the owner of a personal token, the signed-in user, or an anonymous visitor."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.security import HttpBearer

from motebok.access import policies
from motebok.api import services
from motebok.api.errors import ApiError


class TokenAuth(HttpBearer):
    """A personal API token, made and revoked on the user's own page: `Authorization: Bearer mb_…`."""

    openapi_description = "Personlig API-nøkkel fra Min side."

    def authenticate(self, request: HttpRequest, token: str):
        return services.user_for(token)


@dataclass
class Viewer:
    """The reader of one request, with what the rules say about them asked once rather than per row."""

    user: object
    _insiders: set[int] | None = field(default=None, init=False)
    _contacts: set[int] | None = field(default=None, init=False)

    def may_see_exempt(self, body_id: int) -> bool:
        if self._insiders is None:
            self._insiders = set(policies.exempt.visible(self.user).values_list("pk", flat=True))
        return body_id in self._insiders

    def shows_contact(self, person_id: int) -> bool:
        if self._contacts is None:
            self._contacts = set(policies.people.contacts(self.user).values_list("pk", flat=True))
        return person_id in self._contacts


def viewer(request: HttpRequest) -> Viewer:
    """The request's reader: a token's owner (a bad token is refused, never read as anonymous), else the
    session's user, who may be anonymous."""
    if not hasattr(request, "api_viewer"):
        user = getattr(request, "auth", None)
        header = request.headers.get("Authorization", "")
        if user is None and header:
            scheme, _sep, secret = header.partition(" ")
            user = services.user_for(secret.strip()) if scheme.lower() == "bearer" else None
            if user is None:
                raise ApiError(
                    401, _("API-nøkkelen er ugyldig eller trukket tilbake."), field="Authorization"
                )
        request.api_viewer = Viewer(user or request.user)
    return request.api_viewer
