from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from motebok.web import views

admin.site.site_header = "Møtebok"
admin.site.site_title = "Møtebok"

urlpatterns = [
    path("", views.front, name="front"),
    path("organ/<slug:slug>/", views.body_page, name="body"),
    path("mote/<int:pk>/", views.meeting_page, name="meeting"),
    path("sak/<int:pk>/", views.case_page, name="case"),
    path("dokument/<int:pk>/", views.document_download, name="document"),
    path("konto/logg-inn/", auth_views.LoginView.as_view(), name="login"),
    path("konto/logg-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("planlegging/", include("motebok.planning.urls")),
    path("innkalling/", include("motebok.invitations.urls")),
    path("protokoll/", include("motebok.minutes.urls")),
    path("import/", include("motebok.importer.urls")),
    path("sok/", include("motebok.search.urls")),
    path("historikk/", include("motebok.history.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

handler400 = "motebok.web.views.bad_request"
handler404 = "motebok.web.views.not_found"
handler500 = "motebok.web.views.server_error"
handler403 = "motebok.web.views.forbidden"
