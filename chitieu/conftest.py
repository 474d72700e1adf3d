"""Shared fixtures: a small administrative tree and the three personas that show every permission.

- `approver`: approver / leader at the province of Thái Nguyên;
- `reporter`: reporter at the commune of Yên Ninh, under Phú Lương, under Thái Nguyên;
- `outsider`: reporter at a commune of Lai Châu, another province.
"""

from dataclasses import dataclass
from datetime import date
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from chitieu.accounts.models import Membership
from chitieu.localities.models import Level, Locality
from chitieu.plans.models import Resolution, Term

# Hashing passwords with the production hasher costs a second per user; the tests check logins, not hashing.
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_configure(config: pytest.Config) -> None:
    """Fast password hashing in tests: they check who may log in, not the hasher's cost."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = FAST_HASHERS


@dataclass
class World:
    thai_nguyen: Locality
    phu_luong: Locality
    yen_ninh: Locality
    on_luong: Locality
    lai_chau: Locality
    phong_tho: Locality
    si_lo_lau: Locality
    term: Term
    phu_luong_resolution: Resolution
    phong_tho_resolution: Resolution


@pytest.fixture
def world(db) -> World:
    province = Level.objects.create(slug="province", name="Tỉnh", rank=1)
    district = Level.objects.create(slug="district", name="Huyện", rank=2)
    commune = Level.objects.create(slug="commune", name="Xã", rank=3)
    thai_nguyen = Locality.objects.create(name="Thái Nguyên", type_name="Tỉnh", level=province, code="19")
    phu_luong = Locality.objects.create(
        name="Phú Lương", type_name="Huyện", level=district, parent=thai_nguyen
    )
    yen_ninh = Locality.objects.create(name="Yên Ninh", type_name="Xã", level=commune, parent=phu_luong)
    on_luong = Locality.objects.create(name="Ôn Lương", type_name="Xã", level=commune, parent=phu_luong)
    lai_chau = Locality.objects.create(name="Lai Châu", type_name="Tỉnh", level=province, code="12")
    phong_tho = Locality.objects.create(name="Phong Thổ", type_name="Huyện", level=district, parent=lai_chau)
    si_lo_lau = Locality.objects.create(name="Sì Lở Lầu", type_name="Xã", level=commune, parent=phong_tho)
    term = Term.objects.create(name="2020-2025", start_year=2020, end_year=2025)
    return World(
        thai_nguyen,
        phu_luong,
        yen_ninh,
        on_luong,
        lai_chau,
        phong_tho,
        si_lo_lau,
        term,
        Resolution.objects.create(
            locality=phu_luong,
            term=term,
            title="Nghị quyết Đại hội Đảng bộ huyện Phú Lương lần thứ XXIV",
            issued_on=date(2020, 8, 1),
        ),
        Resolution.objects.create(
            locality=phong_tho,
            term=term,
            title="Nghị quyết Đại hội Đảng bộ huyện Phong Thổ lần thứ XX",
            issued_on=date(2020, 8, 1),
        ),
    )


def _user(username: str, role: str, locality: Locality, full_name: str):
    first, _, last = full_name.rpartition(" ")
    user = get_user_model().objects.create_user(
        username, password="chitieu-test", first_name=last, last_name=first
    )
    Membership.objects.create(user=user, role=role, locality=locality)
    return user


@pytest.fixture
def approver(world: World):
    return _user("lanhdao.tn", Membership.Role.APPROVER, world.thai_nguyen, "Nguyễn Thị Hằng")


@pytest.fixture
def reporter(world: World):
    return _user("baocao.yn", Membership.Role.REPORTER, world.yen_ninh, "Hoàng Văn Đức")


@pytest.fixture
def outsider(world: World):
    return _user("baocao.sll", Membership.Role.REPORTER, world.si_lo_lau, "Lò Thị Mai")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_units", province=["demo"], stdout=StringIO())
        call_command("load_demo", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, headless; the suite never downloads a browser."""
    import os
    import shutil

    if not shutil.which(CHROMIUM):
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it.")
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls from the tests stay synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser page; `page.base_url` is the live server's address."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    new_page = context.new_page()
    new_page.base_url = live_server.url
    yield new_page
    context.close()


def login(page, username: str, password: str = "chitieu-test") -> None:
    """Sign in through the real login form."""
    page.goto(f"{page.base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
