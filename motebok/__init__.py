"""Møtebok: meetings, cases and memory for Norwegian inter-municipal networks."""

__version__ = "0.1.0"
