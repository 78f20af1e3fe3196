"""Forms for answering an invitation and moving a meeting."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django import forms
from django.utils.translation import gettext_lazy as _

from motebok.invitations.models import Answer

OSLO = ZoneInfo("Europe/Oslo")


class AnswerForm(forms.Form):
    response = forms.ChoiceField(label=_("Ditt svar"), widget=forms.RadioSelect)
    substitute_name = forms.CharField(label=_("Navn på stedfortreder"), max_length=200, required=False)
    substitute_email = forms.EmailField(label=_("E-post til stedfortreder"), required=False)
    comment = forms.CharField(label=_("Kommentar"), max_length=500, required=False)

    def __init__(self, *args, substitutes_allowed: bool, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [
            (Answer.Response.ATTENDING, _("Jeg kommer")),
            (Answer.Response.ABSENT, _("Jeg har forfall")),
        ]
        if substitutes_allowed:
            choices.append((Answer.Response.SUBSTITUTE, _("Jeg sender stedfortreder")))
        else:
            del self.fields["substitute_name"], self.fields["substitute_email"]
        self.fields["response"].choices = choices

    def clean(self):
        data = super().clean()
        if data.get("response") == Answer.Response.SUBSTITUTE and not data.get("substitute_name", "").strip():
            self.add_error("substitute_name", _("Skriv navnet på stedfortrederen."))
        return data


class MoveForm(forms.Form):
    start = forms.DateTimeField(
        label=_("Ny start"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M"],
    )
    end = forms.DateTimeField(
        label=_("Ny slutt"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M"],
    )
    # The meeting's version when the form was loaded: a change saved in between refuses the move.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("Slutt må være etter start."))
        return data

    @staticmethod
    def initial_for(meeting) -> dict:
        local = "%Y-%m-%dT%H:%M"
        return {
            "start": meeting.start.astimezone(OSLO).strftime(local),
            "end": meeting.end.astimezone(OSLO).strftime(local) if meeting.end else "",
            "version": meeting.version,
        }
