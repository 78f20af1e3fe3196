"""Forms for setting up and keeping a body; errors name the field in Norwegian."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from motebok.meetings.models import Meeting
from motebok.planning.forms import TimeSpanForm
from motebok.registry.models import Body, Mandate, Membership, Organisation
from motebok.registry.services import municipalities_on

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def organisation_label(organisation: Organisation) -> str:
    """A municipality with its county, so that the two Våler or Os can be told apart; a defunct one with its
    successors, so that a membership from before a merger can still be registered and read."""
    if organisation.kind != Organisation.Kind.MUNICIPALITY or not organisation.county_id:
        return organisation.name
    label = f"{organisation.name} ({organisation.county.name})"
    if organisation.valid_to:
        successors = ", ".join(s.name for s in organisation.successors.all())
        label += " – " + (_("nedlagt %(year)s, nå %(names)s") if successors else _("nedlagt %(year)s")) % {
            "year": organisation.valid_to.year, "names": successors,
        }  # fmt: skip
    return label


def bound_date(form: forms.Form, name: str) -> dt.date:
    """The date typed into a bound form's field, before validation, or today: it decides which choices exist."""
    raw = form.data.get(form.add_prefix(name)) if form.is_bound else None
    try:
        return dt.date.fromisoformat(raw) if raw else timezone.localdate()
    except ValueError:
        return timezone.localdate()


def represented_choices(day: dt.date | None):
    """Municipalities that existed on the day (every one, defunct ones too, when no day is given yet), then the
    other organisations. The form checks the chosen one against the start date typed."""
    others = Organisation.objects.exclude(
        kind__in=[Organisation.Kind.MUNICIPALITY, Organisation.Kind.COUNTY]
    ) | Organisation.objects.filter(kind=Organisation.Kind.COUNTY, valid_to__isnull=True)
    municipalities = (
        municipalities_on(day) if day else Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY)
    )
    return (
        (municipalities | others)
        .select_related("county")
        .prefetch_related("successors")
        .order_by("kind", F("valid_to").desc(nulls_first=True), "name")
    )


class SecretaryFields(forms.Form):
    secretary_name = forms.CharField(label=_("Sekretærens navn"), max_length=200)
    secretary_email = forms.EmailField(label=_("Sekretærens e-post"))


