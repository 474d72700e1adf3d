"""Personal tokens: made and revoked on a page, shown once, stored as a hash, limited in rate, valid for a year,
revoked when their owner's password changes."""

import hashlib
from datetime import timedelta

import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone

from chitieu.api.models import ApiToken
from chitieu.api.services import create_token

from .conftest import ApiClient

TOKENS = "/api/v1/tokens/"


def test_the_token_page_asks_an_anonymous_visitor_to_log_in(client, world):
    response = client.get(TOKENS)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_new_token_is_shown_once_and_only_its_hash_is_kept(client, reporter):
    client.force_login(reporter)
    page = client.post(TOKENS, {"name": "Nhập từ Excel"}).content.decode()
    token = ApiToken.objects.get(user=reporter)
    secret = page.split('<code id="new-token">')[1].split("</code>")[0]
    assert secret.startswith(f"ct_{token.prefix}_")
    assert token.secret_hash == hashlib.sha256(secret.split("_", 2)[2].encode()).hexdigest()
    assert secret not in str(ApiToken.objects.values().get())
    assert "Hãy sao chép ngay" in page
    again = client.get(TOKENS).content.decode()
    assert "Nhập từ Excel" in again and secret not in again


def test_the_token_works_until_it_is_revoked(client, world, reporter):
    client.force_login(reporter)
    token, secret = create_token(reporter, "Máy trạm")
    api = ApiClient(secret)
    assert api.get("/api/v1/localities").status_code == 200
    assert ApiToken.objects.get(pk=token.pk).last_used_at is not None
    response = client.post(f"{TOKENS}{token.pk}/revoke/", follow=True)
    assert "Đã thu hồi mã" in response.content.decode()
    assert ApiToken.objects.get(pk=token.pk).revoked_at is not None
    assert api.get("/api/v1/localities").status_code == 401


def test_nobody_revokes_another_users_token(client, reporter, outsider):
    token, secret = create_token(reporter, "Máy trạm")
    client.force_login(outsider)
    assert client.post(f"{TOKENS}{token.pk}/revoke/").status_code == 404
    assert client.get(f"{TOKENS}{token.pk}/revoke/").status_code == 405
    assert ApiToken.objects.get(pk=token.pk).revoked_at is None


def test_a_wrong_or_malformed_token_is_refused(world, reporter):
    _token, secret = create_token(reporter, "Máy trạm")
    for bad in (
        secret[:-1] + ("A" if secret[-1] != "A" else "B"),
        "ct_abc",
        "abc",
        secret.replace("ct_", "xx_"),
    ):
        response = ApiClient(bad).get("/api/v1/localities")
        assert response.status_code == 401
        assert "Bearer" in response.json()["detail"]


def test_the_token_of_a_deactivated_user_is_refused(world, reporter):
    _token, secret = create_token(reporter, "Máy trạm")
    reporter.is_active = False
    reporter.save()
    assert ApiClient(secret).get("/api/v1/localities").status_code == 401


def test_the_token_carries_exactly_its_users_permissions(world, reporter, outsider):
    _token, secret = create_token(outsider, "Máy trạm")
    assert ApiClient(secret).get(f"/api/v1/localities/{world.yen_ninh.pk}").status_code == 404


def test_each_token_is_limited_per_minute_with_retry_after(world, reporter, settings):
    settings.API_RATE_LIMIT_PER_MINUTE = 3
    first, second = ApiClient(create_token(reporter, "một")[1]), ApiClient(create_token(reporter, "hai")[1])
    assert [first.get("/api/v1/localities").status_code for _ in range(4)] == [200, 200, 200, 429]
    limited = first.get("/api/v1/indicators")
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert "tối đa 3 yêu cầu mỗi phút" in limited.json()["detail"]
    assert second.get("/api/v1/localities").status_code == 200


def test_last_use_is_written_at_most_once_a_minute(world, reporter, django_assert_num_queries):
    token, secret = create_token(reporter, "Máy trạm")
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    api = ApiClient(secret)
    api.get("/api/v1/indicators")
    with django_assert_num_queries(3):  # the token, the page, the count: no write
        api.get("/api/v1/indicators")


def test_a_token_client_needs_no_csrf_cookie(world, reporter):
    _token, secret = create_token(reporter, "Máy trạm")
    api = ApiClient(secret)
    api.handler.enforce_csrf_checks = True
    response = api.post("/api/v1/observations/bulk", '{"items": []}', content_type="application/json")
    assert response.status_code == 200


