"""The 2021-2025 set of 19 criteria and the 2026-2030 set of 10 (QĐ 51/2025/QĐ-TTg) side by side: what the sources
give of the new one and nothing more, and a commune formed by merger assessed each year against the set in force."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from chitieu.criteria.catalogue import NEW_RURAL, NEW_RURAL_SET, load_catalogue
from chitieu.criteria.models import NO_SOURCE, Assessment, CriteriaSet, CriterionIndicator
from chitieu.criteria.services import AssessmentRefused, assess, met_count, set_in_force
from chitieu.localities.models import Level, Locality, LocalityLink

NEW_SET = "ntm-xa-2026-2030"


@pytest.fixture
def sets(world):
    return load_catalogue()


@pytest.fixture
def merged(world) -> Locality:
    """Xã Yên Trạch from 1/7/2025: Yên Ninh, Ôn Lương and a third old commune merged."""
    commune = Level.objects.get(slug="commune")
    yen_trach = Locality.objects.create(
        name="Yên Trạch", type_name="Xã", level=commune, parent=world.thai_nguyen
    )
    yen_trach.valid_from = date(2025, 7, 1)
    yen_trach.save()
    yen_do = Locality.objects.create(name="Yên Đổ", type_name="Xã", level=commune, parent=world.phu_luong)
    for old in (world.yen_ninh, world.on_luong, yen_do):
        old.valid_until = date(2025, 6, 30)
        old.save()
        LocalityLink.objects.create(predecessor=old, successor=yen_trach, effective=date(2025, 7, 1))
    return yen_trach


def test_the_2026_set_has_the_10_published_criteria_and_declares_47_indicators_without_inventing_one(sets):
    new = sets[NEW_SET]
    assert (new.first_year, new.last_year, new.standard) == (2026, 2030, NEW_RURAL)
    assert "51/2025/QĐ-TTg" in new.legal_basis
    assert list(new.criteria.values_list("name", flat=True)) == [
        "Quy hoạch",
        "Hạ tầng kinh tế - xã hội",
        "Phát triển kinh tế nông thôn",
        "Đào tạo nguồn nhân lực nông thôn",
        "Văn hóa, giáo dục, y tế",
        "Giảm nghèo và an sinh xã hội",
        "Khoa học công nghệ và chuyển đổi số",
        "Môi trường và cảnh quan nông thôn",
        "Xây dựng hệ thống chính trị và hành chính công",
        "Tiếp cận pháp luật và an ninh, quốc phòng",
    ]
    assert (new.declared_criterion_count, new.declared_indicator_count) == (10, 47)
    assert not CriterionIndicator.objects.filter(criterion__criteria_set=new).exists()
    assert new.source_url.startswith("https://www.vietnamplus.vn/")
    assert "chưa có nguồn" in new.source_note


def test_a_criterion_or_indicator_without_a_published_name_reads_chua_co_nguon(sets):
    criterion = sets[NEW_SET].criteria.get(number=3)
    indicator = CriterionIndicator.objects.create(criterion=criterion, number="3.1")
    assert str(indicator) == f"3.1 {NO_SOURCE}"
    criterion.name = ""
    assert str(criterion) == f"3. {NO_SOURCE}"


def test_the_old_set_keeps_its_19_criteria_and_ends_in_2025(sets):
    old = sets[NEW_RURAL_SET[0]]
    assert old.criteria.count() == 19
    assert (old.first_year, old.last_year, old.standard) == (2021, 2025, NEW_RURAL)


def test_the_set_in_force_is_chosen_by_year(sets):
    assert set_in_force(NEW_RURAL, 2025).code == NEW_RURAL_SET[0]
    assert set_in_force(NEW_RURAL, 2026).code == NEW_SET
    assert set_in_force(NEW_RURAL, 2030).code == NEW_SET
    with pytest.raises(AssessmentRefused, match="2031"):
        set_in_force(NEW_RURAL, 2031)


def test_a_commune_formed_by_merger_is_assessed_in_2025_against_19_criteria_and_in_2026_against_10(
    sets, merged
):
    assert merged.predecessor_links.count() == 3
    assess(merged, 2025, {n: n <= 17 for n in range(1, 20)}, standard=NEW_RURAL)
    assess(merged, 2026, {n: n <= 6 for n in range(1, 11)}, standard=NEW_RURAL)

    old_set, met, total = met_count(merged, 2025, NEW_RURAL)
    assert (old_set.code, met, total) == (NEW_RURAL_SET[0], 17, 19)
    new_set, met, total = met_count(merged, 2026, NEW_RURAL)
    assert (new_set.code, met, total) == (NEW_SET, 6, 10)
    by_year = {
        year: set(codes)
        for year in (2025, 2026)
        for codes in [
            Assessment.objects.filter(locality=merged, year=year).values_list(
                "criterion__criteria_set__code", flat=True
            )
        ]
    }
    assert by_year == {2025: {NEW_RURAL_SET[0]}, 2026: {NEW_SET}}
    assert Assessment.objects.filter(locality=merged, year=2025).count() == 19
    assert Assessment.objects.filter(locality=merged, year=2026).count() == 10


def test_criterion_11_does_not_exist_in_2026_and_nothing_is_written(sets, merged):
    with pytest.raises(AssessmentRefused, match="không có tiêu chí số 11, 19"):
        assess(merged, 2026, {1: True, 11: True, 19: False}, standard=NEW_RURAL)
    assert not Assessment.objects.filter(locality=merged).exists()


def test_a_commune_is_not_assessed_for_a_year_before_it_existed(sets, merged):
    with pytest.raises(AssessmentRefused, match="không tồn tại trong năm 2024"):
        assess(merged, 2024, {1: True}, standard=NEW_RURAL)


def test_an_old_commune_is_not_assessed_after_it_was_merged_away(sets, world, merged):
    assess(world.yen_ninh, 2024, {1: True}, standard=NEW_RURAL)
    with pytest.raises(AssessmentRefused, match="không tồn tại trong năm 2026"):
        assess(world.yen_ninh, 2026, {1: True}, standard=NEW_RURAL)


def test_a_district_is_not_assessed_against_a_set_for_communes(sets, world):
    with pytest.raises(AssessmentRefused, match="Huyện Phú Lương"):
        assess(world.phu_luong, 2024, {1: True}, standard=NEW_RURAL)


def test_loading_the_catalogue_again_keeps_an_administrators_corrections(sets):
    criterion = sets[NEW_SET].criteria.get(number=2)
    criterion.name = "Hạ tầng kinh tế - xã hội (đã sửa theo Phụ lục I)"
    criterion.save()
    load_catalogue()
    criterion.refresh_from_db()
    assert criterion.name.endswith("(đã sửa theo Phụ lục I)")
    assert CriteriaSet.objects.filter(standard=NEW_RURAL).count() == 2


def test_the_back_office_refuses_a_2026_assessment_against_a_criterion_of_the_2021_2025_set(sets, merged):
    old = sets[NEW_RURAL_SET[0]].criteria.get(number=19)
    with pytest.raises(ValidationError, match="2026"):
        Assessment(locality=merged, criterion=old, year=2026, met=True).full_clean()
    new = sets[NEW_SET].criteria.get(number=10)
    Assessment(locality=merged, criterion=new, year=2026, met=True).full_clean()
