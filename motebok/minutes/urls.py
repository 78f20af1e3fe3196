from django.urls import path

from motebok.minutes import views

app_name = "minutes"

urlpatterns = [
    path("mote/<int:pk>/", views.page, name="page"),
    path("mote/<int:pk>/skriv/", views.write, name="write"),
    path("mote/<int:pk>/godkjenn/", views.approve, name="approve"),
    path("mote/<int:pk>/historikk/", views.history, name="history"),
    path("mote/<int:pk>/protokoll.pdf", views.pdf, name="pdf"),
    path("mote/<int:pk>/protokoll.docx", views.docx, name="docx"),
    path("mine/", views.my_follow_ups, name="mine"),
    path("paminnelser/stopp/<str:token>/", views.stop_reminders, name="stop_reminders"),
    path("oppfolging/<int:pk>/utfort/", views.mark_done, name="mark_done"),
    path("organ/<slug:slug>/godkjenning/", views.policy, name="policy"),
    path("organ/<slug:slug>/saker/", views.body_cases, name="body_cases"),
    path("sak/<int:pk>/koblinger/", views.case_links, name="case_links"),
]
