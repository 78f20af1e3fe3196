"""The error summary at the top of every page whose form came back with errors (Designsystemet's ErrorSummary)."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms, template
from django.forms.formsets import BaseFormSet
from django.utils.translation import gettext as _

register = template.Library()


@dataclass(frozen=True)
class Error:
    field_id: str
    text: str


def _form_errors(form: forms.BaseForm, row: int | None = None) -> list[Error]:
    visible = form.visible_fields()
    if not visible:
        return []
    errors = []
    # A form-wide error points at the form's first field: that is where its reader starts to mend it.
    for message in form.non_field_errors():
        errors.append(Error(visible[0].auto_id, message))
    for field in visible:
        label = (
            field.label if row is None else _("%(label)s, rad %(row)s") % {"label": field.label, "row": row}
        )
        for message in field.errors:
            errors.append(Error(field.auto_id, f"{label}: {message}"))
    return errors


def _errors(value) -> list[Error]:
    if isinstance(value, forms.BaseForm):
        return _form_errors(value) if value.is_bound else []
    if isinstance(value, BaseFormSet):
        if not value.is_bound:
            return []
        rows = [error for number, form in enumerate(value.forms, 1) for error in _form_errors(form, number)]
        first = next((field.auto_id for form in value.forms for field in form.visible_fields()), "")
        return [Error(first, message) for message in value.non_form_errors()] + rows
    # A page made of several forms (the minutes editor) lists them in a `forms` property. Asked of the class, so
    # that lazy objects in the context (the user, the permissions) are not woken for it.
    if isinstance(getattr(type(value), "forms", None), property):
        return [
            error
            for part in value.forms
            if isinstance(part, forms.BaseForm | BaseFormSet)
            for error in _errors(part)
        ]
    return []


@register.inclusion_tag("web/error_summary.html", takes_context=True)
def error_summary(context) -> dict:
    """Every error of every submitted form on the page, each linking to its field."""
    errors, seen = [], set()
    for value in context.flatten().values():
        if id(value) in seen:
            continue
        seen.add(id(value))
        errors += _errors(value)
    return {"errors": list(dict.fromkeys(errors))}
