"""Invitations sent for meetings, the members' answers, and the secret tokens of calendar feeds."""

from __future__ import annotations

import secrets

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from motebok.meetings.models import Meeting
from motebok.registry.models import Body, Person
from motebok.site import site_domain


def new_token() -> str:
    return secrets.token_urlsafe(24)


def meeting_uid(meeting: Meeting) -> str:
    """The UID a meeting has in every calendar: derived from its key and this site, so feeds need not store it."""
    return f"mote-{meeting.pk}@{site_domain()}"


class CalendarEvent(models.Model):
    """A meeting's identity in the members' calendars: one UID for its life, a SEQUENCE raised on every change."""

    meeting = models.OneToOneField(
        Meeting, verbose_name=_("møte"), on_delete=models.CASCADE, related_name="calendar_event"
    )
    uid = models.CharField(_("UID"), max_length=200, unique=True)
    sequence = models.PositiveIntegerField(_("sekvens"), default=0)
    invited = models.DateTimeField(_("innkalling sendt"), null=True, blank=True)

    class Meta:
        verbose_name = _("kalenderhendelse")
        verbose_name_plural = _("kalenderhendelser")

    def __str__(self) -> str:
        return f"{self.meeting} ({self.uid}, {self.sequence})"


class Dispatch(models.Model):
    """One sending of an invitation, update or cancellation, for the secretary's log."""

    class Kind(models.TextChoices):
        INVITATION = "invitation", _("Innkalling")
        UPDATE = "update", _("Endring")
        CANCELLATION = "cancellation", _("Avlysning")

    event = models.ForeignKey(
        CalendarEvent, verbose_name=_("kalenderhendelse"), on_delete=models.CASCADE, related_name="dispatches"
    )
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices)
    sequence = models.PositiveIntegerField(_("sekvens"))
    sent = models.DateTimeField(_("sendt"), auto_now_add=True)
    sent_by = models.ForeignKey(
        Person, verbose_name=_("sendt av"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipients = models.JSONField(_("mottakere"), default=list)
    # When, where and the joining link as sent, so that the next update can say what changed.
    particulars = models.JSONField(_("tid og sted"), default=dict, blank=True)

    class Meta:
        verbose_name = _("utsending")
        verbose_name_plural = _("utsendinger")
        ordering = ["-sent", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.sent:%d.%m.%Y %H:%M}"


class Answer(models.Model):
    """A member's answer to an invitation, given through a personal link without logging in."""

    class Response(models.TextChoices):
        PENDING = "pending", _("Ikke svart")
        ATTENDING = "attending", _("Kommer")
        ABSENT = "absent", _("Forfall")
        SUBSTITUTE = "substitute", _("Sender stedfortreder")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("møte"), on_delete=models.CASCADE, related_name="answers"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("medlem"), on_delete=models.CASCADE, related_name="answers"
    )
    token = models.CharField(_("nøkkel"), max_length=64, unique=True, default=new_token)
    response = models.CharField(_("svar"), max_length=10, choices=Response.choices, default=Response.PENDING)
    substitute = models.ForeignKey(
        Person,
        verbose_name=_("stedfortreder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Approval(models.TextChoices):
        NOT_NEEDED = "", _("Trengs ikke")
        REQUESTED = "requested", _("Venter på leder")
        APPROVED = "approved", _("Godkjent av leder")
        REFUSED = "refused", _("Avslått av leder")

    comment = models.CharField(_("kommentar"), max_length=500, blank=True)
    answered = models.DateTimeField(_("svart"), null=True, blank=True)
    # Where the mandate says substitutes are agreed with the leader, the chair agrees before the substitute is sent
    # the invitation.
    substitute_approval = models.CharField(
        _("stedfortreder godkjent"), max_length=10, choices=Approval.choices, default="", blank=True
    )

    class Meta:
        verbose_name = _("svar på innkalling")
        verbose_name_plural = _("svar på innkallinger")
        ordering = ["meeting", "person__name"]
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="answer_unique_person")]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_response_display()}"

    def get_absolute_url(self) -> str:
        return reverse("invitations:answer", args=[self.token])

    @property
    def substitute_invited(self) -> bool:
        """Whether the named substitute is to have the invitation, calendar entry and documents."""
        return bool(
            self.response == self.Response.SUBSTITUTE
            and self.substitute_id
            and self.substitute_approval in (self.Approval.NOT_NEEDED, self.Approval.APPROVED)
        )


class FeedToken(models.Model):
    """A secret calendar address: a person's own feed (all their bodies) or their feed of one body."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="feed_tokens"
    )
    body = models.ForeignKey(
        Body,
        verbose_name=_("organ"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="feed_tokens",
        help_text=_("Tomt for personens samlede kalender."),
    )
    token = models.CharField(_("nøkkel"), max_length=64, unique=True, default=new_token)
    created = models.DateTimeField(_("opprettet"), auto_now_add=True)
    revoked = models.DateTimeField(_("trukket tilbake"), null=True, blank=True)

    class Meta:
        verbose_name = _("kalenderabonnement")
        verbose_name_plural = _("kalenderabonnementer")
        ordering = ["person", "body", "-created"]

    def __str__(self) -> str:
        return f"{self.person}: {self.body or _('alle organer')}"

    def get_absolute_url(self) -> str:
        if self.body_id:
            return reverse("invitations:body_feed", args=[self.token])
        return reverse("invitations:person_feed", args=[self.token])
