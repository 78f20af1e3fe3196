from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from motebok.api.api import api
from motebok.operations.health import health
from motebok.web import views
from motebok.web.forms import AutomaticPasswordResetForm, LoginForm

admin.site.site_header = "Møtebok"
admin.site.site_title = "Møtebok"

urlpatterns = [
    path("", views.front, name="front"),
    path("organ/<slug:slug>/", views.body_page, name="body"),
    path("tilgjengelighet/", views.accessibility, name="accessibility"),
    path("mote/<int:pk>/", views.meeting_page, name="meeting"),
    path("sak/<int:pk>/", views.case_page, name="case"),
    path("dokument/<int:pk>/", views.document_download, name="document"),
    path("dokument/<int:pk>/offentlighet/", views.document_access, name="document_access"),
    path("konto/logg-inn/", auth_views.LoginView.as_view(authentication_form=LoginForm), name="login"),
    path("konto/logg-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "konto/glemt-passord/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset_form.html",
            email_template_name="accounts/password_reset_email.txt",
            subject_template_name="accounts/password_reset_subject.txt",
            form_class=AutomaticPasswordResetForm,
        ),
        name="password_reset",
    ),
    path(
        "konto/glemt-passord/sendt/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    # The invitation and the reset e-mail link here; the link works once (Django's token changes with the password).
    path(
        "konto/passord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/set_password.html",
            post_reset_login=True,
            # Two backends are configured (the login throttle first); the password was just set, so log in directly.
            post_reset_login_backend="django.contrib.auth.backends.ModelBackend",
            success_url=reverse_lazy("my_page"),
        ),
        name="password_reset_confirm",
    ),
    path("min-side/", views.my_page, name="my_page"),
    path("min-side/api-nokler/", include("motebok.api.urls")),
    path("api/v1/", api.urls),
    path("planlegging/", include("motebok.planning.urls")),
    path("innkalling/", include("motebok.invitations.urls")),
    path("protokoll/", include("motebok.minutes.urls")),
    path("sekretariat/", include("motebok.secretariat.urls")),
    path("import/", include("motebok.importer.urls")),
    path("sok/", include("motebok.search.urls")),
    path("historikk/", include("motebok.history.urls")),
    path("program/", include("motebok.programmes.urls")),
    path("", include("motebok.opendata.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("helse/", health, name="health"),
    path("drift/", include("motebok.operations.urls")),
]

handler400 = "motebok.web.views.bad_request"
handler404 = "motebok.web.views.not_found"
handler500 = "motebok.web.views.server_error"
handler403 = "motebok.web.views.forbidden"
