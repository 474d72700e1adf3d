"""`load-demo` puts every figure of the five seed articles in the database beside its sentence, flags every number
no article states, reproduces the articles' published counts through the engine, and can run twice."""

import re
from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test.utils import override_settings

from chitieu.accounts.models import Membership
from chitieu.conftest import FAST_HASHERS
from chitieu.core.numbers import format_number, parse_number
from chitieu.demo.seeds import DISTRICTS
from chitieu.demo.spec import ILLUSTRATIVE
from chitieu.evaluation.engine.definitions import Review, Status
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.localities.models import Agency, Locality
from chitieu.plans.models import Indicator, KeyTask, PlanValue, Resolution, Target, TargetGroup, Term
from chitieu.results.models import Observation, ObservationRevision, PeriodKind, ValueKind

pytestmark = pytest.mark.usefixtures("demo")

ARTICLES = Path(settings.PROJECT_DIR).parent / "shared" / "seeds"
ARTICLE_TITLES = {spec.name: spec.article.title for spec in DISTRICTS}
REACHED = {Status.MET, Status.EXCEEDED}


def district(name: str) -> Locality:
    return Locality.objects.get(name=name, level__slug="district", scheme=Locality.Scheme.LEGACY)


def congress(name: str) -> Resolution:
    return Resolution.objects.get(locality=district(name), kind=Resolution.Kind.CONGRESS)


def stated(name: str, code: str, value: str) -> Observation:
    """The one figure of `code` at the district that the article states with this value."""
    return Observation.objects.get(
        locality=district(name), indicator__code=code, value=parse_number(value), is_illustrative=False
    )


