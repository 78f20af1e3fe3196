"""Forms for plans, meeting changes, case proposals and the agenda builder; errors name the field in Norwegian."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from motebok.documents.uploads import MultipleUploadField, UploadField
from motebok.meetings.models import Case, Meeting
from motebok.planning import planner
from motebok.planning.closed_days import Closed, closed_reason
from motebok.planning.models import PlanPreferences

CLOSED_MESSAGES = {
    Closed.HOLIDAY: _("Datoen er en helligdag."),
    Closed.EASTER: _("Datoen er i påskeuka."),
    Closed.JULY: _("Datoen er i fellesferien i juli."),
    Closed.CHRISTMAS: _("Datoen er i jule- og nyttårshelgen (24. desember–1. januar)."),
}


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date", "class": "ds-input"}, format="%Y-%m-%d")


def _time_input() -> forms.TimeInput:
    return forms.TimeInput(attrs={"type": "time", "class": "ds-input"}, format="%H:%M")


def _combine(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=planner.OSLO)


class PreferencesForm(forms.ModelForm):
    # The preferences' version when the form was loaded: a save by someone else in between refuses this one.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    year = forms.IntegerField(label=_("År"), min_value=2000, max_value=2100)
    online_link = forms.URLField(
        label=_("Fast lenke til digitale møter"), required=False, max_length=500, assume_scheme="https"
    )

    class Meta:
        model = PlanPreferences
        fields = [
            "digital_weekday", "digital_week", "digital_start", "digital_minutes", "online_link",
            "gathering_weekday", "gathering_start", "gathering_end",
        ]  # fmt: skip
        widgets = {
            "digital_start": _time_input(),
            "gathering_start": _time_input(),
            "gathering_end": _time_input(),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version
        for field in self.visible_fields():
            field.field.widget.attrs["class"] = "ds-input"


class TimeSpanForm(forms.Form):
    """A start and an end, never on a closed day, the end after the start."""

    start_date = forms.DateField(label=_("Dato"), widget=_date_input())
    start_time = forms.TimeField(label=_("Starttid"), widget=_time_input())
    end_date = forms.DateField(label=_("Sluttdato"), widget=_date_input())
    end_time = forms.TimeField(label=_("Sluttid"), widget=_time_input())

    def check_time_span(self) -> None:
        data = self.cleaned_data
        for field in ("start_date", "end_date"):
            reason = closed_reason(data[field]) if data.get(field) else None
            if reason:
                self.add_error(field, CLOSED_MESSAGES[reason])
        complete = all(data.get(field) for field in ("start_date", "start_time", "end_date", "end_time"))
        if complete and self.end <= self.start:
            self.add_error("end_time", _("Slutten må komme etter starten."))

    @property
    def start(self) -> dt.datetime:
        return _combine(self.cleaned_data["start_date"], self.cleaned_data["start_time"])

    @property
    def end(self) -> dt.datetime:
        return _combine(self.cleaned_data["end_date"], self.cleaned_data["end_time"])

    def clean(self):
        cleaned = super().clean()
        self.check_time_span()
        return cleaned


class PlanItemForm(TimeSpanForm):
    """One proposed meeting as the secretary adjusts it before accepting the plan."""

    keep = forms.BooleanField(label=_("Ta med"), required=False, initial=True)
    kind = forms.ChoiceField(
        choices=[(kind.value, kind.value) for kind in planner.Kind], widget=forms.HiddenInput
    )
    overnight = forms.BooleanField(required=False, widget=forms.HiddenInput)
    committee = forms.CharField(required=False, widget=forms.HiddenInput)
    host = forms.ModelChoiceField(label=_("Vertskommune"), queryset=None, required=False)

    def __init__(self, *args, hosts=(), **kwargs):
        super().__init__(*args, **kwargs)
        from motebok.registry.models import Organisation

        self.fields["host"].queryset = Organisation.objects.filter(pk__in=[host.pk for host in hosts])
        self.fields["host"].widget.attrs["class"] = "ds-input"

    def clean(self):
        if not self.data.get(self.add_prefix("keep")):
            # A removed item needs no valid dates.
            return {"keep": False}
        return super().clean()

    @property
    def is_gathering(self) -> bool:
        return self["kind"].value() == planner.Kind.GATHERING

    def committee_ids(self) -> list[int]:
        return [int(part) for part in self.cleaned_data.get("committee", "").split(",") if part.isdigit()]


PlanItemFormSet = forms.formset_factory(PlanItemForm, extra=0)


class MoveForm(TimeSpanForm):
    # The meeting's version when the form was loaded: a change saved in between refuses the move.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting
        self.fields["version"].initial = meeting.version

    def clean(self):
        cleaned = super().clean()
        day = cleaned.get("start_date")
        if day and day.year != self.meeting.year:
            self.add_error(
                "start_date",
                _("Møtet kan bare flyttes innenfor møteåret %(year)s.") % {"year": self.meeting.year},
            )
        return cleaned


class ProgrammeCommitteeForm(forms.Form):
    # The meeting's version when the form was loaded, as for a move.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    members = forms.ModelMultipleChoiceField(
        label=_("Programkomité"), queryset=None, widget=forms.CheckboxSelectMultiple,
        help_text=_("Vertskommunen og to andre kommuner."),
    )  # fmt: skip

    def __init__(self, *args, meeting: Meeting, municipalities=(), **kwargs):
        super().__init__(*args, **kwargs)
        from motebok.registry.models import Organisation

        self.host = meeting.host
        self.fields["version"].initial = meeting.version
        self.fields["members"].queryset = Organisation.objects.filter(pk__in=[m.pk for m in municipalities])

    def clean_members(self):
        members = list(self.cleaned_data["members"])
        if self.host is not None and self.host not in members:
            raise forms.ValidationError(_("Vertskommunen %(host)s må være med.") % {"host": self.host.name})
        if len(members) != 3:
            raise forms.ValidationError(_("Velg vertskommunen og to andre kommuner."))
        return members


class ProposalForm(forms.Form):
    title = forms.CharField(label=_("Tittel"), max_length=300)
    background = forms.CharField(
        label=_("Bakgrunn"), widget=forms.Textarea(attrs={"rows": 6}), required=False
    )
    kind = forms.ChoiceField(label=_("Sakstype"), choices=Case.Kind.choices, initial=Case.Kind.ORIENTATION)
    wished_meeting = forms.ModelChoiceField(
        label=_("Ønsket møte"),
        queryset=Meeting.objects.none(),
        required=False,
        empty_label=_("Første ledige møte"),
    )
    attachments = MultipleUploadField(label=_("Vedlegg"), required=False)

    def __init__(self, *args, meetings=None, **kwargs):
        super().__init__(*args, **kwargs)
        if meetings is not None:
            self.fields["wished_meeting"].queryset = meetings
        self.fields["wished_meeting"].label_from_instance = lambda m: (
            f"{m.title or m.body.name} {m.start:%d.%m.%Y}"
        )
        for name in ("title", "background", "kind", "wished_meeting"):
            self.fields[name].widget.attrs["class"] = "ds-input"


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            (Case.Status.ACCEPTED, _("Aksepter")),
            (Case.Status.POSTPONED, _("Utsett")),
            (Case.Status.DECLINED, _("Avvis")),
        ]
    )


class AttachmentForm(forms.Form):
    case = forms.ModelChoiceField(label=_("Sak"), queryset=Case.objects.none())
    title = forms.CharField(label=_("Tittel på dokumentet"), max_length=300, required=False)
    file = UploadField(label=_("Fil"))

    def __init__(self, *args, cases=None, **kwargs):
        super().__init__(*args, **kwargs)
        if cases is not None:
            self.fields["case"].queryset = cases
        for field in self.fields.values():
            field.widget.attrs["class"] = "ds-input"
