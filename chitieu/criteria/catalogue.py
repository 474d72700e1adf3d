"""The national new-rural standard for communes, 2021-2025 (QĐ 318/QĐ-TTg): its 19 criteria in 5 groups."""

from chitieu.criteria.models import CriteriaSet, Criterion
from chitieu.localities.models import Level

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


def new_rural_set() -> CriteriaSet:
    """The set with its 19 criteria, created the first time it is asked for."""
    code, name, basis = NEW_RURAL_SET
    criteria_set, _ = CriteriaSet.objects.get_or_create(
        code=code,
        defaults={
            "name": name,
            "legal_basis": basis,
            "level": Level.objects.get(slug="commune"),
            "first_year": 2021,
            "last_year": 2025,
            "recognition_levels": "đạt chuẩn, nâng cao, kiểu mẫu",
        },
    )
    for number, (criterion, group) in enumerate(NEW_RURAL_CRITERIA, start=1):
        Criterion.objects.get_or_create(
            criteria_set=criteria_set, number=number, defaults={"name": criterion, "group": group}
        )
    return criteria_set
