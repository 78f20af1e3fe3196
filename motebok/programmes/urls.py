from django.urls import path

from motebok.programmes import views

app_name = "programmes"

urlpatterns = [
    path("nytt/", views.new_programme, name="new_programme"),
    path("mine-rapporter/", views.my_reports, name="my_reports"),
    path("kommune/<int:pk>/", views.organisation_page, name="organisation"),
    path("deltaker/<int:pk>/", views.participant, name="participant"),
    path("kontaktperson/<int:pk>/fjern/", views.remove_contact, name="remove_contact"),
    path("samling/<int:pk>/", views.gathering, name="gathering"),
    path("rapportering/<int:pk>/", views.reporting_round, name="reporting_round"),
    path("rapportering/<int:pk>/svar.csv", views.export_answers, {"format": "csv"}, name="answers_csv"),
    path("rapportering/<int:pk>/svar.xlsx", views.export_answers, {"format": "xlsx"}, name="answers_xlsx"),
    path("rapport/<int:pk>/", views.report, name="report"),
    path("<slug:slug>/", views.programme_page, name="programme"),
    path("<slug:slug>/oppsett/", views.setup, name="setup"),
    path("<slug:slug>/nytt-nettverk/", views.new_network, name="new_network"),
    path("<slug:slug>/deltakere/", views.participants, name="participants"),
    path("<slug:slug>/samlinger/", views.gatherings, name="gatherings"),
    path("<slug:slug>/rapportering/", views.reporting, name="reporting"),
    path("<slug:slug>/tilskudd/", views.grants, name="grants"),
]
