"""Sessions end after 30 minutes without a request and two weeks after the login, with a Vietnamese message."""

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chitieu.api.services import create_token

pytestmark = pytest.mark.django_db
IDLE = "Bạn đã được đăng xuất vì không thao tác trong 30 phút"
TOO_OLD = "Phiên đăng nhập đã hết thời hạn tối đa"


@pytest.fixture
def traveller():
    with time_machine.travel("2026-03-02 08:00 +07:00", tick=False) as traveller:
        yield traveller


def log_in(client, user):
    client.force_login(user)  # sends user_logged_in, as the login page does


def test_a_session_idle_for_more_than_30_minutes_ends_on_the_login_page_with_a_message(
    client, reporter, traveller
):
    log_in(client, reporter)
    traveller.shift(31 * 60)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=/")
    assert "_auth_user_id" not in client.session
    assert IDLE in client.get(response["Location"]).content.decode()


def test_a_request_within_30_minutes_keeps_the_session_for_30_more(client, reporter, traveller):
    log_in(client, reporter)
    for _ in range(6):
        traveller.shift(25 * 60)
        assert client.get("/").status_code == 200
    assert "_auth_user_id" in client.session


def test_the_idle_time_comes_from_the_settings(client, reporter, traveller, settings):
    settings.SESSION_IDLE_MINUTES = 10
    log_in(client, reporter)
    traveller.shift(11 * 60)
    assert client.get("/").status_code == 302
    assert "10 phút" in client.get("/accounts/login/").content.decode()


def test_a_busy_session_still_ends_at_its_absolute_age(client, reporter, traveller, settings):
    settings.SESSION_COOKIE_AGE = 2 * 60 * 60
    log_in(client, reporter)
    for _ in range(6):
        traveller.shift(20 * 60)
        assert client.get("/").status_code == 200
    traveller.shift(5 * 60)
    response = client.get("/", follow=True)
    assert TOO_OLD in response.content.decode()
    assert "_auth_user_id" not in client.session


def session_writes(client) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return [q["sql"] for q in queries if "django_session" in q["sql"] and not q["sql"].startswith("SELECT")]


def test_the_activity_is_written_at_most_once_a_minute(client, reporter, traveller):
    log_in(client, reporter)
    traveller.shift(30)
    assert session_writes(client) == []
    traveller.shift(40)
    assert len(session_writes(client)) == 1
    traveller.shift(59)
    assert session_writes(client) == []


def test_the_public_page_gives_an_anonymous_visitor_no_session_and_no_vary_cookie(client, world):
    world.phu_luong_resolution.is_public = True
    world.phu_luong_resolution.save()
    response = client.get(reverse("reports:public_resolution", args=[world.phu_luong_resolution.pk]))
    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
    assert "sessionid" not in response.cookies


def test_a_token_request_is_never_timed_out(client, world, reporter, traveller):
    _token, secret = create_token(reporter, "Máy trạm")
    headers = {"Authorization": f"Bearer {secret}"}
    log_in(client, reporter)  # the same browser also holds an old session: the token alone decides
    traveller.shift(3 * 60 * 60)
    assert client.get("/api/v1/localities", headers=headers).status_code == 200
    traveller.shift(60 * 60)
    assert client.get("/api/v1/localities", headers=headers).status_code == 200
