"""The site has an icon: every page links it, and /favicon.ico (asked for by every browser) does not 404."""

from django.contrib.staticfiles import finders


def test_favicon_ico_sends_the_browser_to_the_static_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/chitieu/favicon.ico"
    assert "max-age=86400" in response["Cache-Control"]


def test_the_icon_is_a_real_ico_file():
    found = finders.find("chitieu/favicon.ico")
    assert found
    with open(found, "rb") as icon:
        assert icon.read(4) == b"\x00\x00\x01\x00"


def test_every_page_links_the_icon(client, db):
    page = client.get("/accounts/login/").content.decode()
    assert '<link rel="icon" href="/static/chitieu/favicon.ico"' in page
