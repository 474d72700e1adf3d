"""Loading the official unit lists of both eras and their 2025 lineage with `load_units`."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Q
from vietnam_provinces import Ward
from vietnamadminunits.database import query

from chitieu.localities.models import Level, Locality, LocalityLink
from chitieu.localities.queries import find_locality, predecessors_of, subtree_ids, successors_of
from chitieu.localities.units import LEGAL_BASIS, select_provinces

LEGACY = Locality.Scheme.LEGACY
CURRENT = Locality.Scheme.CURRENT


def load(*args: str) -> str:
    out = StringIO()
    call_command("load_units", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def thai_nguyen(db: None) -> str:
    return load("--province", "Thái Nguyên")


def province(scheme: str, code: str) -> Locality:
    return Locality.objects.get(scheme=scheme, level__slug="province", code=code)


def test_it_loads_the_legacy_districts_and_communes_of_thai_nguyen(thai_nguyen: str) -> None:
    # Counted straight from the package's table, not through the loader's code.
    expected = query(
        "SELECT COUNT(DISTINCT districtCode) AS districts, COUNT(wardCode) AS communes"
        " FROM admin_units_legacy WHERE provinceKey = 'tinhthainguyen'"
    )[0]
    legacy = province(LEGACY, "19")

    assert (
        Locality.objects.filter(parent=legacy, level__slug="district").count() == expected["districts"] == 9
    )
    assert (
        Locality.objects.filter(parent__parent=legacy, level__slug="commune").count() == expected["communes"]
    )
    assert (legacy.full_name, legacy.valid_from, legacy.valid_until) == (
        "Tỉnh Thái Nguyên",
        None,
        date(2025, 6, 30),
    )


def test_it_loads_the_communes_of_the_current_thai_nguyen(thai_nguyen: str) -> None:
    expected = sum(1 for ward in Ward.iter_all() if int(ward.province_code) == 19)
    current = province(CURRENT, "19")

    # Nghị quyết 1683/NQ-UBTVQH15: Thái Nguyên has 92 commune-level units, 77 xã and 15 phường.
    assert Locality.objects.filter(parent=current, level__slug="commune").count() == expected == 92
    assert Locality.objects.filter(parent=current, type_name="Phường").count() == 15
    assert (current.full_name, current.valid_from, current.valid_until) == (
        "Tỉnh Thái Nguyên",
        date(2025, 7, 1),
        None,
    )


def test_a_current_province_brings_the_legacy_provinces_merged_into_it(thai_nguyen: str) -> None:
    assert province(LEGACY, "06").full_name == "Tỉnh Bắc Kạn"
    assert [unit.name for unit in predecessors_of(province(CURRENT, "19"))] == ["Bắc Kạn", "Thái Nguyên"]
    assert set(LocalityLink.objects.filter(successor__code="19").values_list("kind", "legal_basis")) == {
        (LocalityLink.Kind.MERGE, LEGAL_BASIS["province"])
    }


def test_names_leave_out_the_type_and_codes_keep_their_leading_zeros(thai_nguyen: str) -> None:
    district = find_locality("Huyện Phú Lương", "district", LEGACY)
    town = Locality.objects.get(scheme=LEGACY, code="05611")

    assert (district.name, district.type_name, district.code, district.key) == (
        "Phú Lương",
        "Huyện",
        "168",
        "tinhthainguyen_huyenphuluong",
    )
    assert (town.full_name, town.parent, town.key) == (
        "Thị trấn Đu",
        district,
        "tinhthainguyen_huyenphuluong_thitrandu",
    )


def test_a_merged_commune_lists_the_communes_it_absorbed(thai_nguyen: str) -> None:
    ward = find_locality("Bach Quang", "commune", CURRENT, parent_name="Thái Nguyên")

    assert [unit.full_name for unit in predecessors_of(ward)] == [
        "Phường Lương Sơn",
        "Xã Tân Quang",
        "Phường Bách Quang",
    ]
    assert {unit.parent.name for unit in predecessors_of(ward)} == {"Sông Công"}
    assert set(
        LocalityLink.objects.filter(successor=ward).values_list("kind", "effective", "legal_basis")
    ) == {(LocalityLink.Kind.MERGE, date(2025, 7, 1), LEGAL_BASIS["commune"])}


def test_a_split_commune_has_one_primary_successor(thai_nguyen: str) -> None:
    divided = find_locality("Thượng Đình", "commune", LEGACY, parent_name="Phú Bình")
    links = LocalityLink.objects.filter(predecessor=divided)

    assert [unit.name for unit in successors_of(divided)] == ["Điềm Thụy", "Phú Bình"]
    assert set(links.values_list("kind", flat=True)) == {LocalityLink.Kind.SPLIT}
    assert list(links.filter(is_primary=True).values_list("successor__name", flat=True)) == ["Điềm Thụy"]


def test_an_unchanged_province_continues_by_rename(db: None) -> None:
    load("--province", "lai chau")

    assert successors_of(province(LEGACY, "12")) == [province(CURRENT, "12")]
    assert LocalityLink.objects.get(successor=province(CURRENT, "12")).kind == LocalityLink.Kind.RENAME


def test_an_island_district_without_communes_continues_as_a_special_zone(db: None) -> None:
    load("--province", "51")

    district = Locality.objects.get(scheme=LEGACY, level__slug="district", code="536")
    assert [(unit.full_name, unit.code) for unit in successors_of(district)] == [("Đặc khu Lý Sơn", "21548")]


def test_loading_twice_creates_nothing_twice_and_restores_edited_names(thai_nguyen: str) -> None:
    counts = (Locality.objects.count(), LocalityLink.objects.count(), Level.objects.count())
    Locality.objects.filter(scheme=CURRENT, code="05528").update(name="Bách Quang cũ")

    output = load("--province", "Thai Nguyen")

    assert (Locality.objects.count(), LocalityLink.objects.count(), Level.objects.count()) == counts
    assert Locality.objects.get(scheme=CURRENT, code="05528").name == "Bách Quang"
    assert "(thêm mới 0, cập nhật 1)" in output
    assert "(thêm mới 0, cập nhật 0) trong" in output


def test_the_eras_can_be_loaded_in_separate_runs(db: None) -> None:
    load("--province", "Lai Châu", "--era", "current")
    assert not Locality.objects.filter(scheme=LEGACY).exists()
    assert not LocalityLink.objects.exists()

    load("--province", "Lai Châu", "--era", "legacy")
    assert LocalityLink.objects.filter(successor__parent=province(CURRENT, "12")).exists()


def test_it_prints_counts_and_time_the_vietnamese_way(thai_nguyen: str) -> None:
    units = Locality.objects.count()
    links = LocalityLink.objects.count()

    assert thai_nguyen.startswith(
        f"Đã nạp {units} đơn vị hành chính (thêm mới {units}, cập nhật 0) và {links} liên kết"
    )
    assert "giây." in thai_nguyen and "Từ 1/7/2025: 1 cấp tỉnh, 92 cấp xã." in thai_nguyen


def test_an_unknown_province_is_refused_with_close_names_and_writes_nothing(db: None) -> None:
    with pytest.raises(CommandError, match="Không tìm thấy tỉnh, thành phố “Thai Ngyen”.*Thái Nguyên"):
        load("--province", "Lai Châu", "--province", "Thai Ngyen")

    assert not Level.objects.exists()
    assert not Locality.objects.exists()


def test_it_asks_for_a_province_or_the_whole_country(db: None) -> None:
    with pytest.raises(CommandError, match="--province"):
        load()


def test_the_demo_set_is_five_legacy_provinces_and_their_four_successors() -> None:
    selection = select_provinces(["demo"])

    assert selection.legacy == {"19", "06", "12", "22", "93"}
    assert selection.current == {"19", "12", "22", "92"}


def test_a_province_can_be_named_by_code_or_without_type_and_diacritics() -> None:
    assert select_provinces(["93"]) == select_provinces(["tinh hau giang"]) == select_provinces(["Hậu Giang"])
    assert select_provinces(["Hậu Giang"]).current == {"92"}


def test_the_subtree_of_a_legacy_province_is_its_districts_and_communes(thai_nguyen: str) -> None:
    legacy = province(LEGACY, "19")
    below = Locality.objects.filter(Q(parent=legacy) | Q(parent__parent=legacy)).values_list("pk", flat=True)

    assert sorted(subtree_ids(legacy)) == sorted(below)
    assert len(below) == 9 + 172


def test_finding_a_namesake_needs_its_parent(thai_nguyen: str) -> None:
    with pytest.raises(Locality.MultipleObjectsReturned):
        find_locality("Tân Thành", "commune", LEGACY)
    with pytest.raises(Locality.DoesNotExist):
        find_locality("Ba Đình", "commune", CURRENT)

    assert (
        find_locality("tan thanh", "commune", LEGACY, parent_name="Huyện Phú Bình").parent.name == "Phú Bình"
    )
