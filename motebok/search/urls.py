from __future__ import annotations

from django.urls import path

from motebok.search import views

app_name = "search"
urlpatterns = [
    path("", views.search_page, name="search"),
    path("siter/sak/<int:pk>/", views.cite_case_page, name="cite_case"),
    path("siter/mote/<int:pk>/", views.cite_meeting_page, name="cite_meeting"),
]
