from django.urls import path

from motebok.opendata.oparl import views

app_name = "oparl"

urlpatterns = [
    path("system", views.system, name="system"),
    path("bodies", views.bodies, name="bodies"),
    path("body", views.body, name="body"),
    path("body/<slug:name>", views.body_list, name="list"),
    path("organization/<slug:slug>", views.one, {"kind": "organization"}, name="organization"),
    path("represented/<int:pk>", views.one, {"kind": "represented"}, name="represented"),
    *(
        path(f"{kind}/<int:pk>", views.one, {"kind": kind}, name=kind)
        for kind in (
            "person",
            "membership",
            "meeting",
            "agendaItem",
            "consultation",
            "paper",
            "file",
            "location",
        )
    ),
    path("file/invitation/<int:pk>", views.one, {"kind": "invitation"}, name="invitation"),
    path("file/protocol/<int:pk>", views.one, {"kind": "protocol"}, name="protocol"),
]
