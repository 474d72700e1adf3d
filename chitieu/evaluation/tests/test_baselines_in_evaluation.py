"""The baseline a target is read against when its resolution states none, the same on the page, in the CLI and in
the evaluation: the office's override, else the end-of-term figure of the previous term's target it continues,
else the roll-up of the units a new commune was formed from."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.evaluation.engine.definitions import Review, Status, ValueKind
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.localities.models import Level, Locality, LocalityLink
from chitieu.plans.models import Indicator, Resolution, Target, Term
from chitieu.plans.services import override_baseline
from chitieu.reports.evaluations import cached_evaluation, forget
from chitieu.reports.tests.conftest import text_of
from chitieu.results.door import System, record_observation
from chitieu.results.models import PeriodKind

pytestmark = pytest.mark.django_db

SEED = System("test-fixture")
MERGED = date(2025, 7, 1)
OLD = ("Phú Đô", "Yên Lạc", "Động Đạt")


def _record(indicator, locality, value, start, end, kind=PeriodKind.YEAR):
    record_observation(
        actor=SEED,
        via="",
        indicator=indicator,
        locality=locality,
        period_start=start,
        period_end=end,
        value=Decimal(value),
        kind=ValueKind.OFFICIAL,
        reported_on=date(end.year + 1, 1, 15) if end.month == 12 else date(end.year, end.month, 28),
        period_kind=kind,
    )


def _year(indicator, locality, value, year):
    _record(indicator, locality, value, date(year, 1, 1), date(year, 12, 31))


@pytest.fixture
def merged():
    """Xã Phú Lương, formed on 1/7/2025 from three old communes of huyện Phú Lương, whose 2020-2025 resolution its
    own 2025-2030 one carries on."""
    province = Level.objects.create(slug="province", name="Tỉnh", rank=1)
    district_level = Level.objects.create(slug="district", name="Huyện", rank=2)
    commune = Level.objects.create(slug="commune", name="Xã", rank=3)
    tinh = Locality.objects.create(name="Thái Nguyên", type_name="Tỉnh", level=province)
    huyen = Locality.objects.create(
        name="Phú Lương", type_name="Huyện", level=district_level, parent=tinh, valid_until=date(2025, 6, 30)
    )
    olds = [
        Locality.objects.create(
            name=name, type_name="Xã", level=commune, parent=huyen, valid_until=date(2025, 6, 30)
        )
        for name in OLD
    ]
    new = Locality.objects.create(
        name="Phú Lương", type_name="Xã", level=commune, parent=tinh, valid_from=MERGED
    )
    for old in olds:
        LocalityLink.objects.create(predecessor=old, successor=new, effective=MERGED)
    output = Indicator.objects.create(code="gia-tri-san-xuat", name="Giá trị sản xuất", unit="tỷ đồng")
    income = Indicator.objects.create(
        code="thu-nhap", name="Thu nhập bình quân đầu người", unit="triệu đồng", rollup=Indicator.Rollup.MEAN
    )
    # The old communes' output: 2024 whole, and the first half of 2025, the last period before the merger.
    for old, whole, half in zip(olds, ("100", "150", "250"), ("60", "80", "120"), strict=True):
        _year(output, old, whole, 2024)
        _record(output, old, half, date(2025, 1, 1), date(2025, 6, 30), PeriodKind.HALF_YEAR)
        _year(income, old, "30", 2024)
    # The district's own income figures, read by its end-of-term review.
    for year, value in ((2021, "33"), (2022, "36,5"), (2023, "38"), (2024, "40")):
        _year(income, huyen, value.replace(",", "."), year)
    # The new commune reports for its whole territory from 2025.
    _year(output, new, "550", 2025)
    _year(output, new, "605", 2026)
    _year(income, new, "44", 2025)
    _year(income, new, "48.4", 2026)
    old_term = Term.objects.create(name="2020-2025", start_year=2020, end_year=2025)
    term = Term.objects.create(name="2025-2030", start_year=2025, end_year=2030)
    previous = Resolution.objects.create(
        locality=huyen, term=old_term, title="Nghị quyết Đại hội Đảng bộ huyện Phú Lương lần thứ XXIV"
    )
    old_income = Target.objects.create(
        resolution=previous,
        label="2.",
        name="Thu nhập bình quân đầu người",
        indicator=income,
        unit="triệu đồng",
        form=Target.Form.MIN_BOUND,
        value=Decimal(40),
    )
    resolution = Resolution.objects.create(
        locality=new, term=term, title="Nghị quyết Đại hội Đảng bộ xã Phú Lương lần thứ I, nhiệm kỳ 2025-2030"
    )
    growth = Target.objects.create(
        resolution=resolution,
        label="1.",
        name="Tốc độ tăng giá trị sản xuất bình quân",
        indicator=output,
        unit="%/năm",
        kind=Target.Kind.GROWTH_RATE,
        form=Target.Form.MIN_BOUND,
        value=Decimal(10),
        deadline_year=2030,
    )
    return {
        "province": tinh,
        "district": huyen,
        "new": new,
        "income": income,
        "previous": previous,
        "old_income": old_income,
        "resolution": resolution,
        "growth": growth,
    }


def _row(resolution, target):
    result = evaluate_resolution(resolution, review_config(resolution, review=Review.MID_TERM))
    return next(row for row in result.rows if row.target.pk == target.pk)


def test_a_new_communes_growth_target_is_measured_from_its_three_old_communes_last_whole_year(merged):
    row = _row(merged["resolution"], merged["growth"])
    # 2024: 100 + 150 + 250 = 500 (the first half of 2025 is no base for a yearly rate);
    # (605 / 500)^(1/2) − 1 = 1,21^(1/2) − 1 = 10%/năm, against "tăng bình quân 10%/năm"
    assert row.evaluation.actual.quantize(Decimal("0.01")) == Decimal("10.00")
    assert row.evaluation.status is Status.MET
    assert row.evaluation.explanation[0] == (
        "Giá trị gốc năm 2024: 500 — tổng hợp từ 3 đơn vị cũ, 3/3 có số liệu (Phú Đô, Yên Lạc, Động Đạt)."
    )
    assert "(605 / 500)^(1/2) − 1 = 10%/năm" in " ".join(row.evaluation.explanation)


def test_the_offices_override_is_the_baseline_the_evaluation_reads(merged, django_user_model):
    office = django_user_model.objects.create_user("vanphong.xa", password="chitieu-test")
    override_baseline(office, merged["growth"], Decimal(484), 2024, "Số quyết toán năm 2024 của ba xã cũ")
    row = _row(merged["resolution"], merged["growth"])
    # (605 / 484)^(1/2) − 1 = 1,25^(1/2) − 1 = 11,80%/năm
    assert row.evaluation.actual.quantize(Decimal("0.01")) == Decimal("11.80")
    assert row.evaluation.explanation[0].startswith(
        "Giá trị gốc năm 2024: 484 — văn phòng điều chỉnh: Số quyết toán năm 2024 của ba xã cũ (số tổng hợp: 500;"
    )


def test_a_stated_baseline_is_left_as_the_resolution_states_it(merged):
    growth = merged["growth"]
    growth.baseline_value, growth.baseline_year = Decimal(550), 2025
    growth.save()
    row = _row(merged["resolution"], growth)
    assert row.evaluation.actual.quantize(Decimal("0.01")) == Decimal("10.00")  # 605 / 550 − 1
    assert not row.evaluation.explanation[0].startswith("Giá trị gốc")


def test_the_page_the_cli_and_the_evaluation_read_one_baseline(merged, client, django_user_model):
    office = django_user_model.objects.create_user("vanphong.xa", password="chitieu-test")
    Membership.objects.create(user=office, role=Membership.Role.OFFICE, locality=merged["new"])
    text = "Giá trị gốc năm 2024: 500 — tổng hợp từ 3 đơn vị cũ, 3/3 có số liệu (Phú Đô, Yên Lạc, Động Đạt)"
    assert _row(merged["resolution"], merged["growth"]).evaluation.explanation[0] == f"{text}."
    out = StringIO()
    call_command("evaluate", merged["new"].code or "xã Phú Lương", stdout=out, stderr=StringIO())
    assert f"1. Tốc độ tăng giá trị sản xuất bình quân: {text}" in out.getvalue()
    client.force_login(office)
    assert text in text_of(client.get(reverse("reports:target", args=[merged["growth"].pk])))


def _continue(merged, kind=Target.Kind.LEVEL, value="60", unit="triệu đồng"):
    return Target.objects.create(
        resolution=merged["resolution"],
        label="2.",
        name="Thu nhập bình quân đầu người",
        indicator=merged["income"],
        unit=unit,
        kind=kind,
        form=Target.Form.MIN_BOUND,
        value=Decimal(value),
        deadline_year=2030,
        continues=merged["old_income"],
    )


def test_the_review_of_2020_2025_and_the_baseline_of_2025_2030_read_the_same_figure(merged):
    merged["previous"].continued_by = merged["resolution"]
    merged["previous"].save()
    carried = _continue(merged)
    previous = merged["previous"]
    review = evaluate_resolution(previous, review_config(previous, review=Review.END_OF_TERM))
    old_row = next(row for row in review.rows if row.target.pk == merged["old_income"].pk)
    result = evaluate_resolution(merged["resolution"])
    baseline = result.baselines[carried.pk]
    # The district's 2024 figure, not the old communes' mean (30): the continued target wins over the roll-up.
    assert baseline.value == old_row.evaluation.actual == Decimal(40)
    assert baseline.period == (
        old_row.evaluation.basis[-1].period_start,
        old_row.evaluation.basis[-1].period_end,
    )
    assert baseline.text == (
        "Giá trị gốc năm 2024: 40 — kết quả cuối kỳ của chỉ tiêu 2. Thu nhập bình quân đầu người, "
        "Nghị quyết Đại hội Đảng bộ huyện Phú Lương lần thứ XXIV (2020-2025)"
    )


def test_a_continuing_growth_target_is_measured_from_the_old_targets_end_of_term_figure(merged):
    carried = _continue(merged, kind=Target.Kind.GROWTH_RATE, value="10", unit="%/năm")
    row = _row(merged["resolution"], carried)
    # (48,4 / 40)^(1/2) − 1 = 1,21^(1/2) − 1 = 10%/năm
    assert row.evaluation.actual.quantize(Decimal("0.01")) == Decimal("10.00")
    assert row.evaluation.explanation[0].startswith(
        "Giá trị gốc năm 2024: 40 — kết quả cuối kỳ của chỉ tiêu 2."
    )


def test_the_target_pages_say_which_target_continues_which(merged, client, django_user_model):
    carried = _continue(merged)
    admin = django_user_model.objects.create_superuser("quantri", password="chitieu-test")
    client.force_login(admin)
    page = text_of(client.get(reverse("reports:target", args=[carried.pk])))
    assert (
        "Tiếp nối chỉ tiêu 2. Thu nhập bình quân đầu người của Nghị quyết Đại hội Đảng bộ huyện Phú Lương lần "
        "thứ XXIV (2020-2025): kết quả cuối kỳ 40 triệu đồng (năm 2024) — đạt"
    ) in page
    html = client.get(reverse("reports:target", args=[carried.pk])).content.decode()
    assert reverse("reports:target", args=[merged["old_income"].pk]) in html
    page = text_of(client.get(reverse("reports:target", args=[merged["old_income"].pk])))
    assert (
        "Được tiếp nối bởi chỉ tiêu 2. Thu nhập bình quân đầu người của Nghị quyết Đại hội Đảng bộ xã Phú Lương "
        "lần thứ I, nhiệm kỳ 2025-2030"
    ) in page


def test_the_office_links_and_unlinks_continuing_targets_on_the_web_and_a_reporter_may_not(
    merged, client, django_user_model
):
    # The province's office manages the new commune's resolution and sees the abolished district's.
    office = django_user_model.objects.create_user("vanphong.tinh", password="chitieu-test")
    Membership.objects.create(user=office, role=Membership.Role.OFFICE, locality=merged["province"])
    reporter = django_user_model.objects.create_user("baocao.xa", password="chitieu-test")
    Membership.objects.create(user=reporter, role=Membership.Role.REPORTER, locality=merged["new"])
    resolution, previous, growth = merged["resolution"], merged["previous"], merged["growth"]
    income = _continue(merged)
    income.continues = None
    income.save()
    url = reverse("setup:continuity", args=[resolution.pk])
    form = {
        "previous": [previous.pk],
        f"target_{income.pk}": merged["old_income"].pk,
        f"target_{growth.pk}": "",
    }
    client.force_login(reporter)
    assert client.get(url).status_code == 404
    assert client.post(url, form).status_code == 404
    client.force_login(office)
    page = text_of(client.get(url))
    assert "Huyện Phú Lương — Nghị quyết Đại hội Đảng bộ huyện Phú Lương lần thứ XXIV (2020-2025)" in page
    assert "Huyện Phú Lương: 2. Thu nhập bình quân đầu người (cùng chỉ số)" in page
    # A target of a resolution not marked as continued is refused, and nothing is written.
    refused = client.post(url, {**form, "previous": []})
    assert "chưa được đánh dấu là được tiếp nối" in text_of(refused)
    income.refresh_from_db()
    assert income.continues is None
    assert client.post(url, form).status_code == 302
    previous.refresh_from_db()
    income.refresh_from_db()
    assert (previous.continued_by, income.continues) == (resolution, merged["old_income"])
    assert LogEntry.objects.filter(object_id=str(income.pk), change_message__startswith="Tiếp nối").exists()
    assert client.post(url, {**form, "previous": [], f"target_{income.pk}": ""}).status_code == 302
    previous.refresh_from_db()
    income.refresh_from_db()
    assert (previous.continued_by, income.continues) == (None, None)


def test_a_remembered_evaluation_follows_a_figure_corrected_at_the_old_unit(merged):
    forget()
    carried = _continue(merged)
    resolution = merged["resolution"]
    config = review_config(resolution, review=Review.MID_TERM)
    assert cached_evaluation(resolution, config).baselines[carried.pk].value == Decimal(40)
    # The district's 2024 figure corrected (the successor's office, say): the next reading starts from it.
    _record(merged["income"], merged["district"], "41.5", date(2024, 1, 1), date(2024, 12, 31))
    assert cached_evaluation(resolution, config).baselines[carried.pk].value == Decimal("41.5")