# (district, indicator, value as the article writes it, words of the sentence it comes from)
STATED = [
    ("Phú Lương", "so-xa-dat-chuan-ntm", "12", "12/13 xã đạt chuẩn nông thôn mới"),
    ("Phú Lương", "so-xa", "13", "12/13 xã đạt chuẩn nông thôn mới"),
    ("Phú Lương", "ty-le-xa-dat-chuan-ntm", "92,3", "12/13 xã đạt chuẩn nông thôn mới, đạt 92,3%"),
    ("Phú Lương", "so-xa-dat-chuan-ntm-nang-cao", "3", "3 xã đạt chuẩn nông thôn mới nâng cao"),
    ("Phú Lương", "so-xa-dat-chuan-ntm-kieu-mau", "1", "1 xã đạt chuẩn nông thôn mới kiểu mẫu"),
    ("Phú Lương", "so-xa-ntm-thong-minh-thi-diem", "1", "“xã nông thôn mới thông minh”"),
    ("Phú Lương", "so-san-pham-ocop-3-sao-tro-len", "16", "16 sản phẩm OCOP từ 3 sao trở lên"),
    ("Phú Lương", "so-san-pham-duoc-cap-van-bang-bao-ho", "5", "5 sản phẩm nông nghiệp"),
    ("Phú Lương", "so-chuong-trinh-ke-hoach-ban-hanh", "8", "8 chương trình, kế hoạch"),
    ("Phú Lương", "so-de-an-ban-hanh", "9", "9 đề án"),
    ("Phú Lương", "ty-le-truong-dat-chuan-quoc-gia", "92,5", "92,5% trường học đạt chuẩn Quốc gia"),
    ("Phú Lương", "ty-le-thon-to-dan-pho-van-hoa", "97,73", "97,73% xóm, tổ dân phố"),
    ("Phú Lương", "ty-le-gia-dinh-van-hoa", "96,13", "96,13% gia đình đạt tiêu chuẩn văn hóa"),
    ("Phú Lương", "ty-le-xa-dat-chuan-quoc-gia-ve-y-te", "100", "100% xã, thị trấn của huyện đạt chuẩn"),
    ("Phú Lương", "so-to-cong-nghe-so-cong-dong", "214", "214 tổ công nghệ số cộng đồng"),
    ("Phú Lương", "so-thanh-vien-to-cong-nghe-so", "1567", "1567 thành viên"),
    ("Phú Lương", "ty-le-co-quan-nha-nuoc-dung-chu-ky-so", "100", "100% cơ quan nhà nước sử dụng chữ ký số"),
    ("Phú Lương", "muc-giam-ty-le-ho-ngheo-can-ngheo", "1,19", "giảm bình quân hàng năm đạt 1,19%"),
    ("Phú Lương", "ty-le-khu-dan-cu-co-camera-an-ninh", "100", "tại 100% khu dân cư"),
    (
        "Bạch Thông",
        "thu-nhap-binh-quan-dau-nguoi",
        "32,29",
        "thu nhập bình quân đầu người đạt 32,29 triệu đồng",
    ),
    ("Bạch Thông", "so-truong-dat-chuan-quoc-gia", "18", "18/32 trường học đạt chuẩn quốc gia"),
    ("Bạch Thông", "so-truong-hoc", "32", "18/32 trường học đạt chuẩn quốc gia"),
    ("Bạch Thông", "ty-le-ho-ngheo-da-chieu", "20,66", "theo Nghị định số 07/2021/NĐ-CP là 20,66%"),
    ("Bạch Thông", "ty-le-xa-co-duong-o-to-cung-hoa", "100", "100% xã có đường ô tô"),
    ("Bạch Thông", "ty-le-bao-phu-bhyt", "95", "bảo hiểm y tế đạt 95%"),
    ("Bạch Thông", "ty-le-tot-nghiep-thpt", "100", "trung học phổ thông hằng\xa0năm đạt 100%"),
    ("Bạch Thông", "ty-le-ho-su-dung-dien", "98", "98% hộ dân được sử dụng điện"),
    ("Bạch Thông", "ty-le-dan-cu-nong-thon-dung-nuoc-hop-ve-sinh", "95", "95% dân cư nông thôn"),
    ("Bạch Thông", "ty-le-nguoi-dan-tiep-can-phuong-tien-nghe-nhin", "100", "100% người dân được tiếp cận"),
    ("Bạch Thông", "ty-le-ho-ngheo-can-ngheo-thu-huong-chinh-sach", "100", "100% hộ nghèo, cận nghèo"),
    ("Bạch Thông", "so-xa-dat-chuan-ntm", "3", "3/13 xã được công nhận đạt chuẩn nông thôn mới"),
    ("Bạch Thông", "so-xa", "13", "3/13 xã"),
    (
        "Bạch Thông",
        "so-xa-dat-chuan-ntm-nang-cao",
        "1",
        "1 xã được công nhận đạt chuẩn nông thôn mới nâng cao",
    ),
    ("Bạch Thông", "so-xa-dat-11-14-tieu-chi-ntm", "9", "9 xã đạt từ 11 - 14 tiêu chí"),
    ("Bạch Thông", "so-thon-dat-chuan-ntm", "7", "7/133 thôn đạt chuẩn nông thôn mới"),
    ("Bạch Thông", "so-thon", "133", "7/133 thôn"),
    ("Bạch Thông", "so-san-pham-ocop-3-sao-tro-len", "23", "23 sản phẩm OCOP xếp hạng 3 sao"),
    ("Bạch Thông", "so-hop-tac-xa", "44", "44 hợp tác xã"),
    ("Bạch Thông", "von-dang-ky-hop-tac-xa", "110", "gần 110 tỷ\xa0đồng"),
    ("Bạch Thông", "so-htx-hoat-dong-hieu-qua", "24", "24 hợp tác xã hoạt động hiệu quả"),
    ("Bạch Thông", "so-to-chuc-dang-duoc-kiem-tra", "8", "8 tổ chức đảng"),
    ("Bạch Thông", "so-dang-vien-duoc-kiem-tra", "79", "79 đảng viên"),
    ("Bạch Thông", "so-nghi-quyet-chuyen-de-ban-hanh", "5", "5 nghị quyết chuyên đề"),
    ("Phong Thổ", "thu-nhap-binh-quan-dau-nguoi", "28", "28 triệu đồng/người/năm"),
    ("Phong Thổ", "so-xa-dat-chuan-ntm", "4", "4 xã đạt chuẩn xây dựng nông thôn mới"),
    ("Phong Thổ", "ty-le-ho-ngheo", "20,49", "đến năm 2020 còn 20,49%"),
    ("Phong Thổ", "muc-giam-ty-le-ho-ngheo", "4", "giảm bình quân 4%/năm"),
    ("Phong Thổ", "so-dang-vien-moi-ket-nap", "868", "kết nạp 868 đảng viên mới"),
    ("Phong Thổ", "so-dang-vien", "3.200", "hơn 3.200 đảng viên"),
    ("Phong Thổ", "so-to-chuc-co-so-dang", "53", "53 chi, đảng bộ cơ sở"),
    ("Phong Thổ", "ty-le-to-chuc-co-so-dang-htt-nv", "75", "trên 75% tổ chức cơ sở đảng"),
    ("Phong Thổ", "ty-le-dang-vien-htt-nv", "90", "90% đảng viên hoàn thành tốt nhiệm vụ"),
    (
        "Ba Chẽ",
        "thu-ngan-sach-nha-nuoc-tren-dia-ban",
        "30",
        "đạt trên 30 tỷ đồng, đạt 84,3% dự toán huyện giao",
    ),
    ("Ba Chẽ", "toc-do-tang-gia-tri-san-xuat", "17", "duy trì 17%"),
    ("Ba Chẽ", "ty-le-giai-ngan-von-dau-tu-cong", "96,9", "đạt 96,9%"),
    ("Ba Chẽ", "toc-do-tang-san-luong-luong-thuc-dong-xuan", "8,9", "vụ Đông Xuân tăng 8,9%"),
    ("Ba Chẽ", "dien-tich-trong-rung-tap-trung", "3.772", "trồng rừng tập trung đạt 3.772 ha, đạt 125,7"),
    ("Ba Chẽ", "dien-tich-trong-rung-go-lon", "813", "813 ha, đạt 156% kế hoạch"),
    ("Ba Chẽ", "so-truong-dat-chuan-quoc-gia", "21", "21/21 trường"),
    ("Ba Chẽ", "so-truong-hoc", "21", "21/21 trường"),
    ("Ba Chẽ", "so-truong-duoc-cong-nhan-dat-chuan-moi", "2", "thêm 02 trường"),
    ("Ba Chẽ", "so-nha-o-duoc-ho-tro-cai-thien", "147", "147 nhà ở"),
    ("Ba Chẽ", "kinh-phi-ho-tro-cai-thien-nha-o", "4,3", "trên 4,3 tỷ đồng"),
    ("Ba Chẽ", "so-ho-thoat-ngheo", "45", "giảm 45 hộ nghèo, đạt 68,2% kế hoạch"),
    ("Ba Chẽ", "ty-le-ho-ngheo", "1,29", "tỷ lệ hộ nghèo còn 1,29%"),
    ("Ba Chẽ", "so-nha-dai-doan-ket", "33", "33 nhà ở"),
    ("Ba Chẽ", "gia-tri-nha-dai-doan-ket", "0,995", "995 triệu đồng"),
    ("Ba Chẽ", "so-dang-vien-moi-ket-nap", "26", "26 đảng viên mới"),
    ("Ba Chẽ", "so-dang-vien", "2033", "2033 đảng viên"),
    ("Ba Chẽ", "so-uy-vien-ban-chap-hanh", "37", "gồm 37 đồng chí"),
    ("Ba Chẽ", "ty-le-phieu-trung-cu-cap-uy-vien", "90", "đều trên 90%"),
    ("Ba Chẽ", "ty-le-phieu-bau-bi-thu", "100", "tỷ lệ phiếu bầu đạt 100%"),
    ("Ba Chẽ", "so-ky-hop-hdnd", "4", "4 kỳ họp"),
    ("Ba Chẽ", "so-nghi-quyet-hdnd", "24", "24 nghị quyết quan trọng"),
    ("Phụng Hiệp", "gia-tri-san-xuat", "8.100", "gần 8.100 tỉ đồng, tăng 9,17%"),
    ("Phụng Hiệp", "von-dau-tu-phat-trien-toan-xa-hoi", "2.722", "2.722 tỉ đồng, tăng 15,7%, đạt 114,3%"),
    ("Phụng Hiệp", "so-mo-hinh-ung-dung-cong-nghe-cao", "165", "165 mô hình ứng dụng công nghệ cao"),
    ("Phụng Hiệp", "so-mo-hinh-vietgap", "10", "10 mô hình theo tiêu chuẩn VietGAP"),
    ("Phụng Hiệp", "so-san-pham-ocop-de-xuat-5-sao", "3", "3 sản phẩm OCOP đề xuất công nhận 5 sao"),
    ("Phụng Hiệp", "so-diem-tham-quan-du-lich", "10", "10 điểm tham quan, du lịch"),
    ("Phụng Hiệp", "doanh-thu-du-lich", "12", "hơn 12 tỉ đồng, tăng gấp 3 lần"),
    ("Phụng Hiệp", "so-tuyen-lo-giao-thong-nong-thon", "6", "6 tuyến lộ"),
    ("Phụng Hiệp", "so-cau-giao-thong-nong-thon", "42", "42 cầu giao thông nông thôn"),
    ("Phụng Hiệp", "gia-tri-cong-trinh-giao-thong-nong-thon", "17", "trên 17 tỉ đồng"),
    ("Phụng Hiệp", "quy-vi-nguoi-ngheo", "45,2", "45,2 tỉ đồng, đạt 152% chỉ tiêu"),
    ("Phụng Hiệp", "so-nha-dai-doan-ket", "172", "172 nhà đại đoàn kết"),
    ("Phụng Hiệp", "gia-tri-nha-dai-doan-ket", "8,1", "trị giá 8,1 tỉ đồng"),
    ("Phụng Hiệp", "ty-le-bao-phu-bhyt", "93,72", "93,72% dân số, đạt 100% kế hoạch tỉnh giao"),
    ("Phụng Hiệp", "so-nguoi-tham-gia-bhyt", "175.300", "175.300 người dân"),
    ("Phụng Hiệp", "muc-giam-ty-le-ho-ngheo", "2,5", "tỷ lệ hộ nghèo của huyện giảm 2,5%"),
    ("Phụng Hiệp", "ty-le-ho-ngheo-can-ngheo", "10,5", "nay còn 10,5%"),
    ("Phụng Hiệp", "so-du-an-giai-phong-mat-bang", "20", "20 dự án"),
    ("Phụng Hiệp", "so-du-an-moi", "8", "8 dự án mới"),
    ("Phụng Hiệp", "so-du-an-chuyen-tiep", "12", "12 dự án chuyển tiếp"),
    ("Phụng Hiệp", "so-ho-bi-thu-hoi-dat", "2.400", "hơn 2.400 hộ bị thu hồi đất"),
    ("Phụng Hiệp", "dien-tich-dat-thu-hoi", "374", "374ha"),
    ("Phụng Hiệp", "so-ho-da-ban-giao-mat-bang", "2.200", "2.200 hộ"),
    ("Phụng Hiệp", "kinh-phi-boi-thuong-duoc-phe-duyet", "325", "hơn 325 tỉ đồng"),
    ("Phụng Hiệp", "so-tuyen-cao-toc-qua-dia-ban", "2", "2 tuyến đường Cao tốc"),
    ("Phụng Hiệp", "chieu-dai-cao-toc-da-ban-giao-mat-bang", "42", "hơn 42km"),
    ("Phụng Hiệp", "ty-le-cu-tri-tham-gia-bau-cu-truong-ap", "100", "tham gia bầu cử đạt 100%"),
]


