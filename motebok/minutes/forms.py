"""The minutes editor: meeting roles, attendance, one section per case with its action items, and deadlines."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.forms import modelformset_factory
from django.utils.translation import gettext_lazy as _

from motebok.meetings.models import ActionItem, Attendance, Deadline, Meeting
from motebok.minutes.models import MinutesPolicy, MinutesSection
from motebok.registry.models import Organisation, Person

DEFAULT_CONCLUSIONS = [
    "Tas til orientering",
    "Tas til etterretning",
    "Saken utsettes",
    "Vedtatt som foreslått",
    "Teke til orientering",
    "Teke til etterretning",
    "Saka vert utsett",
    "Vedteke som føreslått",
]
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def standard_conclusions(body) -> list[str]:
    return list(body.standard_conclusions or DEFAULT_CONCLUSIONS)


class LimitedChoicesModelForm(forms.ModelForm):
    """A model form whose person and organisation lists are limited to `choices`."""

    def __init__(self, *args, choices: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if choices and model in choices:
                field.queryset = choices[model]


class RolesForm(LimitedChoicesModelForm):
    class Meta:
        model = Meeting
        fields = ["chair", "minute_taker"]


class AttendanceForm(LimitedChoicesModelForm):
    class Meta:
        model = Attendance
        fields = ["person", "status", "substitute_for", "remote", "organisation", "role"]

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting

    def clean(self):
        data = super().clean()
        if data.get("status") == Attendance.Status.SUBSTITUTE and not data.get("substitute_for"):
            self.add_error("substitute_for", _("Oppgi hvem personen møtte som vara for."))
        return data


class SectionForm(LimitedChoicesModelForm):
    class Meta:
        model = MinutesSection
        fields = ["notes", "conclusion"]
        widgets = {
            "notes": forms.Textarea(attrs={"rows": 5}),
            "conclusion": forms.TextInput(attrs={"list": "standard-conclusions"}),
        }
        help_texts = {"conclusion": _("Velg en standardformulering eller skriv fritt.")}


class ActionItemForm(LimitedChoicesModelForm):
    class Meta:
        model = ActionItem
        fields = ["what", "owner_person", "owner_organisation", "owner_text", "due", "status"]
        widgets = {"what": forms.TextInput(), "due": DATE_INPUT}

    def __init__(self, *args, meeting: Meeting, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting, self.instance.case, self.instance.body = meeting, case, meeting.body

    def clean(self):
        data = super().clean()
        if data.get("what") and not (
            data.get("owner_person") or data.get("owner_organisation") or data.get("owner_text")
        ):
            self.add_error(
                "owner_text",
                _(
                    "Oppgi hvem som er ansvarlig: en person, en organisasjon, eller skriv det inn (for eksempel en arbeidsgruppe)."
                ),
            )
        return data


class DeadlineForm(LimitedChoicesModelForm):
    class Meta:
        model = Deadline
        fields = ["what", "date", "kind", "source", "case"]
        widgets = {"date": DATE_INPUT}

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting, self.instance.body = meeting, meeting.body
        self.fields["case"].queryset = self.fields["case"].queryset.filter(placements__meeting=meeting)


class BaseAttendanceFormSet(forms.BaseModelFormSet):
    def clean(self):
        """One row per person: the database allows no more, so say so instead of failing on save."""
        super().clean()
        seen: set[int] = set()
        for form in self.forms:
            person = form.cleaned_data.get("person") if hasattr(form, "cleaned_data") else None
            if person is None or self._should_delete_form(form):
                continue
            if person.pk in seen:
                form.add_error(
                    "person", _("%(name)s står allerede på deltakerlisten.") % {"name": person.name}
                )
            seen.add(person.pk)


AttendanceFormSet = modelformset_factory(
    Attendance, form=AttendanceForm, formset=BaseAttendanceFormSet, extra=2, can_delete=True
)
ActionItemFormSet = modelformset_factory(ActionItem, form=ActionItemForm, extra=2, can_delete=True)
DeadlineFormSet = modelformset_factory(Deadline, form=DeadlineForm, extra=2, can_delete=True)


def choices_for(meeting: Meeting) -> dict:
    """The people and organisations worth offering: the body's members and those already in its meetings."""
    body = meeting.body
    people = Person.objects.filter(
        Q(memberships__body=body) | Q(attendance__meeting__body=body) | Q(action_items__body=body)
    )
    organisations = Organisation.objects.filter(
        Q(membership__body=body) | Q(person__in=people) | Q(action_items__body=body)
    )
    return {
        Person: Person.objects.filter(pk__in=people.values("pk")).order_by("name"),
        Organisation: Organisation.objects.filter(pk__in=organisations.values("pk")).order_by("name"),
    }


class MinutesEditor:
    """All the forms of the minutes page, validated and saved together."""

    def __init__(self, minutes, data=None):
        meeting = minutes.meeting
        self.minutes = minutes
        self.loaded_revision = (
            int(data["revision"]) if data and str(data.get("revision", "")).isdigit() else None
        )
        choices = choices_for(meeting)
        self.roles = RolesForm(data, instance=meeting, prefix="roles", choices=choices)
        self.attendance = AttendanceFormSet(
            data,
            queryset=meeting.attendance.select_related("person").order_by("status", "person__name"),
            prefix="attendance",
            form_kwargs={"meeting": meeting, "choices": choices},
        )
        self.sections = [
            (
                section,
                SectionForm(data, instance=section, prefix=f"section-{section.pk}"),
                ActionItemFormSet(
                    data,
                    queryset=ActionItem.objects.filter(
                        meeting=meeting, case=section.agenda_item.case
                    ).order_by("id"),
                    prefix=f"actions-{section.pk}",
                    form_kwargs={"meeting": meeting, "case": section.agenda_item.case, "choices": choices},
                ),
            )
            for section in minutes.sections.select_related("agenda_item__case__body").order_by(
                "agenda_item__order", "agenda_item__id"
            )
        ]
        self.deadlines = DeadlineFormSet(
            data,
            queryset=Deadline.objects.filter(meeting=meeting).order_by("date", "id"),
            prefix="deadlines",
            form_kwargs={"meeting": meeting, "choices": choices},
        )
        self.conclusions = standard_conclusions(meeting.body)

    @property
    def forms(self) -> list:
        parts = [self.roles, self.attendance]
        for _section, section_form, actions in self.sections:
            parts += [section_form, actions]
        return [*parts, self.deadlines]

    def is_valid(self) -> bool:
        return self.loaded_revision is not None and all([form.is_valid() for form in self.forms])


class PolicyForm(LimitedChoicesModelForm):
    class Meta:
        model = MinutesPolicy
        fields = ["approval"]
        widgets = {"approval": forms.RadioSelect}


class NextMeetingApprovalForm(forms.Form):
    at_meeting = forms.ModelChoiceField(queryset=Meeting.objects.none(), label=_("Godkjent i møte"))

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["at_meeting"].queryset = (
            Meeting.objects.filter(body=meeting.body, start__gt=meeting.start)
            .exclude(status=Meeting.Status.CANCELLED)
            .order_by("start")
        )
