"""The national new-rural standards for communes: 2021-2025 (QĐ 318/QĐ-TTg, 19 criteria in 5 groups) and
2026-2030 (QĐ 51/2025/QĐ-TTg, 10 criteria and 47 indicators, of which only what a published source gives)."""

from dataclasses import dataclass

from chitieu.criteria.models import CriteriaSet, Criterion
from chitieu.localities.models import Level

# The sets of one standard share this code; an assessment of a year uses the one in force that year.
NEW_RURAL = "ntm-xa"


@dataclass(frozen=True)
class SetSpec:
    code: str
    name: str
    legal_basis: str
    first_year: int
    last_year: int
    criteria: tuple[tuple[str, str], ...]  # (name, group), numbered from 1
    recognition_levels: str = "đạt chuẩn"
    declared_indicator_count: int | None = None
    source_url: str = ""
    source_note: str = ""


NEW_RURAL_SET = (
    "sinh-ntm-xa-2021-2025",
    "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025",
    "Quyết định 318/QĐ-TTg",
)
NEW_RURAL_CRITERIA = (
    ("Quy hoạch", "Quy hoạch"),
    ("Giao thông", "Hạ tầng kinh tế - xã hội"),
    ("Thủy lợi và phòng, chống thiên tai", "Hạ tầng kinh tế - xã hội"),
    ("Điện", "Hạ tầng kinh tế - xã hội"),
    ("Trường học", "Hạ tầng kinh tế - xã hội"),
    ("Cơ sở vật chất văn hóa", "Hạ tầng kinh tế - xã hội"),
    ("Cơ sở hạ tầng thương mại nông thôn", "Hạ tầng kinh tế - xã hội"),
    ("Thông tin và truyền thông", "Hạ tầng kinh tế - xã hội"),
    ("Nhà ở dân cư", "Hạ tầng kinh tế - xã hội"),
    ("Thu nhập", "Kinh tế và tổ chức sản xuất"),
    ("Nghèo đa chiều", "Kinh tế và tổ chức sản xuất"),
    ("Lao động", "Kinh tế và tổ chức sản xuất"),
    ("Tổ chức sản xuất và phát triển kinh tế nông thôn", "Kinh tế và tổ chức sản xuất"),
    ("Giáo dục và đào tạo", "Văn hóa - xã hội - môi trường"),
    ("Y tế", "Văn hóa - xã hội - môi trường"),
    ("Văn hóa", "Văn hóa - xã hội - môi trường"),
    ("Môi trường và an toàn thực phẩm", "Văn hóa - xã hội - môi trường"),
    ("Hệ thống chính trị và tiếp cận pháp luật", "Hệ thống chính trị"),
    ("Quốc phòng và An ninh", "Hệ thống chính trị"),
)

SETS = (
    SetSpec(
        *NEW_RURAL_SET,
        first_year=2021,
        last_year=2025,
        criteria=NEW_RURAL_CRITERIA,
        recognition_levels="đạt chuẩn, nâng cao, kiểu mẫu",
    ),
    # The names of the 10 criteria, their order and the count of 47 indicators are those of the press release
    # below; the 47 indicators' names and their requirements for the three groups of communes are not in any
    # source read: they stay empty ("chưa có nguồn") until an administrator loads them from Phụ lục I.
    SetSpec(
        "ntm-xa-2026-2030",
        "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030",
        "Quyết định 51/2025/QĐ-TTg ngày 29/12/2025 (hiệu lực từ 15/2/2026)",
        first_year=2026,
        last_year=2030,
        criteria=tuple(
            (name, "")
            for name in (
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
            )
        ),
        declared_indicator_count=47,
        source_url="https://www.vietnamplus.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-post1085735.vnp",
        source_note=(
            "Tên và thứ tự 10 tiêu chí, tổng số 47 chỉ tiêu: theo bài của TTXVN/VietnamPlus (30/12/2025). "
            "Mỗi tiêu chí chia theo 3 nhóm xã (nhóm 1, nhóm 2, nhóm 3). Tên và yêu cầu của 47 chỉ tiêu chưa có "
            "nguồn đã đọc: nạp từ Phụ lục I của Quyết định bằng bảng tính (toàn văn: xaydungchinhsach.chinhphu.vn)."
        ),
    ),
)


def load_catalogue() -> dict[str, CriteriaSet]:
    """Create or update the national sets; criteria are only created, so an administrator's corrections stay."""
    return {spec.code: _ensure(spec) for spec in SETS}


def new_rural_set() -> CriteriaSet:
    """The 2021-2025 set with its 19 criteria, created the first time it is asked for."""
    return _ensure(SETS[0])


def _ensure(spec: SetSpec) -> CriteriaSet:
    criteria_set, _ = CriteriaSet.objects.update_or_create(
        code=spec.code,
        defaults={
            "name": spec.name,
            "standard": NEW_RURAL,
            "legal_basis": spec.legal_basis,
            "level": Level.objects.get(slug="commune"),
            "first_year": spec.first_year,
            "last_year": spec.last_year,
            "recognition_levels": spec.recognition_levels,
            "declared_criterion_count": len(spec.criteria),
            "declared_indicator_count": spec.declared_indicator_count,
            "source_url": spec.source_url,
            "source_note": spec.source_note,
        },
    )
    for number, (name, group) in enumerate(spec.criteria, start=1):
        Criterion.objects.get_or_create(
            criteria_set=criteria_set, number=number, defaults={"name": name, "group": group}
        )
    return criteria_set
