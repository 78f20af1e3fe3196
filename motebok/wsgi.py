import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
application = get_wsgi_application()

from motebok.site import refuse_local_domain  # noqa: E402 (needs the settings loaded above)

refuse_local_domain()