def test_a_token_needs_a_name(client, reporter):
    client.force_login(reporter)
    page = client.post(TOKENS, {"name": "  "}).content.decode()
    assert 'class="errorlist"' in page
    assert not ApiToken.objects.exists()


def test_the_page_that_shows_a_new_secret_is_never_stored_by_a_cache(client, reporter):
    client.force_login(reporter)
    response = client.post(TOKENS, {"name": "Nhập từ Excel"})
    assert 'id="new-token"' in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_a_new_token_works_for_a_year_and_the_page_says_until_when(client, reporter):
    client.force_login(reporter)
    with time_machine.travel("2026-03-02 08:00 +07:00", tick=False):
        page = client.post(TOKENS, {"name": "Nhập từ Excel"}).content.decode()
    token = ApiToken.objects.get(user=reporter)
    assert token.expires_at - token.created_at == timedelta(days=365)
    assert "Mã dùng được đến 02/03/2027 08:00" in page
    listing = client.get(TOKENS).content.decode()
    assert "02/03/2027 08:00" in listing
    assert "Mỗi mã dùng được 365 ngày; đổi mật khẩu sẽ thu hồi mọi mã truy cập của bạn." in listing


def test_an_expired_token_is_refused_and_shown_as_expired(client, world, reporter, settings):
    settings.API_TOKEN_DAYS = 30
    with time_machine.travel("2026-03-02 08:00 +07:00", tick=False) as traveller:
        _token, secret = create_token(reporter, "Máy trạm")
        traveller.shift(timedelta(days=29, hours=23))
        assert ApiClient(secret).get("/api/v1/localities").status_code == 200
        traveller.shift(timedelta(hours=1))
        response = ApiClient(secret).get("/api/v1/localities")
        assert response.status_code == 401
        assert "hết hạn" in response.json()["detail"]
        client.force_login(reporter)
        page = client.get(TOKENS).content.decode()
    assert "đã hết hạn" in page and "đang dùng" not in page
    assert f"{TOKENS}{_token.pk}/revoke/" not in page


def test_a_token_stops_working_after_its_owner_changes_the_password(client, world, reporter):
    _token, secret = create_token(reporter, "Máy trạm")
    api = ApiClient(secret)
    assert api.get("/api/v1/localities").status_code == 200
    client.force_login(reporter)
    response = client.post(
        "/accounts/password_change/",
        {
            "old_password": "chitieu-test",
            "new_password1": "Mật-khẩu-mới-2026",
            "new_password2": "Mật-khẩu-mới-2026",
        },
    )
    assert response.status_code == 302
    assert api.get("/api/v1/localities").status_code == 401
    assert ApiToken.objects.get(pk=_token.pk).revoked_at is not None


def test_a_password_set_by_an_administrator_revokes_every_token_of_that_user_only(world, reporter, outsider):
    secrets = [create_token(reporter, name)[1] for name in ("một", "hai")]
    other = create_token(outsider, "Máy trạm")[1]
    user = get_user_model().objects.get(pk=reporter.pk)
    user.set_password("Mật-khẩu-mới-2026")
    user.save()
    assert [ApiClient(secret).get("/api/v1/localities").status_code for secret in secrets] == [401, 401]
    assert ApiClient(other).get("/api/v1/localities").status_code == 200


def test_a_password_re_encoded_by_a_stronger_hasher_at_login_keeps_the_tokens(
    client, world, reporter, settings
):
    _token, secret = create_token(reporter, "Máy trạm")
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.ScryptPasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
    assert (
        client.post("/accounts/login/", {"username": "baocao.yn", "password": "chitieu-test"}).status_code
        == 302
    )
    assert get_user_model().objects.get(pk=reporter.pk).password.startswith("scrypt$")
    assert ApiClient(secret).get("/api/v1/localities").status_code == 200


def test_the_back_office_shows_when_each_token_expires(client, reporter):
    with time_machine.travel("2026-03-02 08:00 +07:00", tick=False):
        create_token(reporter, "Máy trạm")
    client.force_login(get_user_model().objects.create_superuser("quản.trị", password="chitieu-test"))
    page = client.get("/admin/api/apitoken/").content.decode()
    assert "Hết hạn lúc" in page and "2027" in page