@pytest.mark.parametrize(("name", "code", "value", "words"), STATED, ids=[f"{r[0]}-{r[1]}" for r in STATED])
def test_each_figure_of_the_articles_is_stored_with_its_sentence(db, name, code, value, words):
    observation = stated(name, code, value)
    assert words in observation.source_sentence
    assert observation.source.startswith(ARTICLE_TITLES[name])


def test_phu_luong_counts_12_of_13_communes_as_a_ratio_of_two_indicators(db):
    target = Target.objects.get(resolution=congress("Phú Lương"), name="Tỷ lệ xã đạt chuẩn nông thôn mới")
    indicator = target.indicator
    assert target.kind == Target.Kind.RATIO
    assert indicator.rollup == Indicator.Rollup.RATIO
    assert (indicator.numerator.code, indicator.denominator.code) == ("so-xa-dat-chuan-ntm", "so-xa")
    assert indicator.numerator.name == "Số xã đạt chuẩn nông thôn mới"
    numerator = stated("Phú Lương", "so-xa-dat-chuan-ntm", "12")
    denominator = stated("Phú Lương", "so-xa", "13")
    assert "12/13 xã đạt chuẩn nông thôn mới" in numerator.source_sentence
    assert (numerator.period_start, numerator.period_end) == (
        denominator.period_start,
        denominator.period_end,
    )
    assert numerator.source.startswith("Huyện Phú Lương phát huy thành tích")


