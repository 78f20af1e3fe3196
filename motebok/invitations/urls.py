from __future__ import annotations

from django.urls import path

from motebok.invitations import views

app_name = "invitations"

urlpatterns = [
    path("mote/<int:pk>/", views.meeting_invitations, name="meeting"),
    path("mote/<int:pk>/send/", views.send, name="send"),
    path("mote/<int:pk>/flytt/", views.move, name="move"),
    path("mote/<int:pk>/avlys/", views.cancel, name="cancel"),
    path("mote/<int:pk>/saksliste.pdf", views.agenda_pdf, name="agenda_pdf"),
    path("mote/<int:pk>/saksliste.docx", views.agenda_docx, name="agenda_docx"),
    path("svar/<str:token>/", views.answer, name="answer"),
    path("stedfortreder/<int:pk>/", views.substitute, name="substitute"),
    path("mote/<int:pk>/mitt-svar/", views.mine, name="mine"),
    path("kalender/", views.my_feeds, name="feeds"),
    path("kalender/ny/", views.create_feed, name="feed_create"),
    path("kalender/<int:pk>/trekk-tilbake/", views.revoke_feed, name="feed_revoke"),
    path("kalender/organ/<str:token>.ics", views.body_feed, name="body_feed"),
    path("kalender/person/<str:token>.ics", views.person_feed, name="person_feed"),
    path("kalender/offentlig/<slug:slug>.ics", views.public_feed, name="public_feed"),
]
