from django.urls import path

from motebok.secretariat import views

app_name = "secretariat"

urlpatterns = [
    path("nytt-organ/", views.new_body, name="new_body"),
    path("organ/<slug:slug>/underorgan/", views.new_sub_body, name="new_sub_body"),
    path("organ/<slug:slug>/innstillinger/", views.edit_body, name="edit_body"),
    path("organ/<slug:slug>/mandat/", views.mandate, name="mandate"),
    path("organ/<slug:slug>/medlemmer/", views.members, name="members"),
    path("organ/<slug:slug>/medlemmer/<int:pk>/avslutt/", views.end_membership, name="end_membership"),
    path("organ/<slug:slug>/nytt-mote/", views.new_meeting, name="new_meeting"),
    path("mote/<int:pk>/endre/", views.edit_meeting, name="edit_meeting"),
]