def test_phu_luong_resolution_has_9_targets_with_25_child_targets(db):
    resolution = congress("Phú Lương")
    assert resolution.congress_ordinal == "XXIV"
    assert resolution.issuing_body == "Đảng bộ huyện Phú Lương"
    assert resolution.term.name == "2020-2025"
    assert resolution.children_min_share_pct == Decimal(60)
    assert resolution.targets.filter(parent=None).count() == 9
    assert resolution.targets.exclude(parent=None).count() == 25
    assert all(t.children.exists() for t in resolution.targets.filter(parent=None))
    assert "9/9 chỉ tiêu (21/25 chỉ tiêu thành phần)" in resolution.source_note


def test_the_engine_finds_9_of_9_targets_and_21_of_25_child_targets_at_phu_luong_mid_term(db):
    resolution = congress("Phú Lương")
    reported = stated("Phú Lương", "so-xa-dat-chuan-ntm", "12").reported_on
    result = evaluate_resolution(
        resolution, review_config(resolution, as_of=reported, review=Review.MID_TERM)
    )
    parents = [row.evaluation.status for row in result.rows if row.depth == 0]
    children = [row.evaluation.status for row in result.rows if row.depth == 1]
    assert (len(parents), sum(s in REACHED for s in parents)) == (9, 9)
    assert (len(children), sum(s in REACHED for s in children)) == (25, 21)


