from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.http import conditional_page

from motebok.opendata import feeds, sitemaps, views

app_name = "opendata"

urlpatterns = [
    # The same data gives the same feed: a client that has it gets 304 (by ETag, or by Last-Modified).
    path("protokoller.atom", conditional_page(feeds.SiteMinutesFeed()), name="feed"),
    path("organ/<slug:slug>/protokoller.atom", conditional_page(feeds.BodyMinutesFeed()), name="body_feed"),
    path("organ/<slug:slug>/medlemmer.csv", views.members_csv, name="members_csv"),
    path("organ/<slug:slug>/medlemmer.xlsx", views.members_xlsx, name="members_xlsx"),
    path("organ/<slug:slug>/oppmote.csv", views.attendance_csv, name="attendance_csv"),
    path("organ/<slug:slug>/oppfolging.csv", views.follow_ups_csv, name="follow_ups_csv"),
    path("organ/<slug:slug>/popolo.json", views.popolo_body, name="popolo_body"),
    path("popolo.json", views.popolo_site, name="popolo"),
    path("apne-data/", views.open_data, name="open_data"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots, name="robots"),
    path("mote/<int:pk>/einnsyn.json", views.einnsyn_record, name="einnsyn"),
    path("oparl/v1/", include("motebok.opendata.oparl.urls")),
]
