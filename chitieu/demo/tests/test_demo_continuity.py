"""In the demo, each district's 2020-2025 congress resolution is carried on by the 2025-2030 resolution of a commune on
its territory, a few targets continue the district's, and xã Phong Thổ stands beside huyện Phong Thổ."""

from io import StringIO

import pytest
from django.core.management import call_command

from chitieu.demo.seeds import DISTRICTS
from chitieu.evaluation.engine.definitions import Review
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import Resolution, Target

pytestmark = pytest.mark.usefixtures("demo")
CONTINUED_BY = {
    "Phú Lương": "Yên Trạch",
    "Bạch Thông": "Cẩm Giàng",
    "Phong Thổ": "Phong Thổ",
    "Ba Chẽ": "Lương Minh",
    "Phụng Hiệp": "Hiệp Hưng",
}


def _district_resolution(name: str) -> Resolution:
    return Resolution.objects.get(
        locality__name=name, locality__level__slug="district", term__name="2020-2025", kind="congress"
    )


def test_each_districts_2020_2025_resolution_is_continued_by_a_commune_on_its_territory(db):
    assert set(CONTINUED_BY) == {district.name for district in DISTRICTS}
    for district, commune in CONTINUED_BY.items():
        later = _district_resolution(district).continued_by
        assert later is not None, district
        assert (later.locality.full_name, later.term.name) == (f"Xã {commune}", "2025-2030")


def test_continuing_targets_share_the_indicator_and_start_from_the_districts_end_of_term_figure(db):
    linked = Target.objects.filter(continues__isnull=False).select_related("continues__resolution")
    assert linked.count() >= 5
    for target in linked:
        assert target.indicator_id == target.continues.indicator_id
        assert target.continues.resolution.continued_by_id == target.resolution_id
    hiep_hung = linked.get(
        resolution__locality__name="Hiệp Hưng", indicator__code="thu-nhap-binh-quan-dau-nguoi"
    )
    previous = hiep_hung.continues.resolution
    review = evaluate_resolution(previous, review_config(previous, review=Review.END_OF_TERM))
    old = next(row for row in review.rows if row.target.pk == hiep_hung.continues_id)
    baseline = evaluate_resolution(hiep_hung.resolution).baselines[hiep_hung.pk]
    assert baseline.value == old.evaluation.actual
    assert baseline.carried.target_id == hiep_hung.continues_id


def test_xa_phong_tho_is_formed_from_four_old_units_and_keeps_its_one_stated_target_with_its_address(db):
    commune = Locality.objects.get(name="Phong Thổ", level__slug="commune", scheme=Locality.Scheme.CURRENT)
    olds = set(LocalityLink.objects.filter(successor=commune).values_list("predecessor__name", flat=True))
    assert olds == {"Mường So", "Ma Li Pho", "Huổi Luông", "Phong Thổ"}
    resolution = Resolution.objects.get(locality=commune, term__name="2025-2030")
    stated = resolution.targets.get(is_illustrative=False)
    assert (stated.name, stated.value, stated.needs_checking) == (
        "Giữ vững và nâng cao các tiêu chí nông thôn mới",
        19,
        True,
    )
    assert stated.source_url.startswith("https://trangtraiviet.danviet.vn/phong-tho-phan-dau-giu-vung")


def test_phong_tho_alone_names_the_commune_with_a_notice_and_huyen_phong_tho_the_district(db):
    out, err = StringIO(), StringIO()
    call_command("evaluate", "Phong Thổ", stdout=out, stderr=err)
    assert "Đơn vị: Xã Phong Thổ · Nhiệm kỳ 2025-2030" in out.getvalue()
    assert "Đang dùng Xã Phong Thổ, đơn vị hiện nay" in err.getvalue()
    assert (
        "Giá trị gốc năm 2023: 38 — kết quả cuối kỳ của chỉ tiêu 2. Thu nhập bình quân đầu người"
        in out.getvalue()
    )
    out = StringIO()
    call_command("evaluate", "huyện Phong Thổ", stdout=out)
    assert "Đơn vị: Huyện Phong Thổ · Nhiệm kỳ 2020-2025" in out.getvalue()