def test_phu_luong_poverty_target_falls_1_19_points_a_year(db):
    target = Target.objects.get(resolution=congress("Phú Lương"), indicator__code="ty-le-ho-ngheo-can-ngheo")
    assert target.kind == Target.Kind.POINT_CHANGE
    assert target.direction == Target.Direction.HIGHER
    assert (target.baseline_value, target.baseline_year) == (Decimal("10.52"), 2020)
    result = evaluate_resolution(target.resolution)
    row = next(row for row in result.rows if row.target == target)
    assert row.evaluation.actual == Decimal("1.19")


def test_phu_luong_aims_to_be_a_new_rural_district_in_2024_and_keeps_its_key_tasks(db):
    resolution = congress("Phú Lương")
    target = resolution.targets.get(form=Target.Form.YES_NO)
    assert (target.kind, target.deadline_year, target.is_illustrative) == (Target.Kind.YES_NO, 2024, False)
    assert "phấn đấu đến năm 2024 sẽ trở thành huyện nông thôn mới" in target.source_sentence
    tasks = resolution.key_tasks.filter(kind=KeyTask.Kind.KEY_TASK)
    assert tasks.count() == 5
    assert all(task.source_sentence for task in tasks)


def test_bach_thong_declares_37_targets_in_4_areas_and_2_key_tasks(db):
    resolution = congress("Bạch Thông")
    assert resolution.congress_ordinal == "XV"
    assert "đã đề ra 37 chỉ tiêu trên 4 lĩnh vực" in resolution.source_note
    assert list(resolution.groups.values_list("name", flat=True)) == [
        "Kinh tế",
        "Văn hóa, xã hội",
        "Quốc phòng, an ninh, nội chính",
        "Xây dựng đảng, chính quyền, Mặt trận Tổ quốc, đoàn thể",
    ]
    assert 0 < resolution.targets.count() <= 37
    assert resolution.key_tasks.filter(kind=KeyTask.Kind.KEY_TASK).count() == 2


def test_bach_thong_new_jobs_reach_103_percent_of_an_illustrative_plan(db):
    target = Target.objects.get(
        resolution=congress("Bạch Thông"), indicator__code="so-lao-dong-duoc-giai-quyet-viec-lam"
    )
    plan = target.plans.get()
    observation = Observation.objects.get(locality=district("Bạch Thông"), indicator=target.indicator)
    assert plan.is_illustrative and observation.is_illustrative
    assert observation.value / plan.value == Decimal("1.03")
    assert "đạt 103% kế hoạch giao" in observation.source_sentence
    assert "suy ra từ tỷ lệ" in observation.note


