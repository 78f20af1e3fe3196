"""In headless Chromium with axe-core (from npm): every page reachable from the front page, as an anonymous visitor
and as the secretary, in both written standards, at desktop and phone width, and every form in its error state.

The crawl follows the site's own links and GET forms from the front page and keeps one page per URL shape (the
route, and the names in its query string), so that a list of a hundred meetings costs one meeting page. Each page
is loaded once per written standard and checked at 1280 px, then again at 390 px after a resize: axe-core's WCAG 2.1
A/AA rules (no violation, and none of the "needs review" results that always mean a fault here), no sideways
scrolling, no select box that cuts its chosen name off, and Inter as the typeface. Then every form with a required
field is sent with its required fields emptied, and the page it comes back as is checked the same way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.urls import Resolver404, resolve, reverse
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from motebok.importer.services import stage_upload
from motebok.meetings.models import Meeting
from motebok.registry.models import Body, Membership
from tests.conftest import log_in
from tests.importer.documents import MARCH_SUMMARY

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    # Pages are the same HTML on either database, and the crawl takes minutes: CI runs it in the SQLite pass only.
    pytest.mark.skipif(
        django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
        reason="the accessibility crawl runs in the SQLite pass",
    ),
]

AXE = django_settings.NODE_MODULES / "axe-core" / "axe.min.js"
LANGUAGES = ("nb", "nn")
DESKTOP, PHONE = 1280, 390
# Files, feeds, machine-readable data and Django's admin are not pages a person reads here; logging out would end
# the secretary's visit.
NOT_PAGES = (".pdf", ".docx", ".xlsx", ".csv", ".ics", ".json", ".atom", ".xml", ".txt")
NOT_CRAWLED = ("/api/", "/oparl/", "/admin/", "/static/", "/media/", "/i18n/", "/konto/logg-ut/")

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
  // (A field whose text is longer than the field scrolls that text inside itself, as fields do.)
  for (const element of document.querySelectorAll("main :not(input, textarea, select)")) {
    if (wide(element)) found.push(`${element.tagName.toLowerCase()}${element.id ? "#" + element.id : ""}.${element.className} scrolls sideways`);
  }
  return found.slice(0, 5);
}"""
# A select box shows its chosen name whole ("Birgit Eck…" is not a name); its arrow takes about 2.5 rem. A case
# title may be longer than any box can show (it is whole in the open list): the statement says so.
CUT_SELECTS = """() => {
  const context = document.createElement("canvas").getContext("2d");
  return [...document.querySelectorAll('main select:not([name$="-case"])')].filter((select) => select.selectedOptions.length && select.clientWidth).flatMap((select) => {
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
# The site's own links, and where its GET forms (search, filters) lead with what they hold.
# (A field named "action" or "method" hides the form's own property of that name: read the attributes.)
LINKS = """() => {
  const here = location.origin;
  const links = [...document.querySelectorAll("a[href]")].map((a) => a.href);
  for (const form of document.querySelectorAll("form")) {
    if ((form.getAttribute("method") || "get").toLowerCase() !== "get") continue;
    const url = new URL(form.getAttribute("action") || location.href, location.href);
    for (const [name, value] of new FormData(form)) url.searchParams.append(name, value || (form.querySelector(`[name="${name}"]`).type === "search" ? "budsjett" : value));
    links.push(url.href);
  }
  return links.filter((href) => href.startsWith(here + "/"));
}"""
# The forms that can come back with errors: sent by POST, with at least one required field a person fills in.
FORMS_WITH_ERRORS = """() => [...document.querySelectorAll("main form")].flatMap((form, index) => {
  if ((form.getAttribute("method") || "get").toLowerCase() !== "post") return [];
  const required = [...form.elements].filter((element) => element.required && element.type !== "hidden");
  if (!required.length) return [];
  return [{index, key: new URL(form.getAttribute("action") || location.href, location.href).pathname + " " + required.map((element) => element.name).join(",")}];
})"""
# Empties the required fields of the `index`th form, lifts the browser's own check and sends it to the server.
SEND_EMPTY = """(index) => {
  const form = document.querySelectorAll("main form")[index];
  form.noValidate = true;
  for (const element of form.elements) {
    if (!element.required || element.type === "hidden") continue;
    if (element.type === "checkbox" || element.type === "radio") element.checked = false;
    else if (element.tagName === "SELECT") element.selectedIndex = [...element.options].findIndex((option) => option.value === "");
    else element.value = "";
  }
  // As a person sends it: with its first button, whose name and value some views act on.
  form.requestSubmit(form.querySelector("button:not([type=button]), input[type=submit]"));
}"""
SUMMARY_FOCUSED = """() => {
  const summary = document.querySelector(".ds-error-summary");
  return Boolean(summary && document.activeElement === summary && summary.querySelector("a[href^='#']"));
}"""


@dataclass
class Crawl:
    """Pages found, one per URL shape, and what is wrong where."""

    live_url: str
    shapes: dict[str, str] = field(default_factory=dict)
    forms: dict[str, tuple[str, int]] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    checked: int = 0

    def shape(self, url: str) -> str | None:
        """The route and query names of a page of ours worth reading, or None for anything else."""
        parts = urlsplit(url)
        if not url.startswith(self.live_url + "/") or parts.path.endswith(NOT_PAGES):
            return None
        if any(parts.path.startswith(prefix) for prefix in NOT_CRAWLED):
            return None
        try:
            route = resolve(parts.path).route
        except Resolver404:
            return "(not found)"  # one 404 page stands for all
        names = sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True)} - {"next"})
        return route + ("?" + "&".join(names) if names else "")

    def note_missing(self, response) -> None:
        """Remember a file a page asked for that the server does not have (an icon, a style sheet)."""
        if response.status >= 400 and response.request.resource_type != "document":
            self.missing.append(response.url)

    def check(self, page, where: str) -> None:
        """Check the page as it is shown now, at desktop width and then at phone width."""
        problems = {width: [] for width in (DESKTOP, PHONE)}
        if not page.evaluate(INTER_IN_USE):
            problems[DESKTOP].append("the text is not set in Inter")
        problems[DESKTOP] += [f"{url} is missing" for url in self.missing]
        self.missing.clear()
        for width, found in problems.items():
            page.set_viewport_size({"width": width, "height": 900})
            result = page.evaluate(RUN_AXE)
            found += result["violations"]
            found += [
                f"{item['id']} (needs review): {item['where']}"
                for item in result["review"]
                if item["id"] in MUST_NOT_NEED_REVIEW
            ]
            found += page.evaluate(SIDEWAYS) + page.evaluate(CUT_SELECTS)
            self.checked += 1
            if found:
                self.problems[f"{where} at {width} px"] = found

    def visit(self, page, where: str, url: str) -> bool:
        """Load and check a page at desktop width; False if it turned out to be a file, not a page."""
        page.set_viewport_size({"width": DESKTOP, "height": 900})
        try:
            page.goto(url)
        except PlaywrightError:  # a download (a file without one of the endings above)
            return False
        expect(page.locator("main")).to_be_visible()
        self.check(page, where)
        return True

    def crawl(self, page, who: str, starts: list[str]) -> None:
        """Every page of a new shape reachable from `starts` in both written standards, and its forms' errors."""
        self.shapes, self.forms = {}, {}
        for language in LANGUAGES:
            page.context.add_cookies([{"name": "django_language", "value": language, "url": self.live_url}])
            if language == LANGUAGES[0]:
                queue = list(starts)
                while queue:
                    url = queue.pop(0).split("#")[0]
                    shape = self.shape(url)
                    if shape is None or shape in self.shapes:
                        continue
                    self.shapes[shape] = url
                    if self.visit(page, f"{who} {language} {url.removeprefix(self.live_url)}", url):
                        for form in page.evaluate(FORMS_WITH_ERRORS):
                            self.forms.setdefault(form["key"], (url, form["index"]))
                        queue += page.evaluate(LINKS)
            else:
                for url in self.shapes.values():
                    self.visit(page, f"{who} {language} {url.removeprefix(self.live_url)}", url)
            for url, index in self.forms.values():
                where = f"{who} {language} form {index} sent empty on {url.removeprefix(self.live_url)}"
                page.set_viewport_size({"width": DESKTOP, "height": 900})
                page.goto(url)
                with page.expect_navigation():
                    page.evaluate(SEND_EMPTY, index)
                expect(page.locator("main")).to_be_visible()
                # The page opens on a summary of what to correct, each item a link to its field.
                if not page.evaluate(SUMMARY_FOCUSED):
                    self.problems[where] = ["no focused error summary"]
                self.check(page, where)


