"""One error shape for the whole API: a status, a Norwegian message, and one entry per field that was wrong."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, ValidationError


class FieldError(Schema):
    field: str
    message: str


class ErrorOut(Schema):
    status: int
    message: str
    errors: list[FieldError] = []


class ApiError(Exception):
    """Refuse a request with this status and message, optionally naming the field that caused it."""

    def __init__(self, status: int, message: str, field: str = ""):
        super().__init__(message)
        self.status, self.message, self.field = status, message, field


# Where in the request a value came from is not part of its name.
_LOCATIONS = {"query", "path", "header", "cookie", "form"}


def _field(location) -> str:
    parts = [str(part) for part in location]
    if parts[:1] == ["body"]:
        # ("body", <the view's parameter>, field…): the field is what the client wrote.
        parts = parts[2:]
    parts = [part for part in parts if part not in _LOCATIONS]
    return ".".join(parts) or "body"


def _message(error: dict, name: str) -> str:
    """A Norwegian sentence for one pydantic error, naming the field."""
    kind, context = error.get("type", ""), error.get("ctx") or {}
    values = {"field": name, **{key: str(value) for key, value in context.items()}}
    if kind == "missing":
        return _("Feltet «%(field)s» mangler.") % values
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("«%(field)s» må være et heltall.") % values
    if kind.startswith("date_"):
        return _("«%(field)s» må være en dato (ÅÅÅÅ-MM-DD).") % values
    if kind.startswith("datetime") or kind.startswith("timezone"):
        return _("«%(field)s» må være et tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ss+01:00).") % values
    if kind == "string_too_long":
        return _("«%(field)s» kan ha høyst %(max_length)s tegn.") % values
    if kind == "string_too_short":
        return _("«%(field)s» må fylles ut.") % values
    if kind in ("literal_error", "enum"):
        return _("«%(field)s» må være en av: %(expected)s.") % values
    if kind in ("greater_than_equal", "greater_than"):
        return _("«%(field)s» er for lavt.") % values
    if kind in ("less_than_equal", "less_than"):
        return _("«%(field)s» er for høyt.") % values
    if kind in ("bool_parsing", "bool_type"):
        return _("«%(field)s» må være true eller false.") % values
    if kind == "string_pattern_mismatch":
        return _("«%(field)s» inneholder tegn som ikke kan lagres.") % values
    if kind == "string_type":
        return _("«%(field)s» må være tekst.") % values
    if kind in ("json_invalid", "model_attributes_type", "dict_type", "model_type"):
        return _("Innholdet må være et gyldig JSON-objekt.")
    return _("«%(field)s» har en ugyldig verdi.") % values


def _field_errors(errors: list) -> list[dict]:
    found = []
    for error in errors:
        if "loc" in error:
            name = _field(error["loc"])
            found.append({"field": name, "message": _message(error, name)})
        else:
            # Ninja's own checks, as the cursor's, name the field as the key.
            for name in error:
                found.append(
                    {"field": name, "message": _("«%(field)s» har en ugyldig verdi.") % {"field": name}}
                )
    return found


def install(api: NinjaAPI) -> None:
    """Answer every refusal in the one shape."""

    def respond(request: HttpRequest, status: int, message: str, errors: list[dict] = ()):
        return api.create_response(
            request, {"status": status, "message": message, "errors": list(errors)}, status=status
        )

    @api.exception_handler(ApiError)
    def api_error(request, error: ApiError):
        errors = [{"field": error.field, "message": error.message}] if error.field else []
        response = respond(request, error.status, error.message, errors)
        if error.status == 401:
            response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(ValidationError)
    def invalid(request, error: ValidationError):
        errors = _field_errors(error.errors)
        summary = _("Forespørselen har feil: %(fields)s.") % {"fields": ", ".join(e["field"] for e in errors)}
        return respond(request, 422, summary, errors)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, error):
        response = respond(request, 401, _("Dette krever en gyldig personlig API-nøkkel fra Min side."))
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(Http404)
    def not_found(request, error):
        return respond(request, 404, _("Fant ikke det du spurte etter, eller du har ikke tilgang til det."))
