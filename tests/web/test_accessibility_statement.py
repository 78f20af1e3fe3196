"""The accessibility statement: linked from every page's footer, open to all, in both written standards."""

from __future__ import annotations

from django.urls import reverse


def test_every_page_links_to_the_statement_in_its_footer(world, client):
    for url in (reverse("front"), world.network.get_absolute_url(), reverse("login")):
        page = client.get(url).content.decode()
        footer = page[page.index("<footer") : page.index("</footer>")]
        assert f'href="{reverse("accessibility")}"' in footer, url


def test_the_statement_names_the_standard_what_does_not_conform_and_where_to_complain(client, db):
    response = client.get(reverse("accessibility"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in page and "Tilgjengelighetserklæring" in page
    assert "WCAG 2.1 på nivå A og AA" in page
    assert "Det vi vet ikke er i orden" in page and page.count("<li>") >= 3
    # What the automatic test does not reach is said too.
    assert "er ennå ikke med i den automatiske testen" in page
    assert 'href="https://www.uutilsynet.no/"' in page


def test_the_statement_is_in_nynorsk_when_nynorsk_is_chosen(client, db):
    client.post(reverse("set_language"), {"language": "nn", "next": "/"})
    page = client.get(reverse("accessibility")).content.decode()
    assert "Tilgjengelegheitserklæring" in page and "Det vi veit ikkje er i orden" in page
