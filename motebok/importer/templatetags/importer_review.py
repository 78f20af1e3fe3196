from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def get(mapping: dict, key: str):
    """Look a key up in a dict from a template."""
    return mapping.get(key)
