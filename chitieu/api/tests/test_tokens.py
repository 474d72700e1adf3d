"""Personal tokens: made and revoked on a page, shown once, stored as a hash, limited in rate."""

import hashlib

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
