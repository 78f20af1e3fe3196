"""The minutes tests' held meeting (three cases, one of them exempt), for the history tests too."""

from tests.minutes.conftest import meeting  # noqa: F401
