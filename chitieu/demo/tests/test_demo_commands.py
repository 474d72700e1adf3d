"""`load-demo` without the official units, and `demo-banner`."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chitieu.plans.models import Resolution


def test_load_demo_asks_for_the_official_units_first(db):
    with pytest.raises(CommandError, match="chitieu load-units --province demo"):
        call_command("load_demo", stdout=StringIO())
    assert not Resolution.objects.exists()


def test_the_banner_prints_the_addresses_and_the_three_logins_in_both_languages():
    out = StringIO()
    call_command("demo_banner", url="http://127.0.0.1:8000", stdout=out)
    text = out.getvalue()
    assert "http://127.0.0.1:8000/" in text
    assert "http://127.0.0.1:8000/admin/" in text
    assert "chitieu-demo" in text
    assert "2025-2030 (trang chủ mở ở đây" in text
    assert "http://127.0.0.1:8000/?term=2020-2025" in text
    for words in (
        "vanphong",
        "văn phòng, tỉnh Thái Nguyên từ 1/7/2025 (trước đó huyện Phú Lương)",
        "office staff",
        "baocao",
        "báo cáo viên xã Yên Trạch",
        "reporter",
        "lanhdao",
        "lãnh đạo, tỉnh Thái Nguyên",
        "leader (approver)",
        "admin",
    ):
        assert words in text, words
