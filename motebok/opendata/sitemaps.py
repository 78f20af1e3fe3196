"""sitemap.xml: what an anonymous visitor may open, asked of motebok.access.rules as the pages ask."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap

from motebok.access import rules

PUBLIC = AnonymousUser()


class BodySitemap(Sitemap):
    def items(self):
        return rules.visible_bodies(PUBLIC).order_by("name")


class MeetingSitemap(Sitemap):
    def items(self):
        return rules.visible_meetings(PUBLIC).order_by("-start")


class CaseSitemap(Sitemap):
    def items(self):
        return rules.visible_cases(PUBLIC).order_by("pk")


SITEMAPS = {"organer": BodySitemap, "moter": MeetingSitemap, "saker": CaseSitemap}
