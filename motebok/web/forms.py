"""Every Django form in Designsystemet's look, without styling each form by hand; the password reset form."""

from __future__ import annotations

from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.mail import EmailMessage
from django.forms.renderers import TemplatesSetting
from django.template import loader
from django.utils.translation import gettext_lazy as _

from motebok.outbox import automatic


class DesignsystemetRenderer(TemplatesSetting):
    """Render fields with web/field.html; widget templates in web/templates/django/forms add the ds-input class."""

    field_template_name = "web/field.html"


class AutomaticPasswordResetForm(PasswordResetForm):
    """Django's password reset, with the headers every Møtebok e-mail carries (motebok.outbox.automatic)."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        automatic(EmailMessage(subject, body, from_email, [to_email]), reply_to=None).send()


class LoginForm(AuthenticationForm):
    """Django's login form, saying plainly when the name or password is wrong; empty fields get "required"."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("Brukernavn eller passord er feil."),
    }
