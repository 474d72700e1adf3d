"""In Chromium: an office pastes a resolution's target list, confirms the indicators the screen suggests without
choosing any by hand, saves, and enters a figure for one of the new targets on the entry page."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from chitieu.accounts.models import Membership
from chitieu.conftest import _user, login
from chitieu.demo.seeds.indicators import INDICATORS
from chitieu.plans.models import Indicator, Resolution
from chitieu.results.models import Observation, ReportingPeriod

# One of the development lists of the evaluation material, as the issue asks; beside the repository in CI.
LISTS = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "target-lists" / "texts"
LIST = LISTS / "nhu-xuan-thanh-hoa-huyen-2020-2025.txt"


@pytest.fixture
def catalogue(db):
    """The shared indicator catalogue the demo districts use."""
    return {
        Indicator.objects.create(
            code=spec.code, name=spec.name, unit=spec.unit, is_percent=spec.is_percent, rollup=spec.rollup
        ).pk
        for spec in INDICATORS
        if spec.numerator is None
    }


@pytest.mark.django_db(transaction=True)
def test_an_office_sets_a_resolution_up_from_its_text_and_enters_a_figure(page, world, catalogue):
    if not LIST.exists():
        pytest.skip(f"The development target lists are not beside the repository ({LISTS}).")
    office = _user("vanphong.pl", Membership.Role.OFFICE, world.phu_luong, "Trần Văn Bình")
    resolution = Resolution.objects.create(
        locality=world.phu_luong,
        term=world.term,
        title="Nghị quyết thử nhập từ văn bản",
        issued_on=date(2020, 8, 1),
    )
    today = timezone.localdate()
    period = ReportingPeriod.objects.create(
        kind="9m",
        name=f"9 tháng năm {today.year}",
        start=date(today.year, 1, 1),
        end=date(today.year, 9, 30),
        deadline=today + timedelta(days=10),
    )
    login(page, office.username)
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(f"{page.base_url}/reading/resolutions/{resolution.pk}/targets/")
    page.fill("textarea[name=text]", LIST.read_text(encoding="utf-8"))
    page.click("button[value=read]")
    page.wait_for_selector('#targets select[name$="-indicator"]')
    chosen = page.eval_on_selector_all(
        '#targets select[name$="-indicator"]', "selects => selects.map(s => s.value)"
    )
    existing = [value for value in chosen if value.isdigit() and int(value) in catalogue]
    assert len(existing) > len(chosen) / 2, chosen  # most rows find an indicator of the catalogue
    page.click("button[value=confirm]")
    page.wait_for_selector("text=chỉ tiêu vào nghị quyết")
    targets = list(resolution.targets.select_related("indicator"))
    assert len(targets) == len(chosen)
    assert sum(t.indicator_id in catalogue for t in targets) == len(existing)
    assert all(t.indicator_id is not None for t in targets)

    target = next(t for t in targets if t.indicator_id in catalogue and t.kind == "level")
    page.goto(f"{page.base_url}/entry/{period.pk}/{world.phu_luong.pk}/")
    page.fill(f"#id_i{target.indicator_id}-value", "12,5")
    page.fill(f"#id_i{target.indicator_id}-note", "Số liệu thử")
    page.click("button[name=save]")
    page.wait_for_selector("text=Đã lưu bản nháp.")
    assert Observation.objects.get(locality=world.phu_luong, indicator_id=target.indicator_id).value == 12.5
