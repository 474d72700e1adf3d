"""Names sort as a Vietnamese reader expects: by the Vietnamese alphabet, then tones, numbers by value."""

from chitieu.core.collation import by_name, vn_key
from chitieu.localities.models import Locality


def test_d_with_stroke_is_a_letter_of_its_own_between_d_and_e():
    assert sorted(["Yên Bình", "Đồng Hỷ", "Dân Tiến", "Ea Kar", "Đại Từ"], key=vn_key) == [
        "Dân Tiến",
        "Đại Từ",
        "Đồng Hỷ",
        "Ea Kar",
        "Yên Bình",
    ]


def test_letters_with_marks_follow_their_base_letter():
    assert sorted(["Ơn", "On", "Ôn", "Ứng Hòa", "Uông Bí", "Ân Thi", "Ăn Quả", "An Khánh"], key=vn_key) == [
        "An Khánh",
        "Ăn Quả",
        "Ân Thi",
        "On",
        "Ôn",
        "Ơn",
        "Uông Bí",
        "Ứng Hòa",
    ]


def test_tones_decide_only_between_otherwise_equal_names():
    # Ngang, huyền, hỏi, ngã, sắc, nặng; and a tone never outweighs a later letter.
    assert sorted(["Tân Cường", "Tân Cương", "Tân Cướp", "Tần Cương"], key=vn_key) == [
        "Tân Cương",
        "Tân Cường",
        "Tần Cương",
        "Tân Cướp",
    ]


def test_numbered_wards_sort_by_their_number():
    assert sorted(["Phường 10", "Phường 2", "Phường 1"], key=vn_key) == ["Phường 1", "Phường 2", "Phường 10"]


def test_the_database_orders_names_the_same_way(world):
    names = list(
        Locality.objects.filter(parent=world.phu_luong).order_by(by_name()).values_list("name", flat=True)
    )
    assert names == ["Ôn Lương", "Yên Ninh"]
    Locality.objects.create(
        name="Đồng Hỷ", type_name="Xã", level=world.yen_ninh.level, parent=world.phu_luong
    )
    Locality.objects.create(
        name="Dân Tiến", type_name="Xã", level=world.yen_ninh.level, parent=world.phu_luong
    )
    names = list(
        Locality.objects.filter(parent=world.phu_luong).order_by(by_name()).values_list("name", flat=True)
    )
    assert names == ["Dân Tiến", "Đồng Hỷ", "Ôn Lương", "Yên Ninh"]