PHONG_THO = [
    ("1.", "Tổng giá trị sản xuất", "8.848", "exact", False, "level"),
    ("2.", "Thu nhập bình quân đầu người", "45", "exact", False, "level"),
    ("3.", "Tổng sản lượng lương thực có hạt", "35.000", "min_bound", True, "level"),
    ("4.", "Tốc độ tăng đàn gia súc bình quân", "5", "exact", False, "growth_rate"),
    ("5.", "Xây dựng nông thôn mới", None, "exact", False, "level"),
    ("6.", "Tỷ lệ bản có đường ô tô đến bản được cứng hóa", "85", "min_bound", True, "level"),
    ("7.", "Thu ngân sách nhà nước trên địa bàn", "55", "exact", False, "level"),
    ("8.", "Giá trị xuất khẩu hàng địa phương", "30", "min_bound", True, "level"),
    ("9.", "Tỷ lệ hộ nghèo giảm bình quân hằng năm", "3", "exact", False, "point_change"),
    ("10.", "Lao động, việc làm", None, "exact", False, "level"),
    ("11.", "Số đảng viên mới được kết nạp hằng năm", "120", "min_bound", True, "annual"),
]
PHONG_THO_CHILDREN = {
    "5.": [("Tỷ lệ xã đạt chuẩn nông thôn mới", "43", "min_bound", True, "ratio")],
    "10.": [
        ("Số lao động được đào tạo hằng năm", "1.000", "min_bound", True, "annual"),
        ("Tỷ lệ lao động qua đào tạo", "50", "exact", False, "level"),
        ("Số lao động được giải quyết việc làm hằng năm", "1.000", "min_bound", True, "annual"),
    ],
}


def test_phong_tho_has_its_11_key_targets_with_the_published_values(db):
    targets = congress("Phong Thổ").targets.filter(parent=None).order_by("order")
    found = [(t.label, t.name, t.value, t.form, t.strict, t.kind) for t in targets]
    assert found == [
        (label, name, parse_number(value) if value else None, form, strict, kind)
        for label, name, value, form, strict, kind in PHONG_THO
    ]
    assert not any(t.is_illustrative for t in congress("Phong Thổ").targets.all())
    assert all(t.source_sentence for t in targets)
    for label, children in PHONG_THO_CHILDREN.items():
        kids = targets.get(label=label).children.order_by("order")
        for name, value, form, strict, kind in children:
            kid = kids.get(name=name)
            assert (kid.value, kid.form, kid.strict, kid.kind) == (parse_number(value), form, strict, kind)
    below_15 = targets.get(label="5.").children.get(indicator__code="so-xa-duoi-15-tieu-chi-ntm")
    assert (below_15.value, below_15.direction, below_15.form) == (0, "lower", "max_bound")


def test_phong_tho_poverty_target_starts_from_20_49_percent_in_2020_and_has_two_programmes(db):
    resolution = congress("Phong Thổ")
    poverty = resolution.targets.get(kind=Target.Kind.POINT_CHANGE)
    assert (poverty.baseline_value, poverty.baseline_year, poverty.direction) == (
        Decimal("20.49"),
        2020,
        "higher",
    )
    assert "Tỷ lệ hộ nghèo giảm bình quân 3%/năm" in poverty.source_sentence
    programmes = resolution.key_tasks.filter(kind=KeyTask.Kind.BREAKTHROUGH).order_by("order")
    assert [p.text for p in programmes] == [
        "Phát triển nông nghiệp hàng hóa gắn với kinh tế cửa khẩu",
        "Xây dựng đội ngũ cán bộ, công chức cấp xã có phẩm chất, năng lực và uy tín ngang tầm nhiệm vụ",
    ]


def test_ba_che_revenue_is_measured_against_two_budget_estimates(db):
    resolution = Resolution.objects.get(locality=district("Ba Chẽ"), kind=Resolution.Kind.ANNUAL, year=2020)
    assert (resolution.number, resolution.term.name) == ("13-NQ/HU", "2015-2020")
    target = resolution.targets.get(indicator__code="thu-ngan-sach-nha-nuoc-tren-dia-ban")
    assert (target.value, target.form) == (Decimal(36), Target.Form.MIN_BOUND)
    assert "phấn đấu số thu cả năm đạt tối thiểu 36 tỷ đồng" in target.source_sentence
    plans = {p.source: p for p in target.plans.all()}
    assert plans[PlanValue.Source.DISTRICT_BUDGET].value == Decimal("35.587")
    assert plans[PlanValue.Source.PROVINCE_BUDGET].value == Decimal("33.86")
    assert all(p.is_illustrative for p in plans.values())
    assert "30 / 84,3%" in target.text and "30 / 88,6%" in target.text
    nine_months = stated("Ba Chẽ", "thu-ngan-sach-nha-nuoc-tren-dia-ban", "30")
    assert (nine_months.period_start, nine_months.period_end) == (date(2020, 1, 1), date(2020, 9, 30))
    assert (nine_months.period_kind, nine_months.kind) == (PeriodKind.NINE_MONTHS, ValueKind.ESTIMATE)
    assert "Trên 30 tỷ đồng" in nine_months.note
    result = evaluate_resolution(resolution)
    row = next(row for row in result.rows if row.target == target)
    assert {p.source: round(p.pct, 1) for p in row.evaluation.plan_ratios} == {
        "dự toán huyện giao": Decimal("84.3"),
        "dự toán tỉnh giao": Decimal("88.6"),
    }


