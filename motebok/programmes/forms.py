"""Forms for the programme secretariat and the project leaders; errors name the field in Norwegian."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from motebok.planning.forms import TimeSpanForm
from motebok.programmes.models import Gathering, Party, Project, Question, ReportingRound, Round, Theme
from motebok.registry.models import Body, Organisation
from motebok.secretariat.forms import DATE, SecretaryFields, organisation_label

ORGANISATION_CHOICES = [
    ("council", _("Programråd")),
    ("secretariat", _("Sekretariat")),
    ("steering_group", _("Styringsgruppe")),
    ("resource_group", _("Ressursgruppe")),
]


class ProgrammeForm(SecretaryFields):
    name = forms.CharField(label=_("Navn"), max_length=200)
    start = forms.DateField(label=_("Fra"), widget=DATE)
    end = forms.DateField(label=_("Til"), widget=DATE)
    written_standard = forms.ChoiceField(label=_("Målform"), choices=Body.WrittenStandard.choices)
    is_public = forms.BooleanField(
        label=_("Offentlig programside"), required=False, initial=True,
        help_text=_("Temaer, nettverk, deltakere, prosjekter og publiserte rapporter vises for alle."),
    )  # fmt: skip
    organisation = forms.MultipleChoiceField(
        label=_("Programmets organisering"),
        choices=ORGANISATION_CHOICES,
        required=False,
        initial=[key for key, _label in ORGANISATION_CHOICES],
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Hver del blir et eget organ under programmet, med egne medlemmer og møter."),
    )

    field_order = ["name", "start", "end", "written_standard", "is_public", "organisation"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            self.add_error("end", _("Programmet kan ikke slutte før det starter."))
        return cleaned


class ThemeForm(forms.ModelForm):
    class Meta:
        model = Theme
        fields = ["name", "goal", "available_from"]
        widgets = {"goal": forms.Textarea(attrs={"rows": 3}), "available_from": DATE}


class RoundForm(forms.ModelForm):
    class Meta:
        model = Round
        fields = ["name", "admitted"]
        widgets = {"admitted": DATE}


class NetworkForm(forms.Form):
    name = forms.CharField(
        label=_("Navn"), max_length=200, help_text=_("For eksempel «Nettverk sør – sykefravær».")
    )
    theme = forms.ModelChoiceField(label=_("Tema"), queryset=Theme.objects.none())
    round = forms.ModelChoiceField(label=_("Pulje"), queryset=Round.objects.none(), required=False)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = programme.themes.all()
        self.fields["round"].queryset = programme.rounds.all()


class ParticipantForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Kommune eller organisasjon"),
        queryset=Organisation.objects.none(),
        help_text=_("Kommunene som fantes på opptaksdatoen står først."),
    )
    admitted = forms.DateField(label=_("Opptaksdato"), widget=DATE)
    round = forms.ModelChoiceField(label=_("Pulje"), queryset=Round.objects.none(), required=False)
    network = forms.ModelChoiceField(label=_("Temanettverk"), queryset=None, required=False)

    def __init__(self, *args, programme, **kwargs):
        from motebok.secretariat.forms import bound_date, represented_choices

        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = represented_choices(
            bound_date(self, "admitted") if self.is_bound else programme.start
        )
        self.fields["organisation"].label_from_instance = organisation_label
        self.fields["round"].queryset = programme.rounds.all()
        self.fields["network"].queryset = programme.networks.select_related("body")


class PlaceForm(forms.Form):
    """A participant's place: its pulje, network, admission and leaving."""

    admitted = forms.DateField(label=_("Opptaksdato"), widget=DATE)
    round = forms.ModelChoiceField(label=_("Pulje"), queryset=Round.objects.none(), required=False)
    network = forms.ModelChoiceField(label=_("Temanettverk"), queryset=None, required=False)
    left = forms.DateField(label=_("Sluttet"), widget=DATE, required=False)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = programme.rounds.all()
        self.fields["network"].queryset = programme.networks.select_related("body")


