"""The demo's 2025-2030 term: the new provinces' real targets with their sources, Lai Châu's illustrative list,
one new commune on each seed district's territory formed through the official merge links, and each commune
assessed against the criteria set in force each year."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from chitieu.criteria.catalogue import NEW_RURAL
from chitieu.criteria.models import CriteriaSet
from chitieu.criteria.services import met_count
from chitieu.demo.seeds import DISTRICTS
from chitieu.demo.seeds.current import UNITS
from chitieu.demo.spec import ILLUSTRATIVE
from chitieu.evaluation.queries import evaluate_resolution
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import Resolution, Target
from chitieu.reports.tests.conftest import text_of
from chitieu.results.models import Observation

pytestmark = pytest.mark.usefixtures("demo")
CURRENT = Locality.Scheme.CURRENT


def resolution_of(name: str, level: str = "province") -> Resolution:
    return Resolution.objects.get(
        term__name="2025-2030", locality__name=name, locality__level__slug=level, locality__scheme=CURRENT
    )


def test_show_resolution_thai_nguyen_prints_the_real_2025_2030_targets_each_with_its_address(db):
    out = StringIO()
    call_command("show_resolution", "Thái Nguyên", stdout=out)
    text = out.getvalue()
    assert "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ I, nhiệm kỳ 2025-2030" in text
    assert "Nhiệm kỳ 2025-2030" in text
    lines = text.splitlines()
    for figure in ("361,6 nghìn tỷ đồng", "220 triệu đồng", "từ 10,5%/năm trở lên", "trên 75%"):
        at = next(i for i, line in enumerate(lines) if f"chỉ tiêu {figure}" in line)
        assert lines[at + 1].strip().startswith("Nguồn: https://www.vietnamplus.vn/"), lines[at : at + 2]
    assert text.count("Nguồn: https://") == 11
    assert "thực hiện 114,1 triệu đồng (năm 2025, ước thực hiện)" in text


def test_the_real_targets_keep_an_address_and_a_reworded_note_never_a_sentence(db):
    targets = Target.objects.filter(
        resolution__term__name="2025-2030", resolution__locality__level__slug="province"
    )
    real = targets.filter(is_illustrative=False)
    assert real.count() == 11 + 21 + 18
    assert not real.exclude(source_sentence="").exists()
    assert not real.filter(source_url="").exists()
    assert all("không phải câu nguyên văn" in note for note in real.values_list("source_note", flat=True))


def test_rows_the_files_mark_uncertain_or_translated_back_are_to_be_checked(db):
    can_tho = resolution_of("Cần Thơ").targets.all()
    assert can_tho.count() == 18 and not can_tho.filter(needs_checking=False).exists()
    assert all("dịch ngược" in t.source_note for t in can_tho)
    party = resolution_of("Thái Nguyên").targets.get(label="9.")
    assert party.needs_checking and "bị cắt" in party.source_note
    gdp = resolution_of("Thái Nguyên").targets.get(label="1.")
    assert not gdp.needs_checking
    quang_ninh = resolution_of("Quảng Ninh").targets.filter(needs_checking=True)
    inferred = [*range(5, 9), 10, *range(13, 22)]  # rows 5-21 without a stated deadline, but 9, 11 and 12
    assert sorted(int(t.label.rstrip(".")) for t in quang_ninh) == inferred


def test_can_tho_declares_28_targets_and_the_summary_flags_the_18_found(db):
    resolution = resolution_of("Cần Thơ")
    assert resolution.declared_count == 28
    out = StringIO()
    call_command("evaluate", "Cần Thơ", stdout=out)
    summary = out.getvalue()
    assert "Nghị quyết nêu 28 chỉ tiêu nhưng đang theo dõi 18" in summary
    assert "Hậu Giang (cũ) đạt và vượt 18/18" in resolution.source_note


def test_lai_chau_holds_an_illustrative_list_marked_as_such(db):
    resolution = resolution_of("Lai Châu")
    assert resolution.congress_ordinal == "XV"
    assert resolution.targets.count() == 6
    assert not resolution.targets.filter(is_illustrative=False).exists()
    assert all(t.text.startswith(ILLUSTRATIVE) for t in resolution.targets.all())
    assert "Số liệu minh họa" in resolution.source_note


def test_each_seed_district_has_a_new_commune_formed_from_old_ones_and_an_illustrative_resolution(db):
    communes = [unit for unit in UNITS if unit.level == "commune"]
    assert {unit.territory_of for unit in communes} == {district.name for district in DISTRICTS}
    for unit in communes:
        resolution = resolution_of(unit.name, "commune")
        commune = resolution.locality
        olds = LocalityLink.objects.filter(successor=commune, predecessor__parent__name=unit.territory_of)
        assert olds.count() >= 1, unit.name
        assert set(unit.formed_from) <= set(
            LocalityLink.objects.filter(successor=commune).values_list("predecessor__name", flat=True)
        )
        assert commune.valid_from.isoformat() == "2025-07-01"
        # Illustrative, but for a target the congress report states (xã Phong Thổ's), kept with its address.
        assert resolution.targets.exists()
        assert not resolution.targets.filter(is_illustrative=False, source_url="").exists()
        assert "(minh họa)" in resolution.title


def test_each_new_commune_is_assessed_against_19_criteria_in_2025_and_10_in_2026(db):
    for unit in UNITS:
        if unit.level != "commune":
            continue
        commune = resolution_of(unit.name, "commune").locality
        assert met_count(commune, 2025, NEW_RURAL)[2] == 19
        assert met_count(commune, 2026, NEW_RURAL)[2] == 10


def test_every_current_figure_is_real_with_an_address_or_illustrative_and_known_by_december_2026(db):
    # The working month's commune reports (chitieu/demo/month.py) are counted apart: all illustrative.
    month = Observation.objects.filter(updated_via="system:demo-month")
    assert month.exists() and not month.filter(is_illustrative=False).exists()
    figures = Observation.objects.filter(locality__scheme=CURRENT).exclude(pk__in=month)
    assert figures.filter(is_illustrative=False).count() == 9
    assert figures.filter(is_illustrative=True).count() == 32
    assert not figures.filter(is_illustrative=False).exclude(source__startswith="https://").exists()
    assert max(figures.values_list("reported_on", flat=True)).isoformat() <= "2026-12-02"


def test_every_resolution_of_the_demo_evaluates(db):
    for resolution in Resolution.objects.all():
        result = evaluate_resolution(resolution)
        assert len(result.rows) == resolution.targets.count(), resolution


def test_the_target_page_and_the_dashboard_say_what_to_check_and_link_the_source(db, client):
    client.force_login(get_user_model().objects.get(username="admin"))
    target = resolution_of("Cần Thơ").targets.get(label="7.")
    page = client.get(reverse("reports:target", args=[target.pk])).content.decode()
    assert f'href="{target.source_url}"' in page
    assert "lũy kế hoặc một năm" in page
    board = text_of(client.get(reverse("reports:dashboard", args=[target.resolution_id])))
    assert board.count("cần đối chiếu") >= 18


def test_the_criteria_matrix_of_2026_says_how_many_of_the_47_indicators_have_no_source(db, client):
    client.force_login(get_user_model().objects.get(username="lanhdao"))
    province = resolution_of("Thái Nguyên").locality
    criteria_set = CriteriaSet.objects.get(code="ntm-xa-2026-2030")
    page = text_of(client.get(reverse("reports:criteria_matrix", args=[province.pk, criteria_set.pk, 2026])))
    assert "Văn bản quy định 47 chỉ tiêu; đã nạp 0, số còn lại chưa có nguồn." in page
    assert "Tiếp cận pháp luật và an ninh, quốc phòng" in page
    for commune in ("Yên Trạch", "Cẩm Giàng"):
        assert commune in page


@pytest.mark.django_db
def test_the_demo_opens_the_rounds_of_the_year_in_course_with_deadlines_from_today():
    from datetime import date

    from chitieu.demo.build import open_reporting_rounds

    rounds = open_reporting_rounds(date(2026, 12, 2))
    assert [(r.name, r.start, r.end, r.deadline) for r in rounds] == [
        ("9 tháng năm 2026", date(2026, 1, 1), date(2026, 9, 30), date(2026, 12, 9)),
        ("Năm 2026", date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 15)),
    ]
    assert open_reporting_rounds(date(2027, 3, 1))[0].name == "Năm 2026"