def test_ba_che_forest_and_poverty_plans_reproduce_the_published_percentages(db):
    resolution = Resolution.objects.get(locality=district("Ba Chẽ"), year=2020)
    result = evaluate_resolution(resolution)
    ratios = {
        row.target.indicator.code: round(row.evaluation.plan_ratios[0].pct, 1)
        for row in result.rows
        if row.evaluation.plan_ratios and row.target.indicator.code != "thu-ngan-sach-nha-nuoc-tren-dia-ban"
    }
    assert ratios == {
        "dien-tich-trong-rung-tap-trung": Decimal("125.7"),
        "dien-tich-trong-rung-go-lon": Decimal("156.0"),
        "so-ho-thoat-ngheo": Decimal("68.2"),
    }
    below_one = resolution.targets.get(indicator__code="ty-le-ho-ngheo")
    assert (below_one.value, below_one.form, below_one.strict, below_one.direction) == (
        1,
        "max_bound",
        True,
        "lower",
    )
    assert resolution.targets.get(indicator__code="so-xa-duoc-cong-nhan-ntm-trong-nam").value == 2
    assert congress("Ba Chẽ").congress_ordinal == "XXV"


def test_phung_hiep_met_or_exceeded_17_of_17_targets_of_its_2023_resolution(db):
    resolution = Resolution.objects.get(
        locality=district("Phụng Hiệp"), kind=Resolution.Kind.ANNUAL, year=2023
    )
    result = evaluate_resolution(resolution, review_config(resolution, as_of=date(2024, 1, 9)))
    statuses = [row.evaluation.status for row in result.rows]
    assert (len(statuses), sum(s in REACHED for s in statuses)) == (17, 17)
    ratios = {row.target.indicator.code: round(row.evaluation.ratio_pct, 1) for row in result.rows}
    assert ratios["so-dang-vien-moi-ket-nap"] == Decimal("107.0")
    assert ratios["quy-vi-nguoi-ngheo"] == Decimal("152.0")
    assert ratios["thu-noi-dia"] == Decimal("125.4")
    assert ratios["von-dau-tu-phat-trien-toan-xa-hoi"] == Decimal("114.3")
    growth = next(r for r in result.rows if r.target.kind == Target.Kind.GROWTH_RATE)
    assert round(growth.evaluation.actual, 2) == Decimal("9.17")


def test_phung_hiep_congress_targets_are_9_met_4_near_and_3_below_at_the_end_of_2023(db):
    resolution = congress("Phụng Hiệp")
    assert (resolution.congress_ordinal, resolution.near_band_pct) == ("XII", Decimal(90))
    result = evaluate_resolution(resolution, review_config(resolution, as_of=date(2024, 1, 9)))
    statuses = [row.evaluation.status for row in result.rows]
    assert len(statuses) == 16
    assert sum(s in REACHED for s in statuses) == 9
    assert statuses.count(Status.NEAR) == 4
    assert statuses.count(Status.NOT_MET) == 3


def test_phung_hiep_2024_resolution_declares_17_targets_6_key_tasks_and_2_breakthroughs(db):
    resolution = Resolution.objects.get(locality=district("Phụng Hiệp"), year=2024)
    assert resolution.groups.get().declared_count == 17
    assert not resolution.targets.exists()
    assert resolution.key_tasks.filter(kind=KeyTask.Kind.KEY_TASK).count() == 6
    assert resolution.key_tasks.filter(kind=KeyTask.Kind.BREAKTHROUGH).count() == 2
    assert "6 nhiệm vụ trọng tâm, 17 chỉ tiêu chủ yếu" in resolution.source_note


