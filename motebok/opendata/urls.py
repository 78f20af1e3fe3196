from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from motebok.opendata import feeds, sitemaps, views

app_name = "opendata"

urlpatterns = [
    path("protokoller.atom", feeds.SiteMinutesFeed(), name="feed"),
    path("organ/<slug:slug>/protokoller.atom", feeds.BodyMinutesFeed(), name="body_feed"),
    path("organ/<slug:slug>/medlemmer.csv", views.members_csv, name="members_csv"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots, name="robots"),
    path("oparl/v1/", include("motebok.opendata.oparl.urls")),
]
