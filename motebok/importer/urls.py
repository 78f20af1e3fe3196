from __future__ import annotations

from django.urls import path

from motebok.importer import views

app_name = "importer"

urlpatterns = [
    path("organ/<slug:slug>/", views.upload, name="upload"),
    path("organ/<slug:slug>/fremdrift/<str:batch>/", views.upload_progress, name="upload_progress"),
    path("<int:pk>/", views.review, name="review"),
]
