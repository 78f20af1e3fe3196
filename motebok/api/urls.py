from django.urls import path

from motebok.api import views

app_name = "api"

urlpatterns = [
    path("", views.tokens, name="tokens"),
    path("<int:pk>/trekk-tilbake/", views.revoke, name="revoke"),
]
