"""Login throttling: five failures for a user name from one address lock it for 15 minutes, in Vietnamese."""

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache

pytestmark = pytest.mark.django_db
LOCKED = "Đăng nhập sai quá nhiều lần"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def thu(db):
    return get_user_model().objects.create_user("nguyễn.thu", password="Mật-khẩu-đúng-2025")


def attempt(client, password, address="10.0.0.1", username="nguyễn.thu"):
    return client.post(
        "/accounts/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="vi",
    )


def test_the_login_page_uses_the_throttled_form(client, thu):
    assert attempt(client, "Mật-khẩu-đúng-2025").status_code == 302


def test_five_failures_lock_the_account_even_for_the_right_password(client, thu):
    for _ in range(4):
        assert LOCKED not in attempt(client, "sai").content.decode()
    assert LOCKED in attempt(client, "sai").content.decode()
    response = attempt(client, "Mật-khẩu-đúng-2025")
    assert response.status_code == 200
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_address_and_per_user_name(client, thu):
    for _ in range(5):
        attempt(client, "sai")
    assert attempt(client, "Mật-khẩu-đúng-2025", address="10.0.0.2").status_code == 302
    assert LOCKED not in attempt(client, "sai", username="người-khác").content.decode()


def test_the_lock_ends_after_15_minutes(client, thu):
    with time_machine.travel("2026-01-05 08:00 +07:00", tick=False) as traveller:
        for _ in range(5):
            attempt(client, "sai")
        traveller.shift(14 * 60)
        assert LOCKED in attempt(client, "Mật-khẩu-đúng-2025").content.decode()
        traveller.shift(16 * 60)
        assert attempt(client, "Mật-khẩu-đúng-2025").status_code == 302


def test_a_success_clears_the_count(client, thu):
    for _ in range(4):
        attempt(client, "sai")
    assert attempt(client, "Mật-khẩu-đúng-2025").status_code == 302
    client.logout()
    for _ in range(4):
        assert LOCKED not in attempt(client, "sai").content.decode()
