"""Every Django form in Designsystemet's look, without styling each form by hand."""

from __future__ import annotations

from django.forms.renderers import TemplatesSetting


class DesignsystemetRenderer(TemplatesSetting):
    """Render fields with web/field.html; widget templates in web/templates/django/forms add the ds-input class."""

    field_template_name = "web/field.html"
