from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Navn på nøkkelen"),
        max_length=100,
        help_text=_("Hva du bruker den til, for eksempel «Regneark for oppfølging»."),
        widget=forms.TextInput(attrs={"class": "ds-input"}),
    )
