"""In headless Chromium with axe-core (from npm): the main pages at desktop and phone width, in both written standards.

Each page is loaded once per width and language; axe runs on it and the same load checks that the page does not
scroll sideways and that Designsystemet's typeface is the one in use.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from motebok.meetings.models import Case, Meeting
from motebok.minutes.services import start_minutes
from motebok.registry.models import Body
from tests.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = django_settings.NODE_MODULES / "axe-core" / "axe.min.js"
WIDTHS = {"desktop": 1280, "phone": 390}
# WCAG 2.1 A and AA, as Norwegian law asks of a public service.
RUN_AXE = """async () => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}});
  const nodes = (item) => item.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ");
  return {
    violations: result.violations.map((item) => `${item.id}: ${nodes(item)}`),
    review: result.incomplete.map((item) => ({id: item.id, where: nodes(item)})),
  };
}"""
# "Needs review" results that always mean a fault here: help texts that are not on the page, boxes that scroll
# out of a keyboard's reach. (Colour contrast over a gradient and the like stay a person's call.)
MUST_NOT_NEED_REVIEW = {"aria-valid-attr-value", "scrollable-region-focusable", "aria-allowed-attr"}

# Neither the page nor any box in it scrolls sideways: at 390 px tables become stacked rows, not scrolled boxes.
SIDEWAYS = """() => {
  const wide = (element) => element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== "visible";
  const page = document.documentElement;
  const found = page.scrollWidth > page.clientWidth ? [`the page scrolls ${page.scrollWidth - page.clientWidth} px sideways`] : [];
  for (const element of document.querySelectorAll("main *")) {
    if (wide(element)) found.push(`${element.tagName.toLowerCase()}${element.id ? "#" + element.id : ""}.${element.className} scrolls sideways`);
  }
  return found.slice(0, 5);
}"""
# A select box shows its chosen name whole ("Birgit Eck…" is not a name); its arrow takes about 2.5 rem.
CUT_SELECTS = """() => {
  const context = document.createElement("canvas").getContext("2d");
  return [...document.querySelectorAll("main select")].filter((select) => select.selectedOptions.length).flatMap((select) => {
    const style = getComputedStyle(select);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = select.selectedOptions[0].text;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(text).width > room + 1 ? [`select#${select.id} cuts "${text}"`] : [];
  }).slice(0, 5);
}"""
# Designsystemet's typeface is loaded from our own files and is the one the text is set in.
INTER_IN_USE = """async () => {
  await document.fonts.ready;
  const loaded = [...document.fonts].some((face) => face.family.replaceAll('"', "") === "Inter" && face.status === "loaded");
  return loaded && getComputedStyle(document.body).fontFamily.startsWith("Inter");
}"""


@pytest.fixture
def axe_page(browser):
    """A page whose scripts may be joined by axe-core: the policy forbids any script not served by us."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed (make install)")
    context = browser.new_context(locale="nb-NO", bypass_csp=True)
    context.set_default_timeout(60_000)
    page = context.new_page()
    yield page
    context.close()


def check(page, url: str) -> list[str]:
    """Load `url` at the page's width and return what is wrong with it."""
    page.goto(url)
    expect(page.locator("main")).to_be_visible()
    page.evaluate(AXE.read_text())
    found = page.evaluate(RUN_AXE)
    problems = list(found["violations"])
    problems += [
        f"{item['id']} (needs review): {item['where']}"
        for item in found["review"]
        if item["id"] in MUST_NOT_NEED_REVIEW
    ]
    problems += page.evaluate(SIDEWAYS)
    problems += page.evaluate(CUT_SELECTS)
    if not page.evaluate(INTER_IN_USE):
        problems.append("the text is not set in Inter")
    return problems


def test_the_main_pages_pass_axe_at_desktop_and_phone_width_in_both_standards(
    axe_page, live_server, settings, tmp_path
):
    page = axe_page
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("demo", no_serve=True)
    body = Body.objects.get(slug="kdk-nordmore")
    approved = Meeting.objects.filter(body=body, status=Meeting.Status.APPROVED).first()
    start = timezone.now() + dt.timedelta(days=30)
    planned = Meeting.objects.create(body=body, year=start.year, start=start, status=Meeting.Status.PLANNED)
    held = Meeting.objects.filter(body=body).exclude(pk=approved.pk).exclude(pk=planned.pk).first()
    start_minutes(held)
    case = Case.objects.filter(body=body).first()
    public = [
        reverse("front"),
        reverse("search:search") + "?q=budsjett",
        reverse("body", args=[body.slug]),
        reverse("meeting", args=[approved.pk]),
        reverse("case", args=[case.pk]),
        reverse("minutes:page", args=[approved.pk]),
        reverse("login"),
        reverse("accessibility"),
        "/mote/999999/",
    ]
    secretary = [
        reverse("front"),
        reverse("body", args=[body.slug]),
        reverse("meeting", args=[approved.pk]),
        reverse("case", args=[case.pk]),
        reverse("minutes:write", args=[held.pk]),
        reverse("planning:plan", args=[body.slug]),
        reverse("planning:propose", args=[body.slug]),
        reverse("planning:agenda", args=[planned.pk]),
        reverse("importer:upload", args=[body.slug]),
        reverse("history:body", args=[body.slug]),
    ]
    problems = {}
    for who, paths in (("anonymous", public), ("secretary", secretary)):
        if who == "secretary":
            page.set_viewport_size({"width": 1280, "height": 900})
            log_in(page, live_server, "sekretaer", "motebok-demo")
        for language in ("nb", "nn"):
            page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
            for width_name, width in WIDTHS.items():
                page.set_viewport_size({"width": width, "height": 900})
                for path in paths:
                    found = check(page, live_server.url + path)
                    if found:
                        problems[f"{who} {language} {width_name} {path}"] = found
    assert problems == {}, "\n".join(f"{where}\n  " + "\n  ".join(found) for where, found in problems.items())