class ProjectForm(forms.Form):
    title = forms.CharField(label=_("Prosjektets tittel"), max_length=300)
    theme = forms.ModelChoiceField(label=_("Tema"), queryset=Theme.objects.none())
    leader_name = forms.CharField(label=_("Prosjektleder, navn"), max_length=200, required=False)
    leader_email = forms.EmailField(
        label=_("Prosjektleder, e-post"), required=False,
        help_text=_("Finnes personen fra før med denne adressen, brukes den samme personen."),
    )  # fmt: skip
    status = forms.ChoiceField(label=_("Status"), choices=Project.Status.choices)
    start = forms.DateField(label=_("Start"), widget=DATE, required=False)
    end = forms.DateField(label=_("Slutt"), widget=DATE, required=False)
    invite = forms.BooleanField(
        label=_("Send invitasjon til å lage brukerkonto"), required=False, initial=True
    )
    description = forms.CharField(
        label=_("Kort beskrivelse"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = programme.themes.all()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("leader_name") and not cleaned.get("leader_email"):
            self.add_error("leader_email", _("Skriv e-postadressen til prosjektlederen."))
        return cleaned


class ContactForm(forms.Form):
    party = forms.ChoiceField(label=_("Part"), choices=Party.choices)
    name = forms.CharField(label=_("Navn"), max_length=200)
    email = forms.EmailField(label=_("E-post"))


class GatheringForm(TimeSpanForm):
    kind = forms.ChoiceField(label=_("Type"), choices=Gathering.Kind.choices)
    body = forms.ModelChoiceField(
        label=_("Nettverk eller organ"),
        queryset=Body.objects.none(),
        required=False,
        help_text=_(
            "En nettverkssamling hører til sitt temanettverk; en temadag til kommunens nettverk. En "
            "prosjektledersamling kalles inn for programmets prosjektledere."
        ),
    )
    title = forms.CharField(label=_("Tittel"), max_length=200, required=False)
    place = forms.CharField(label=_("Sted"), max_length=300, required=False)
    host = forms.ModelChoiceField(
        label=_("Vertskommune"), queryset=Organisation.objects.none(), required=False,
        help_text=_("For en temadag: kommunen som holder den."),
    )  # fmt: skip
    mandatory = forms.BooleanField(label=_("Obligatorisk"), required=False, initial=True)
    political = forms.IntegerField(label=_("Folkevalgte per kommune"), min_value=0, max_value=20, initial=1)
    administration = forms.IntegerField(
        label=_("Fra administrasjonen per kommune"), min_value=0, max_value=20, initial=1
    )
    union = forms.IntegerField(label=_("Tillitsvalgte per kommune"), min_value=0, max_value=20, initial=1)

    field_order = [
        "kind",
        "body",
        "title",
        "start_date",
        "start_time",
        "end_date",
        "end_time",
        "place",
        "host",
    ]

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = Body.objects.filter(pk=programme.body_id) | Body.objects.filter(
            parent=programme.body_id
        )
        self.fields["host"].queryset = Organisation.objects.filter(
            programme_places__programme=programme
        ).select_related("county")
        self.fields["host"].label_from_instance = organisation_label

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == Gathering.Kind.THEME_DAY and not cleaned.get("host"):
            self.add_error("host", _("En temadag holdes av en kommune: velg vertskommunen."))
        if cleaned.get("kind") != Gathering.Kind.PROJECT_LEADERS and not cleaned.get("body"):
            self.add_error("body", _("Velg nettverket eller organet samlingen hører til."))
        return cleaned


class ReportingRoundForm(forms.ModelForm):
    class Meta:
        model = ReportingRound
        fields = ["title", "kind", "deadline", "round"]
        widgets = {"deadline": DATE}

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = programme.rounds.all()


class QuestionForm(forms.Form):
    text = forms.CharField(label=_("Spørsmål"), max_length=500, required=False)
    kind = forms.ChoiceField(label=_("Svartype"), choices=Question.Kind.choices)
    choices = forms.CharField(
        label=_("Svaralternativer"), max_length=1000, required=False,
        help_text=_("For valgspørsmål: alternativene skilt med semikolon."),
    )  # fmt: skip

    def as_question(self) -> tuple[str, str, list[str]] | None:
        data = self.cleaned_data
        if not data.get("text"):
            return None
        options = [option.strip() for option in data.get("choices", "").split(";") if option.strip()]
        return data["text"], data["kind"], options


QuestionFormSet = forms.formset_factory(QuestionForm, extra=6, max_num=30)


class ReportForm(forms.Form):
    """A report's answers: one field per question of the round."""

    def __init__(self, *args, questions: list[Question], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            name = f"q{question.pk}"
            if question.kind == Question.Kind.CHOICE:
                field = forms.ChoiceField(
                    choices=[("", "—"), *[(c, c) for c in question.choices]], required=False
                )
            elif question.kind == Question.Kind.NUMBER:
                field = forms.CharField(
                    required=False, max_length=40, widget=forms.TextInput(attrs={"inputmode": "decimal"})
                )
            else:
                field = forms.CharField(
                    required=False, max_length=10000, widget=forms.Textarea(attrs={"rows": 4})
                )
            field.label = question.text
            self.fields[name] = field

    def answers(self) -> dict[int, str]:
        return {question.pk: self.cleaned_data.get(f"q{question.pk}", "") for question in self.questions}


class GrantForm(forms.Form):
    project = forms.ModelChoiceField(label=_("Prosjekt"), queryset=Project.objects.none())
    year = forms.IntegerField(label=_("År"), min_value=2000, max_value=2100)
    granted = forms.IntegerField(label=_("Tildelt (kr)"), min_value=0)
    paid = forms.IntegerField(label=_("Utbetalt (kr)"), min_value=0, initial=0)
    used = forms.IntegerField(label=_("Rapportert brukt (kr)"), min_value=0, required=False)
    reporting_round = forms.ModelChoiceField(
        label=_("Rapporteringsrunde"), queryset=ReportingRound.objects.none(), required=False
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = Project.objects.filter(
            participant__programme=programme
        ).select_related("participant__organisation")
        self.fields["project"].label_from_instance = lambda p: f"{p.participant.organisation.name}: {p.title}"
        self.fields["reporting_round"].queryset = programme.reporting_rounds.all()


class AttendanceForm(forms.Form):
    """Who of the delegations came: the chosen people are present, the others absent."""

    present = forms.MultipleChoiceField(
        label=_("Til stede"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [(str(p.pk), p.name) for p in people]
