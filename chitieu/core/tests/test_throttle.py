"""Login throttling on both login pages: five failures for a user name from one address lock it for 15 minutes,
ten from one address lock the address, in Vietnamese."""

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache

pytestmark = pytest.mark.django_db
LOCKED = "Đăng nhập sai quá nhiều lần"
ADDRESS_LOCKED = "từ địa chỉ của bạn, cho nhiều tài khoản"
RIGHT = "Mật-khẩu-đúng-2025"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def thu(db):
    return get_user_model().objects.create_user("nguyễn.thu", password=RIGHT, is_staff=True)


def attempt(client, password, address="10.0.0.1", username="nguyễn.thu", page="/accounts/login/"):
    return client.post(
        page,
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


def admin_attempt(client, password, **kwargs):
    return attempt(client, password, page="/admin/login/", **kwargs)


def test_the_back_office_login_accepts_the_right_password(client, thu):
    assert admin_attempt(client, RIGHT).status_code == 302
    assert "_auth_user_id" in client.session


def test_a_user_name_locked_on_the_login_page_is_locked_on_the_back_office_login(client, thu):
    for _ in range(5):
        attempt(client, "sai")
    response = admin_attempt(client, RIGHT)
    assert response.status_code == 200
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_user_name_locked_on_the_back_office_login_is_locked_on_the_login_page(client, thu):
    for _ in range(4):
        assert LOCKED not in admin_attempt(client, "sai").content.decode()
    assert LOCKED in admin_attempt(client, "sai").content.decode()
    response = attempt(client, RIGHT)
    assert response.status_code == 200
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_failures_on_both_login_pages_add_up(client, thu):
    for _ in range(2):
        attempt(client, "sai")
        admin_attempt(client, "sai")
    assert LOCKED in attempt(client, "sai").content.decode()


def test_the_right_password_of_a_user_who_is_not_staff_counts_as_no_failure_on_the_back_office_login(
    client, thu
):
    thu.is_staff = False
    thu.save()
    for _ in range(6):
        assert LOCKED not in admin_attempt(client, RIGHT).content.decode()
    assert attempt(client, RIGHT).status_code == 302


def test_twelve_wrong_passwords_for_twelve_user_names_from_one_address_are_slowed(client, thu):
    answers = [attempt(client, "sai", username=f"cán.bộ.{number}").content.decode() for number in range(12)]
    assert not any(ADDRESS_LOCKED in answer for answer in answers[:9])
    assert all(ADDRESS_LOCKED in answer for answer in answers[9:])
    assert "15 phút" in answers[-1]
    # The address is refused without a look at the password, on both pages; other addresses are not.
    assert ADDRESS_LOCKED in attempt(client, RIGHT).content.decode()
    assert ADDRESS_LOCKED in admin_attempt(client, RIGHT).content.decode()
    assert "_auth_user_id" not in client.session
    assert attempt(client, RIGHT, address="10.0.0.2").status_code == 302


def test_a_locked_address_opens_again_after_15_minutes(client, thu):
    with time_machine.travel("2026-01-05 08:00 +07:00", tick=False) as traveller:
        for number in range(10):
            attempt(client, "sai", username=f"cán.bộ.{number}")
        traveller.shift(14 * 60)
        assert ADDRESS_LOCKED in attempt(client, RIGHT).content.decode()
        traveller.shift(2 * 60)
        assert attempt(client, RIGHT).status_code == 302


def test_a_success_does_not_clear_the_count_of_the_address(client, thu):
    for number in range(9):
        attempt(client, "sai", username=f"cán.bộ.{number}")
    assert attempt(client, RIGHT).status_code == 302
    client.logout()
    assert ADDRESS_LOCKED in attempt(client, "sai", username="cán.bộ.9").content.decode()


def test_occasional_failures_from_one_address_never_add_up_to_a_lock(client, thu):
    with time_machine.travel("2026-01-05 08:00 +07:00", tick=False) as traveller:
        for number in range(30):
            assert ADDRESS_LOCKED not in attempt(client, "sai", username=f"cán.bộ.{number}").content.decode()
            traveller.shift(2 * 60)


def test_the_limits_come_from_the_settings(client, thu, settings):
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 3
    settings.LOGIN_LOCK_SECONDS = 5 * 60
    for number in range(2):
        attempt(client, "sai", username=f"cán.bộ.{number}")
    answer = attempt(client, "sai", username="cán.bộ.2").content.decode()
    assert ADDRESS_LOCKED in answer and "5 phút" in answer
