"""The roll-up table the write door keeps equals `SeriesReader` reading the raw observations: on random trees with
merges, after random writes, deletions and approvals through the door (Hypothesis), and in worked examples."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chitieu.evaluation.rollup_check import differences
from chitieu.evaluation.tests.test_pages_read_rollups import assert_same_everywhere
from chitieu.localities.models import Level, Locality, LocalityLink
from chitieu.plans.models import Indicator
from chitieu.results.door import Figure, System, delete_observations, record_observation, write_observations
from chitieu.results.door.figures import publish_submission
from chitieu.results.models import Observation, ReportingPeriod, Rollup, Submission
from chitieu.results.rollups import rebuild, rolled_value

MERGED = date(2025, 7, 1)
PERIODS = [
    (date(2024, 1, 1), date(2024, 6, 30)),
    (date(2024, 1, 1), date(2024, 12, 31)),
    (date(2025, 1, 1), date(2025, 6, 30)),
    (date(2025, 7, 1), date(2025, 12, 31)),
]
LOADER = System("thử nghiệm")
UNPUBLISHED = System("thử nghiệm chưa duyệt", publishes=False)
CHECK = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _levels() -> tuple[Level, Level, Level]:
    return (
        Level.objects.get_or_create(slug="province", defaults={"name": "Tỉnh", "rank": 1})[0],
        Level.objects.get_or_create(slug="district", defaults={"name": "Huyện", "rank": 2})[0],
        Level.objects.get_or_create(slug="commune", defaults={"name": "Xã", "rank": 3})[0],
    )


def _indicators() -> dict[str, Indicator]:
    made = {
        code: Indicator.objects.create(code=code, name=name, rollup=rollup)
        for code, name, rollup in [
            ("dan-so", "Dân số trung bình", "sum"),
            ("thu-ngan-sach", "Thu ngân sách trên địa bàn", "sum"),
            ("ty-le-bao-phu", "Tỷ lệ bao phủ bảo hiểm y tế", "mean"),
            ("gia-tri-moi", "Giá trị công bố gần nhất", "latest"),
        ]
    }
    made["thu-nhap"] = Indicator.objects.create(
        code="thu-nhap",
        name="Thu nhập bình quân đầu người",
        rollup="weighted_mean",
        weight=made["dan-so"],
    )
    return made


def _tree(data) -> list[Locality]:
    """Old provinces, districts and communes (some dissolved or created mid-way); maybe a 2025 province that
    absorbed them, with new communes each absorbing some old ones."""
    province, district, commune = _levels()
    units: list[Locality] = []
    old_communes: list[Locality] = []
    old_provinces = []
    for p in range(data.draw(st.integers(1, 2), label="provinces")):
        top = Locality.objects.create(name=f"Tỉnh cũ {p}", type_name="Tỉnh", level=province, code=f"P{p}")
        old_provinces.append(top)
        units.append(top)
        for d in range(data.draw(st.integers(1, 3), label="districts")):
            middle = Locality.objects.create(
                name=f"Huyện {p}.{d}", type_name="Huyện", level=district, parent=top, code=f"D{p}{d}"
            )
            units.append(middle)
            for c in range(data.draw(st.integers(0, 3), label="communes")):
                valid = data.draw(
                    st.sampled_from([(None, None), (None, date(2024, 6, 30)), (date(2024, 7, 1), None)]),
                    label="valid",
                )
                leaf = Locality.objects.create(
                    name=f"Xã {p}.{d}.{c}",
                    type_name=data.draw(st.sampled_from(["Xã", "Thị trấn"])),
                    level=commune,
                    parent=middle,
                    code=f"C{p}{d}{c}",
                    valid_from=valid[0],
                    valid_until=valid[1],
                )
                units.append(leaf)
                old_communes.append(leaf)
    if data.draw(st.booleans(), label="merged in 2025"):
        new = Locality.objects.create(
            name="Tỉnh mới", type_name="Tỉnh", level=province, code="PN", scheme="2025", valid_from=MERGED
        )
        units.append(new)
        for old in old_provinces:
            LocalityLink.objects.create(predecessor=old, successor=new, effective=MERGED, is_primary=True)
        remaining = list(old_communes)
        for n in range(data.draw(st.integers(0, 3), label="new communes")):
            leaf = Locality.objects.create(
                name=f"Xã mới {n}", type_name="Xã", level=commune, parent=new, code=f"N{n}", valid_from=MERGED
            )
            units.append(leaf)
            for _ in range(data.draw(st.integers(0, 3), label="absorbed")):
                if remaining:
                    old = remaining.pop(data.draw(st.integers(0, len(remaining) - 1)))
                    LocalityLink.objects.create(
                        predecessor=old,
                        successor=leaf,
                        effective=MERGED,
                        is_primary=data.draw(st.booleans(), label="primary"),
                    )
    return units


values = st.one_of(
    st.none(),
    st.decimals(min_value=-50, max_value=1000, places=2, allow_nan=False, allow_infinity=False),
    st.integers(0, 3).map(Decimal),
)


def _figure(data, indicators, units) -> tuple[tuple, Figure]:
    indicator = data.draw(st.sampled_from(list(indicators.values())))
    unit = data.draw(st.sampled_from(units))
    period = data.draw(st.sampled_from(PERIODS))
    kind = data.draw(st.integers(1, 3), label="kind")
    value = data.draw(values, label="value")
    figure = Figure(
        period_kind="6m",
        value=value,
        text_value="có" if value is None else "",
        reported_on=data.draw(st.dates(date(2024, 7, 1), date(2026, 1, 31)), label="reported on"),
    )
    return (indicator.pk, unit.pk, period[0], period[1], kind), figure


def _write(data, indicators, units) -> None:
    for _ in range(data.draw(st.integers(1, 6), label="writes")):
        action = data.draw(st.sampled_from(["batch", "one", "delete", "approve"]))
        if action == "batch":
            keyed = dict(_figure(data, indicators, units) for _ in range(data.draw(st.integers(1, 12))))
            write_observations(data.draw(st.sampled_from([LOADER, UNPUBLISHED])), keyed, via="api")
        elif action == "one":
            key, figure = _figure(data, indicators, units)
            record_observation(
                actor=data.draw(st.sampled_from([LOADER, UNPUBLISHED])),
                via="entry",
                indicator=Indicator.objects.get(pk=key[0]),
                locality=Locality.objects.get(pk=key[1]),
                period_start=key[2],
                period_end=key[3],
                kind=key[4],
                value=figure.value,
                text_value=figure.text_value,
                reported_on=figure.reported_on,
            )
        else:
            ids = list(Observation.objects.order_by("pk").values_list("pk", flat=True))
            if not ids:
                continue
            chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
            if action == "delete":
                delete_observations(LOADER, chosen)
            else:
                _approve(chosen)


def _approve(observation_ids: list[int]) -> None:
    """The figures of a submission approved at its last level become the published ones."""
    first = Observation.objects.get(pk=observation_ids[0])
    period, _ = ReportingPeriod.objects.get_or_create(
        kind="6m",
        start=first.period_start,
        end=first.period_end,
        defaults={"name": "Kỳ thử", "deadline": date(2099, 1, 1)},
    )
    submission, _ = Submission.objects.get_or_create(period=period, locality=first.locality)
    submission.observations.set(observation_ids)
    publish_submission(submission)


def _all_differences() -> list:
    return [d for root in Locality.objects.filter(parent__isnull=True) for d in differences(root)]


@pytest.mark.django_db
@CHECK
@given(data=st.data())
def test_the_table_equals_the_reference_after_random_writes_on_random_trees(data):
    with transaction.atomic():
        indicators = _indicators()
        units = _tree(data)
        _write(data, indicators, units)
        assert _all_differences() == []
        # And the pages, reading the table, read what the reference adds up.
        for root in Locality.objects.filter(parent__isnull=True):
            for published_only in (False, True):
                assert_same_everywhere(root, list(indicators.values()), published_only=published_only)
        kept = sorted(Rollup.objects.values_list(*[f.attname for f in Rollup._meta.concrete_fields][1:]))
        rebuild()
        rebuilt = sorted(Rollup.objects.values_list(*[f.attname for f in Rollup._meta.concrete_fields][1:]))
        assert rebuilt == kept
        transaction.set_rollback(True)


@pytest.fixture
def district(db):
    province, district, commune = _levels()
    thai_nguyen = Locality.objects.create(name="Thái Nguyên", type_name="Tỉnh", level=province, code="19")
    phu_luong = Locality.objects.create(
        name="Phú Lương", type_name="Huyện", level=district, parent=thai_nguyen
    )
    communes = [
        Locality.objects.create(name=name, type_name="Xã", level=commune, parent=phu_luong, code=code)
        for code, name in [("05605", "Yên Ninh"), ("05608", "Ôn Lương"), ("05611", "Phủ Lý")]
    ]
    return thai_nguyen, phu_luong, communes


def _row(indicator, unit, published=False) -> Rollup:
    return Rollup.objects.get(indicator=indicator, locality=unit, published=published)


def _revenue() -> Indicator:
    return Indicator.objects.create(code="thu-ngan-sach", name="Thu ngân sách", rollup="sum")


def _save(actor, indicator: Indicator, unit: Locality, value: str) -> Observation:
    """A 2024 figure saved as the entry page saves it."""
    start, end = PERIODS[1]
    return record_observation(
        actor=actor,
        via="entry",
        indicator=indicator,
        locality=unit,
        period_start=start,
        period_end=end,
        value=Decimal(value),
        reported_on=date(2025, 1, 15),
    )


def test_a_commune_figure_rolls_up_to_its_district_and_province_in_the_same_write(district):
    thai_nguyen, phu_luong, (yen_ninh, on_luong, _phu_ly) = district
    revenue = _revenue()
    _save(UNPUBLISHED, revenue, yen_ninh, "12.5")
    _save(UNPUBLISHED, revenue, on_luong, "7.25")
    row = _row(revenue, phu_luong)
    assert (rolled_value("sum", row), row.reported, row.expected) == (Decimal("19.75"), 2, 3)
    assert rolled_value("sum", _row(revenue, thai_nguyen)) == Decimal("19.75")
    # Nothing approved yet: the public page's roll-up has no part.
    assert not Rollup.objects.filter(published=True).exists()


def test_an_approval_fills_the_published_roll_up(district):
    _thai_nguyen, phu_luong, (yen_ninh, _on_luong, _phu_ly) = district
    revenue = _revenue()
    _approve([_save(UNPUBLISHED, revenue, yen_ninh, "40").pk])
    assert rolled_value("sum", _row(revenue, phu_luong, published=True)) == Decimal(40)


def test_a_deleted_figure_leaves_the_roll_up(district):
    thai_nguyen, phu_luong, (yen_ninh, _on_luong, _phu_ly) = district
    delete_observations(LOADER, [_save(LOADER, _revenue(), yen_ninh, "40").pk])
    assert not Rollup.objects.filter(locality__in=[phu_luong, thai_nguyen]).exists()


def test_check_rollups_finds_a_damaged_row_and_rebuild_rollups_mends_it(district, capsys):
    thai_nguyen, phu_luong, (yen_ninh, _on_luong, _phu_ly) = district
    revenue = _revenue()
    start, end = PERIODS[1]
    write_observations(
        LOADER, {(revenue.pk, yen_ninh.pk, start, end, 3): Figure("year", Decimal(5))}, via="api"
    )
    call_command("check_rollups")
    Rollup.objects.filter(locality=phu_luong).update(total=Decimal(6))
    with pytest.raises(SystemExit) as exited:
        call_command("check_rollups")
    assert exited.value.code == 1
    with pytest.raises(SystemExit):
        call_command("check_rollups", f"--id={thai_nguyen.pk}")
    assert "Phú Lương · thu-ngan-sach · 01/01/2024–31/12/2024" in capsys.readouterr().out
    call_command("rebuild_rollups")
    call_command("check_rollups")
    assert "0 chỗ khác nhau" in capsys.readouterr().out
