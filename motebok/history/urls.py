from __future__ import annotations

from django.urls import path

from motebok.history import views

app_name = "history"

urlpatterns = [
    path("organ/<slug:slug>/", views.body_history, name="body"),
]
