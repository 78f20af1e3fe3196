from django.urls import path

from motebok.planning.views import agenda, cases, meeting, plan

app_name = "planning"

urlpatterns = [
    path("organ/<slug:slug>/moteplan/", plan.plan_page, name="plan"),
    path("organ/<slug:slug>/foresla-sak/", cases.propose, name="propose"),
    path("organ/<slug:slug>/saksforslag/", cases.proposals, name="proposals"),
    path("sak/<int:pk>/vurder/", cases.decide, name="decide"),
    path("mote/<int:pk>/saksliste/", agenda.builder, name="agenda"),
    path("mote/<int:pk>/endre/", meeting.change, name="change"),
]
