"""Vietnamese is the interface language whatever the browser asks; English only when the user chooses it."""

import pytest


@pytest.mark.django_db
def test_an_english_browser_still_gets_the_vietnamese_interface(client):
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert page["Content-Language"] == "vi"
    assert "Đăng nhập" in page.content.decode()


@pytest.mark.django_db
def test_the_switch_at_the_foot_of_the_page_turns_the_interface_to_english_and_back(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/login/"})
    assert "Log in" in client.get("/accounts/login/").content.decode()
    client.post("/i18n/setlang/", {"language": "vi", "next": "/accounts/login/"})
    assert "Đăng nhập" in client.get("/accounts/login/").content.decode()


@pytest.mark.django_db
def test_an_unknown_language_cookie_falls_back_to_vietnamese(client):
    client.cookies["django_language"] = "fr"
    assert client.get("/accounts/login/")["Content-Language"] == "vi"


@pytest.mark.django_db
def test_a_signed_in_user_is_named_family_name_first(client, approver):
    client.force_login(approver)
    assert "Nguyễn Thị Hằng" in client.get("/").content.decode()
