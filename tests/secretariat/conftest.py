"""A fresh instance for the end-to-end tests: the registry of municipalities and one staff user, nothing else."""

from __future__ import annotations

import pytest


@pytest.fixture
def fresh_instance(live_server, settings):
    """What `motebok migrate` and `motebok createsuperuser` leave: the registry and one staff user (admin/pw)."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    # The registry comes from tests/conftest.py, which restores it after an earlier transactional test flushed it.
    call_command(
        "createsuperuser", interactive=False, username="admin", email="admin@example.no", verbosity=0
    )
    admin = get_user_model().objects.get(username="admin")
    admin.set_password("pw")  # as `motebok createsuperuser` would have asked for
    admin.save()
    settings.SITE_URL = live_server.url  # the links in the e-mail point at the server under test
    return live_server
