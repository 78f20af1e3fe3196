"""Signals sent after a planned meeting is moved or cancelled, once the change is committed.

The invitations app listens to send calendar updates and cancellations.
"""

from __future__ import annotations

from django.dispatch import Signal

# Sent with sender=Meeting, meeting=<Meeting>, previous_start=<datetime>, previous_end=<datetime | None>.
meeting_moved = Signal()
# Sent with sender=Meeting, meeting=<Meeting>.
meeting_cancelled = Signal()