def test_every_figure_without_a_source_sentence_is_illustrative_or_gives_its_source_address(db):
    # The 2025-2030 sources keep no sentences: their figures and targets carry the address and a reworded note.
    assert Observation.objects.exists()
    unsourced = Observation.objects.filter(source_sentence="", is_illustrative=False)
    assert not unsourced.exclude(source__startswith="https://").exists()
    assert all(observation.note for observation in unsourced)
    targets = Target.objects.filter(source_sentence="", is_illustrative=False).exclude(value=None)
    assert not targets.filter(source_url="").exists()
    assert not targets.filter(source_note="").exists()
    assert not PlanValue.objects.filter(source_sentence="", is_illustrative=False).exists()


def test_every_illustrative_number_says_so_where_a_reader_sees_it(db):
    for observation in Observation.objects.filter(is_illustrative=True):
        assert observation.note.startswith(ILLUSTRATIVE), observation
    for target in Target.objects.filter(is_illustrative=True):
        assert ILLUSTRATIVE in target.text, target
    for plan in PlanValue.objects.filter(is_illustrative=True):
        assert ILLUSTRATIVE in plan.target.text, plan
    for observation in Observation.objects.filter(is_illustrative=False):
        assert ILLUSTRATIVE not in observation.note, observation


# Targets whose number is the count of the units the sentence names rather than a written numeral.
COUNTED_FROM_NAMES = {"Số xã được công nhận đạt chuẩn nông thôn mới nâng cao trong năm": "xã Lương Mông"}


def test_every_stated_number_is_written_in_its_sentence(db):
    # A 2025-2030 source keeps no sentence: its number is written in the note that rewords it.
    for observation in Observation.objects.filter(is_illustrative=False).exclude(value=None):
        written = {format_number(observation.value), format(observation.value.normalize(), "f")}
        said = observation.source_sentence or observation.note
        assert any(w in said for w in written) or "quy đổi" in observation.note, observation
    for target in Target.objects.filter(is_illustrative=False).exclude(value=None):
        said = target.source_sentence or target.source_note
        none_left = target.value == 0 and "không còn" in said.lower()
        named = COUNTED_FROM_NAMES.get(target.name)
        counted = named is not None and named in said
        assert format_number(target.value) in said or none_left or counted, target


def test_figures_are_known_on_the_article_date_or_after_their_period(db):
    for observation in Observation.objects.filter(is_illustrative=False):
        assert observation.reported_on >= observation.period_start, observation
    for observation in Observation.objects.filter(is_illustrative=True, source_sentence=""):
        # An estimate of the year ("ước thực hiện") is made before the year ends.
        known = observation.period_start if observation.kind == ValueKind.ESTIMATE else observation.period_end
        assert observation.reported_on >= known, observation
    phung_hiep = Observation.objects.filter(locality=district("Phụng Hiệp"), is_illustrative=False)
    assert set(phung_hiep.values_list("reported_on", flat=True)) == {date(2024, 1, 9)}


@pytest.mark.skipif(not ARTICLES.is_dir(), reason="the seed articles are not beside the repository")
def test_every_source_sentence_is_copied_verbatim_from_an_article(db):
    texts = [path.read_text() for path in ARTICLES.glob("*.txt")]
    sentences = {
        *Observation.objects.exclude(source_sentence="").values_list("source_sentence", flat=True),
        *Target.objects.exclude(source_sentence="").values_list("source_sentence", flat=True),
        *PlanValue.objects.exclude(source_sentence="").values_list("source_sentence", flat=True),
        *KeyTask.objects.exclude(source_sentence="").values_list("source_sentence", flat=True),
    }
    missing = [s for s in sentences if not any(s in text for text in texts)]
    assert not missing
    # The 2025-2030 resolutions come from files that keep addresses, not articles.
    for note in Resolution.objects.exclude(term__name="2025-2030").values_list("source_note", flat=True):
        first = re.split(r"(?<=[.;])\s", note, maxsplit=1)[0]
        assert any(first in text for text in texts), first


def test_loading_the_demo_twice_gives_the_same_rows(db):
    models = [
        Term,
        Indicator,
        Agency,
        Resolution,
        TargetGroup,
        Target,
        PlanValue,
        KeyTask,
        Observation,
        ObservationRevision,
        Membership,
        Group,
        get_user_model(),
    ]
    before = {model.__name__: model.objects.count() for model in models}
    with override_settings(PASSWORD_HASHERS=FAST_HASHERS):
        call_command("load_demo", stdout=StringIO())
    assert {model.__name__: model.objects.count() for model in models} == before
    assert before["ObservationRevision"] == 0
