"""The review forms: a meeting record split into a meeting form and formsets for people, cases, follow-ups and deadlines.

`initial_data(record)` turns a record into the forms' initial values, `record_from(forms)` turns valid forms
back into a record of the same shape, so that the importer can compare the two field by field.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from motebok.documents.models import Document
from motebok.documents.uploads import MultipleFileInput, MultipleUploadField
from motebok.importer.casenumbers import BadCaseNumber, last_year, parse_case_number, plausible_year
from motebok.meetings.models import Meeting

DOC_TYPES = [(k, v) for k, v in Document.Kind.choices if k != Document.Kind.ATTACHMENT]
FORMATS = [("", "–"), *Meeting.Format.choices]


def plausible_date(value) -> None:
    """Refuse a date whose year no meeting can have (0001, 9999), beside its field."""
    if value and not plausible_year(value.year):
        raise forms.ValidationError(
            _("Året %(year)s kan ikke stemme; bruk et år mellom 1900 og %(last)s."),
            params={"year": value.year, "last": last_year()},
        )


class BodyForm(forms.Form):
    """For a document on no body yet: the body it belongs to, which a person confirms or chooses."""

    name = forms.CharField(
        label=_("Organ"),
        max_length=200,
        help_text=_(
            "Finnes et organ med dette navnet, føres dokumentet der; ellers opprettes organet når du lagrer."
        ),
    )


class MeetingForm(forms.Form):
    doc_type = forms.ChoiceField(label=_("Dokumenttype"), choices=DOC_TYPES)
    date = forms.DateField(
        label=_("Dato"),
        required=False,
        validators=[plausible_date],
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    start = forms.TimeField(label=_("Start"), required=False, widget=forms.TimeInput(attrs={"type": "time"}))
    end = forms.TimeField(label=_("Slutt"), required=False, widget=forms.TimeInput(attrs={"type": "time"}))
    place = forms.CharField(label=_("Sted"), required=False, max_length=300)
    format = forms.ChoiceField(label=_("Møteform"), choices=FORMATS, required=False)
    publish = forms.BooleanField(
        label=_("Publiser dokumentet"),
        required=False,
        help_text=_("Uten hake ser bare organets medlemmer dokumentet."),
    )
    chair = forms.CharField(label=_("Møteleder"), required=False, max_length=200)
    minute_taker = forms.CharField(label=_("Referent"), required=False, max_length=200)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("Møtet kan ikke slutte før det begynner."))
        return data


class ProposalsForm(forms.Form):
    """What the document sets up for the body; only what a person ticks is written."""

    accept = forms.MultipleChoiceField(
        label=_("Forslag fra dokumentet"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Kryss av for det som skal opprettes når du lagrer. Det du ikke krysser av, lagres ikke."
        ),
    )

    def __init__(self, *args, proposals: list, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.proposals = {proposal.key: proposal for proposal in proposals}
        self.fields["accept"].choices = [(proposal.key, proposal.label) for proposal in proposals]

    def accepted(self) -> list:
        return [self.proposals[key] for key in self.cleaned_data["accept"]]


class PersonForm(forms.Form):
    LISTS = [
        ("present", _("Til stede")),
        ("absent", _("Forfall")),
        ("substitutes", _("Vara")),
        ("guests", _("Gjest")),
    ]
    listed = forms.ChoiceField(label=_("Deltakelse"), choices=LISTS)
    name = forms.CharField(label=_("Navn"), max_length=200)
    organization = forms.CharField(label=_("Organisasjon"), required=False, max_length=200)
    role = forms.CharField(label=_("Rolle"), required=False, max_length=200)
    email = forms.EmailField(label=_("E-post"), required=False)
    for_name = forms.CharField(label=_("Vara for"), required=False, max_length=200)


class CaseForm(forms.Form):
    number = forms.CharField(label=_("Saksnummer"), required=False, max_length=40)
    title = forms.CharField(label=_("Tittel"), max_length=300)
    conclusion = forms.CharField(
        label=_("Konklusjon"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_number(self) -> str:
        number = self.cleaned_data["number"]
        try:
            parse_case_number(number)
        except BadCaseNumber:
            raise forms.ValidationError(
                _("Saksnummeret «%(number)s» kan ikke stemme. Skriv det som 14-22 eller 014/22."),
                params={"number": number},
            ) from None
        return number


class ActionItemForm(forms.Form):
    owner = forms.CharField(label=_("Ansvarlig"), max_length=200)
    task = forms.CharField(label=_("Oppgave"), widget=forms.Textarea(attrs={"rows": 2}))
    due = forms.DateField(
        label=_("Frist"),
        required=False,
        validators=[plausible_date],
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    case = forms.ChoiceField(label=_("Sak"), required=False, choices=[])


class DeadlineForm(forms.Form):
    what = forms.CharField(label=_("Hva"), max_length=300)
    date = forms.DateField(
        label=_("Dato"), validators=[plausible_date], widget=forms.DateInput(attrs={"type": "date"})
    )


class ReviewFormSet(forms.BaseFormSet):
    """Rows a person can remove with a checkbox and add to with the page's "add" buttons."""

    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)
        form.fields[forms.formsets.DELETION_FIELD_NAME].label = _("Fjern")


