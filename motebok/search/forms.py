"""The search page's form: the query and its filters, checked, with errors named by field."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from motebok.access import rules
from motebok.search.models import Entry

RELEVANCE, NEWEST = "relevans", "nyest"
FIRST_YEAR, LAST_YEAR = 1900, 2100
# The kinds of things as the address names them.
KINDS = {"sak": Entry.Kind.CASE, "mote": Entry.Kind.MEETING, "dokument": Entry.Kind.DOCUMENT}
FILTERS = ("type", "organ", "fra", "til")


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Søk etter"), required=False, widget=forms.SearchInput)
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("Alt")), ("sak", _("Saker")), ("mote", _("Møter")), ("dokument", _("Dokumenter"))],
        error_messages={"invalid_choice": _("Velg en type fra listen.")},
    )
    organ = forms.ModelChoiceField(
        label=_("Organ"),
        queryset=None,
        required=False,
        to_field_name="slug",
        empty_label=_("Alle organer"),
        error_messages={"invalid_choice": _("Velg et organ fra listen.")},
    )
    fra = forms.IntegerField(
        label=_("Fra år"),
        required=False,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={"invalid": _("Skriv et årstall, for eksempel 2022.")},
    )
    til = forms.IntegerField(
        label=_("Til år"),
        required=False,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={"invalid": _("Skriv et årstall, for eksempel 2024.")},
    )
    sortering = forms.ChoiceField(
        label=_("Sortering"),
        required=False,
        choices=[(RELEVANCE, _("Mest relevant først")), (NEWEST, _("Nyeste først"))],
        error_messages={"invalid_choice": _("Velg en sortering fra listen.")},
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organ"].queryset = rules.visible_bodies(user).order_by("name")

    def clean_type(self) -> str | None:
        return KINDS.get(self.cleaned_data["type"])

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("fra"), data.get("til")
        if start and end and end < start:
            self.add_error("til", _("«Til år» kan ikke være før «Fra år»."))
        return data
