"""Accounts for the people of a body: an invitation with a one-time link to set a password."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from motebok.outbox import automatic, named
from motebok.registry.models import Body, Person


def set_password_link(user) -> str:
    """A link that lets the user choose a password once; it stops working when the password is set or it expires."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    path = reverse("password_reset_confirm", args=[uid, default_token_generator.make_token(user)])
    return f"{settings.SITE_URL}{path}"


@transaction.atomic
def invite(person: Person, body: Body, invited_by: Person | None = None) -> bool:
    """Give the person an account: link an existing one, or create one and e-mail a link to set a password.

    Returns whether an invitation was sent. Nobody is ever sent a password.
    """
    if person.user_id is not None or not person.email:
        return False
    users = get_user_model().objects
    existing = (
        users.filter(Q(email__iexact=person.email) | Q(username__iexact=person.email))
        .filter(person__isnull=True)
        .first()
    )
    if existing is not None:
        person.user = existing
        person.save(update_fields=["user"])
        return False
    user = users.create_user(username=person.email.lower(), email=person.email)
    user.set_unusable_password()
    user.save()
    person.user = user
    person.save(update_fields=["user"])
    link = set_password_link(user)
    with translation.override(body.written_standard):
        subject = _("Invitasjon til Møtebok: %(body)s") % {"body": body.name}
        text = render_to_string(
            "secretariat/invitation_email.txt",
            {"person": person, "body": body, "link": link, "invited_by": invited_by,
             "days": settings.PASSWORD_RESET_TIMEOUT // 86400},
        )  # fmt: skip
    message = automatic(EmailMessage(subject, text, None, [named(person)]), reply_to=invited_by)
    transaction.on_commit(message.send)
    return True