def _formset(form_class):
    return forms.formset_factory(form_class, formset=ReviewFormSet, extra=0, can_delete=True)


def offer_cases(formset, cases: list[dict]) -> None:
    """Let each follow-up row be moved to any of the document's cases, named by title."""
    choices = [("", _("Saken den står under i teksten"))]
    for case in cases:
        if case.get("title"):
            choices.append((case["title"], " ".join(filter(None, (case.get("number"), case["title"])))))
    for form in [*formset.forms, formset.empty_form]:
        form.fields["case"].choices = choices


def with_added_row(data, prefix: str):
    """The posted data with one more (empty) row in the formset with this prefix."""
    data = data.copy()
    total = f"{prefix}-TOTAL_FORMS"
    # A tampered count stays as it is, for the formset to reject.
    if str(data.get(total, "")).isdigit():
        data[total] = str(int(data[total]) + 1)
    return data


FORMSETS = {
    "people": _formset(PersonForm),
    "cases": _formset(CaseForm),
    "action_items": _formset(ActionItemForm),
    "deadlines": _formset(DeadlineForm),
}


class UploadForm(forms.Form):
    # A refused file (too large, empty, not what its name says) is refused one by one with its name in the view,
    # not for the whole upload.
    files = MultipleUploadField(
        checked=False,
        allow_empty_file=True,
        label=_("Dokumenter"),
        help_text=_("Tekst, HTML, Word, OpenDocument, PDF eller skannede bilder. Du kan velge flere filer."),
        error_messages={"required": _("Velg minst én fil å laste opp.")},
        widget=MultipleFileInput(),
    )


def initial_data(record: dict) -> tuple[dict, dict[str, list[dict]], dict[str, list[str]]]:
    """Initial values for the meeting form and each formset, and each formset row's record path."""
    meeting = record.get("meeting") or {}
    meeting_initial = {
        "doc_type": record.get("doc_type"),
        **{key: meeting.get(key) for key in ("date", "start", "end", "place", "format")},
        "chair": record.get("chair"),
        "minute_taker": record.get("minute_taker"),
    }
    people, people_paths = [], []
    for index, p in enumerate(record.get("present") or []):
        people.append(
            {"listed": "present", **{k: p.get(k) for k in ("name", "organization", "role", "email")}}
        )
        people_paths.append(f"present[{index}]")
    for key in ("absent", "guests"):
        for index, name in enumerate(record.get(key) or []):
            people.append({"listed": key, "name": name})
            people_paths.append(f"{key}[{index}]")
    for index, s in enumerate(record.get("substitutes") or []):
        people.append({"listed": "substitutes", "name": s.get("name"), "for_name": s.get("for")})
        people_paths.append(f"substitutes[{index}]")
    rows = {"people": people}
    paths = {"people": people_paths}
    for key in ("cases", "action_items", "deadlines"):
        rows[key] = [dict(item) for item in record.get(key) or []]
        paths[key] = [f"{key}[{index}]" for index in range(len(rows[key]))]
    return meeting_initial, rows, paths


def record_from(meeting_form: MeetingForm, formsets: dict) -> dict:
    """The record that valid review forms describe, in the shape of the extracted record."""
    m = meeting_form.cleaned_data
    record = {
        "doc_type": m["doc_type"],
        "meeting": {
            "date": _iso(m["date"]),
            "start": m["start"].strftime("%H:%M") if m["start"] else None,
            "end": m["end"].strftime("%H:%M") if m["end"] else None,
            "place": m["place"] or None,
            "format": m["format"] or None,
        },
        "chair": m["chair"] or None,
        "minute_taker": m["minute_taker"] or None,
        "present": [],
        "absent": [],
        "substitutes": [],
        "guests": [],
    }
    for row in _rows(formsets["people"]):
        if row["listed"] == "present":
            record["present"].append({k: row[k] or None for k in ("name", "organization", "role", "email")})
        elif row["listed"] == "substitutes":
            record["substitutes"].append({"name": row["name"], "for": row["for_name"] or None})
        else:
            record[row["listed"]].append(row["name"])
    record["cases"] = [
        {"number": r["number"] or None, "title": r["title"], "conclusion": r["conclusion"] or None}
        for r in _rows(formsets["cases"])
    ]
    record["action_items"] = [
        {"owner": r["owner"], "task": r["task"], "due": _iso(r["due"]), "case": r["case"] or None}
        for r in _rows(formsets["action_items"])
    ]
    record["deadlines"] = [{"what": r["what"], "date": _iso(r["date"])} for r in _rows(formsets["deadlines"])]
    return record


def _rows(formset) -> list[dict]:
    return [f.cleaned_data for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]


def _iso(value) -> str | None:
    return value.isoformat() if value else None
