"""Signals sent once a change to a meeting is committed; the invitations app listens to update calendars."""

from __future__ import annotations

from django.dispatch import Signal

# Sent with sender=Meeting, meeting=<Meeting>, changed=<frozenset of the field names whose value changed>.
meeting_changed = Signal()