class NewBodyForm(SecretaryFields):
    name = forms.CharField(label=_("Navn"), max_length=200)
    kind = forms.ChoiceField(label=_("Type"), choices=Body.Kind.choices)
    secretariat = forms.CharField(
        label=_("Sekretariat (organisasjon)"),
        max_length=200,
        required=False,
        help_text=_(
            "For eksempel KS eller et regionråds kontor. Tomt om sekretæren er en person i nettverket."
        ),
    )
    second_secretary_name = forms.CharField(label=_("Sekretær nr. 2, navn"), max_length=200, required=False)
    second_secretary_email = forms.EmailField(label=_("Sekretær nr. 2, e-post"), required=False)

    field_order = ["name", "kind", "secretariat", "secretary_name", "secretary_email"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("second_secretary_name") and not cleaned.get("second_secretary_email"):
            self.add_error("second_secretary_email", _("Skriv e-postadressen til sekretær nr. 2."))
        return cleaned


class SubBodyForm(forms.Form):
    name = forms.CharField(label=_("Navn"), max_length=200)
    kind = forms.ChoiceField(
        label=_("Type"),
        choices=[
            (kind.value, kind.label)
            for kind in (
                Body.Kind.WORKING_COMMITTEE,
                Body.Kind.WORKING_GROUP,
                Body.Kind.PROGRAMME_COMMITTEE,
                Body.Kind.NETWORK,
                Body.Kind.OTHER,
            )
        ],
    )
    secretary_name = forms.CharField(
        label=_("Annen sekretær, navn"),
        max_length=200,
        required=False,
        help_text=_("Tomt: du blir selv sekretær for det nye organet."),
    )
    secretary_email = forms.EmailField(label=_("Annen sekretær, e-post"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("secretary_name") and not cleaned.get("secretary_email"):
            self.add_error("secretary_email", _("Skriv e-postadressen til sekretæren."))
        return cleaned


class BodyForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    municipalities = forms.ModelMultipleChoiceField(
        label=_("Kommuner i regionen"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 12}),
        help_text=_("Kommunene som skal ha et medlem (og eventuelt en vara) i organet."),
    )

    class Meta:
        model = Body
        fields = ["name", "kind", "description", "case_number_format", "written_standard", "is_public"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        chosen = self.instance.municipalities.all() if self.instance.pk else Organisation.objects.none()
        self.fields["municipalities"].queryset = (municipalities_on(today) | chosen).select_related("county")
        self.fields["municipalities"].label_from_instance = organisation_label
        self.fields["municipalities"].initial = list(chosen)
        self.fields["version"].initial = self.instance.version


class MandateForm(forms.ModelForm):
    class Meta:
        model = Mandate
        fields = [
            "text", "adopted", "digital_meetings_per_month", "digital_meeting_max_minutes",
            "physical_gatherings_per_year", "gatherings_per_half_year", "overnight_gatherings_per_year",
            "day_meetings", "gatherings_replace_digital", "hosting_in_rotation", "substitute_rule",
        ]  # fmt: skip
        widgets = {"text": forms.Textarea(attrs={"rows": 10}), "adopted": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["adopted"].required = True

    def clean(self):
        cleaned = super().clean()
        per_year = (cleaned.get("physical_gatherings_per_year") or 0) or 2 * (
            cleaned.get("gatherings_per_half_year") or 0
        )
        if (cleaned.get("overnight_gatherings_per_year") or 0) > per_year:
            self.add_error(
                "overnight_gatherings_per_year",
                _("Det kan ikke være flere samlinger med overnatting enn samlinger i alt (%(n)s i året).")
                % {"n": per_year},
            )
        return cleaned


class MemberForm(forms.Form):
    name = forms.CharField(label=_("Navn"), max_length=200)
    email = forms.EmailField(
        label=_("E-post"),
        required=False,
        help_text=_("Finnes personen fra før med denne adressen, brukes den samme personen."),
    )
    role = forms.ChoiceField(
        label=_("Rolle"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER
    )
    organisation = forms.ModelChoiceField(
        label=_("Representerer"), queryset=Organisation.objects.none(), required=False
    )
    start = forms.DateField(label=_("Fra"), required=False, widget=DATE)
    end = forms.DateField(label=_("Til"), required=False, widget=DATE)
    invite = forms.BooleanField(
        label=_("Send invitasjon til å lage brukerkonto"), required=False, initial=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = represented_choices(
            bound_date(self, "start") if self.is_bound else None
        )
        self.fields["organisation"].label_from_instance = organisation_label

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("invite") and not cleaned.get("email"):
            self.add_error("email", _("Skriv e-postadressen for å sende invitasjon."))
        organisation = cleaned.get("organisation")
        day = cleaned.get("start") or timezone.localdate()
        if organisation is not None and not organisation.existed_on(day):
            self.add_error(
                "organisation",
                _("%(org)s fantes ikke %(day)s.")
                % {"org": organisation.name, "day": day.strftime("%d.%m.%Y")},
            )
        return cleaned


class EndMembershipForm(forms.Form):
    end = forms.DateField(label=_("Sluttdato"), widget=DATE)


class MeetingForm(TimeSpanForm):
    """A single meeting the secretary adds by hand, outside the year plan or inside it."""

    kind = forms.ChoiceField(label=_("Møtetype"), choices=Meeting.Kind.choices, initial=Meeting.Kind.ORDINARY)
    title = forms.CharField(label=_("Tittel"), max_length=200, required=False)
    format = forms.ChoiceField(label=_("Form"), choices=Meeting.Format.choices)
    place = forms.CharField(label=_("Sted"), max_length=300, required=False)
    address = forms.CharField(label=_("Adresse"), max_length=300, required=False)
    online_link = forms.URLField(
        label=_("Lenke til digitalt møte"), max_length=500, required=False, assume_scheme="https"
    )
    host = forms.ModelChoiceField(
        label=_("Vertskommune"), queryset=Organisation.objects.none(), required=False
    )

    field_order = ["kind", "title", "start_date", "start_time", "end_date", "end_time", "format"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = municipalities_on(bound_date(self, "start_date")).select_related(
            "county"
        )
        self.fields["host"].label_from_instance = organisation_label

    def clean(self):
        cleaned = super().clean()
        data = self.cleaned_data
        days = (
            (data["end_date"] - data["start_date"]).days
            if data.get("start_date") and data.get("end_date")
            else 1
        )
        if data.get("kind") == Meeting.Kind.GATHERING and days != 1:
            self.add_error("end_date", _("En samling over to dager slutter dagen etter at den starter."))
        if data.get("format") in (Meeting.Format.DIGITAL, Meeting.Format.HYBRID) and not data.get(
            "online_link"
        ):
            self.add_error("online_link", _("Et digitalt møte trenger en lenke."))
        return cleaned


class MeetingEditForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    online_link = forms.URLField(
        label=_("Lenke til digitalt møte"), max_length=500, required=False, assume_scheme="https"
    )

    class Meta:
        model = Meeting
        fields = ["kind", "title", "format", "place", "address", "online_link", "host"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        day = timezone.localtime(self.instance.start).date()
        current = Organisation.objects.filter(pk=self.instance.host_id)
        self.fields["host"].queryset = (municipalities_on(day) | current).select_related("county")
        self.fields["host"].label_from_instance = organisation_label
        self.fields["version"].initial = self.instance.version
