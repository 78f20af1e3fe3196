from django.urls import path

from motebok.operations import views

app_name = "operations"
urlpatterns = [
    path("oppgaver/", views.tasks, name="tasks"),
    path("oppgaver/<str:task_id>/start-igjen/", views.start_again, name="start_again"),
]