@pytest.fixture
def axe_page(browser):
    """A page whose scripts may be joined by axe-core: the policy forbids any script not served by us."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed (make install)")
    context = browser.new_context(locale="nb-NO", bypass_csp=True)
    context.set_default_timeout(60_000)
    context.add_init_script(path=AXE)
    page = context.new_page()
    yield page
    context.close()


def test_every_page_and_form_error_passes_axe_at_desktop_and_phone_width_in_both_standards(
    axe_page, live_server, settings, tmp_path
):
    page = axe_page
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("demo", no_serve=True)
    # An import waiting for review, beside the demo's meetings.
    body = Body.objects.get(slug="kdk-nordmore")
    secretary = Membership.objects.get(body=body, person__user__username="sekretaer").person.user
    stage_upload(body, "mars.txt", MARCH_SUMMARY.encode(), secretary)
    # The pages whose phone layout matters most, in their fullest state: the minutes editor of a meeting with an
    # exempt case and a full attendance grid, and the agenda builder of a meeting with cases on its agenda.
    minutes = Meeting.objects.filter(body=body, status=Meeting.Status.APPROVED).latest("start")
    agenda = Meeting.objects.filter(status=Meeting.Status.PLANNED, agenda__isnull=False).distinct().first()
    editing = [reverse("minutes:write", args=[minutes.pk]), reverse("planning:agenda", args=[agenda.pk])]
    phone_layouts = [reverse("body", args=[body.slug]), reverse("meeting", args=[minutes.pk]), *editing]
    programme = reverse("programmes:programme", args=["saman-om-ein-betre-kommune"])

    crawl = Crawl(live_server.url)
    page.on("response", crawl.note_missing)
    started = time.monotonic()
    # From the front page; the demo's fullest pages go first, so that each URL shape is checked on the page with the
    # most on it, and so does its programme, whose pages another body's would stand for.
    starts = ["/", *phone_layouts[:2], programme, "/finnes-ikke/"]
    crawl.crawl(page, "anonymous", [live_server.url + path for path in starts])
    anonymous = set(crawl.shapes)
    log_in(page, live_server, "sekretaer", "motebok-demo")
    crawl.crawl(page, "secretary", [live_server.url + path for path in starts + editing])
    secretary = set(crawl.shapes)
    print(
        f"{len(anonymous)} + {len(secretary)} pages, {crawl.checked} checks in {time.monotonic() - started:.0f} s"
    )

    assert crawl.problems == {}, "\n".join(
        f"{where}\n  " + "\n  ".join(found) for where, found in crawl.problems.items()
    )
    # The phone layouts above were checked as they are (SIDEWAYS: nothing scrolls sideways at 390 px).
    for path in phone_layouts:
        assert crawl.shape(live_server.url + path) in secretary
    assert {"sok/?q", "tilgjengelighet/", "(not found)", "import/<int:pk>/"} <= anonymous | secretary
