"""The search index: one row per thing found (case, meeting, document) and audience.

Each row holds the text its audience may read, so a search never touches text its reader may not see:
an exempt case has an "everyone" row with only its public title and a "members" row with everything.
A "members" row exists only where members see more than everyone else.

On SQLite the full-text index is an FTS5 table over these rows, kept in step by triggers (migration 0002);
on PostgreSQL a generated tsvector column with a GIN index. Both are invisible to the ORM.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from motebok.documents.models import Document
from motebok.meetings.models import Case, Meeting
from motebok.registry.models import Body


class Entry(models.Model):
    class Kind(models.TextChoices):
        CASE = "case", _("Sak")
        MEETING = "meeting", _("Møte")
        DOCUMENT = "document", _("Dokument")

    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("alle som ser saken")
        MEMBERS = "members", _("organets medlemmer")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.EVERYONE)
    # On an "everyone" row: a "members" row with more text exists, and members search that one instead.
    members_see_more = models.BooleanField(default=False)
    # Anyone may open the thing, as motebok.access.rules answered for an anonymous visitor when it was indexed;
    # a body's members may open all of its things. Kept here so that a search need not join half the schema.
    public = models.BooleanField(default=False)
    body = models.ForeignKey(Body, null=True, on_delete=models.CASCADE, related_name="+")
    case = models.ForeignKey(Case, null=True, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, null=True, on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(Document, null=True, on_delete=models.CASCADE, related_name="+")
    dated = models.DateTimeField()
    title = models.CharField(max_length=300)
    label = models.CharField(max_length=40, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("søkeoppføring")
        verbose_name_plural = _("søkeoppføringer")
        # Filtering by body and year, and "newest first", read this index.
        indexes = [models.Index(fields=["body", "dated"], name="search_entry_body_dated")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"
