"""The entry page: what a reporter must report, Vietnamese typing, flags, evidence, drafts, submitting."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from chitieu.results.models import (
    Commentary,
    Evidence,
    Observation,
    ObservationRevision,
    Submission,
    ValueKind,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url(entry, locality=None):
    return reverse("results:entry", args=[entry.period.pk, (locality or entry.world.yen_ninh).pk])


def post(client, entry, data, locality=None, **files):
    return client.post(url(entry, locality), {**data, **files})


def value_of(indicator, entry):
    return Observation.objects.get(indicator=indicator, locality=entry.world.yen_ninh).value


@pytest.fixture
def reporting(client, reporter, entry, frozen):
    client.force_login(reporter)
    return client


def test_the_reporter_sees_the_targets_of_the_commune_and_of_the_district_above(reporting, entry):
    page = reporting.get(url(entry)).content.decode()
    assert "Thu nhập bình quân đầu người" in page
    assert "Thu ngân sách trên địa bàn" in page  # Phú Lương's target, reported by its communes
    assert "Số trường đạt chuẩn quốc gia" in page and "Tổng số trường" in page  # parts of a ratio target
    assert "52 <small>(Nghị quyết năm)</small>" in page  # the plan value beside the input
    assert ">60 triệu đồng<" in page  # the resolution's target, in its own unit


def test_it_reads_vietnamese_numbers(reporting, entry):
    response = post(
        reporting,
        entry,
        {
            f"i{entry.income_indicator.pk}-value": "1.234,5",
            f"i{entry.income_indicator.pk}-kind": ValueKind.ESTIMATE,
            f"i{entry.income_indicator.pk}-note": "ước tính cả năm",
            f"i{entry.trained.indicator_id}-value": "72,3%",
            f"i{entry.trained.indicator_id}-kind": ValueKind.OFFICIAL,
            f"i{entry.district_revenue.indicator_id}-value": "30 tỷ",
            f"i{entry.district_revenue.indicator_id}-kind": ValueKind.ESTIMATE,
            f"i{entry.district_revenue.indicator_id}-note": "đơn vị tỷ đồng nhập nhầm",
        },
    )
    assert response.status_code == 302
    assert value_of(entry.income_indicator, entry) == Decimal("1234.5")
    assert value_of(entry.trained.indicator, entry) == Decimal("72.3")
    assert value_of(entry.district_revenue.indicator, entry) == Decimal(30_000_000_000)
    assert Submission.objects.get().status == Submission.Status.DRAFT


@pytest.mark.parametrize("typed", ["1.5", "1,234.5", "abc", "12 34"])
def test_it_refuses_ambiguous_numbers_and_says_how_to_type_them(reporting, entry, typed):
    response = post(
        reporting,
        entry,
        {f"i{entry.income_indicator.pk}-value": typed, f"i{entry.income_indicator.pk}-kind": 1},
    )
    assert response.status_code == 200
    assert "Không đọc được" in response.content.decode()
    assert not Observation.objects.exists()


def test_a_ratio_over_300_percent_is_flagged_and_needs_a_note(reporting, entry):
    key = f"i{entry.income_indicator.pk}"
    response = post(reporting, entry, {f"{key}-value": "250", f"{key}-kind": 1})
    assert "hãy ghi chú giải thích" in response.content.decode()
    assert not Observation.objects.exists()
    response = post(
        reporting, entry, {f"{key}-value": "250", f"{key}-kind": 1, f"{key}-note": "gồm cả kiều hối"}
    )
    assert response.status_code == 302
    assert Observation.objects.get().note == "gồm cả kiều hối"


def test_the_flag_check_on_blur_shows_a_tenfold_jump(reporting, entry):
    from datetime import date

    Observation.objects.create(
        indicator=entry.income_indicator,
        locality=entry.world.yen_ninh,
        period_start=date(2023, 1, 1),
        period_end=date(2023, 9, 30),
        period_kind="9m",
        value=Decimal(40),
        reported_on=date(2023, 10, 5),
    )
    check = reverse(
        "results:check", args=[entry.period.pk, entry.world.yen_ninh.pk, entry.income_indicator.pk]
    )
    response = reporting.post(check, {f"i{entry.income_indicator.pk}-value": "4.200"}, HTTP_HX_REQUEST="true")
    assert "gấp 105 lần" in response.content.decode()
    assert "<html" not in response.content.decode()
    response = reporting.post(check, {f"i{entry.income_indicator.pk}-value": "4.2"}, HTTP_HX_REQUEST="true")
    assert "Không đọc được" in response.content.decode()


def test_commentary_and_evidence_are_kept(reporting, entry):
    key = f"i{entry.income_indicator.pk}"
    upload = SimpleUploadedFile("bao-cao-9-thang.pdf", PDF, content_type="application/pdf")
    response = post(
        reporting,
        entry,
        {
            f"{key}-value": "45",
            f"{key}-kind": 1,
            f"{key}-result": "Ước đạt 45 triệu đồng",
            f"{key}-difficulties": "Giá nông sản giảm",
        },
        evidence=upload,
    )
    assert response.status_code == 302
    note = Commentary.objects.get(target=entry.income)
    assert (note.result, note.difficulties) == ("Ước đạt 45 triệu đồng", "Giá nông sản giảm")
    evidence = Evidence.objects.get()
    assert (evidence.file_type, evidence.original_name) == ("pdf", "bao-cao-9-thang.pdf")
    download = reporting.get(reverse("results:evidence", args=[evidence.pk]))
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("so-lieu.pdf", b"MZ\x90\x00 not a pdf at all", "không đúng loại"),
        ("anh.png", PDF, "không đúng loại"),  # a PDF wearing a .png name
        ("to-lon.pdf", PDF + b"0" * (10 * 1024 * 1024), "quá giới hạn 10 MB"),
    ],
)
def test_it_refuses_wrong_or_oversized_files_and_saves_nothing(reporting, entry, name, content, message):
    key = f"i{entry.income_indicator.pk}"
    response = post(
        reporting, entry, {f"{key}-value": "45", f"{key}-kind": 1}, evidence=SimpleUploadedFile(name, content)
    )
    assert message in response.content.decode()
    assert not Evidence.objects.exists() and not Observation.objects.exists()


def test_submitting_twice_sends_it_once(reporting, entry):
    key = f"i{entry.income_indicator.pk}"
    data = {f"{key}-value": "45", f"{key}-kind": 1, "submit": "1"}
    assert post(reporting, entry, data).status_code == 302
    again = post(reporting, entry, data)
    assert "đang chờ phê duyệt" in again.content.decode()
    submission = Submission.objects.get()
    assert submission.status == Submission.Status.SUBMITTED
    assert submission.events.count() == 1


def test_two_people_saving_one_value_at_once_the_second_is_told_and_sees_the_first(
    reporting, entry, client, reporter
):
    key = f"i{entry.income_indicator.pk}"
    page = reporting.get(url(entry))
    seen = page.context["form"][f"{key}-versions"].value()
    first = post(reporting, entry, {f"{key}-value": "45", f"{key}-kind": 1, f"{key}-versions": seen})
    assert first.status_code == 302
    second = post(reporting, entry, {f"{key}-value": "47", f"{key}-kind": 1, f"{key}-versions": seen})
    assert "Người khác vừa lưu giá trị 45" in second.content.decode()
    assert value_of(entry.income_indicator, entry) == Decimal(45)
    # Knowing it now, the second person saves again and replaces it; the first value stays in the history.
    fresh = second.context["form"].data[f"{key}-versions"]
    third = post(reporting, entry, {f"{key}-value": "47", f"{key}-kind": 1, f"{key}-versions": fresh})
    assert third.status_code == 302
    assert value_of(entry.income_indicator, entry) == Decimal(47)
    assert ObservationRevision.objects.get().value == Decimal(45)


def test_a_locked_period_refuses_changes(reporting, reporter, entry, frozen):
    from datetime import date

    frozen.move_to(date(2024, 10, 16))  # deadline 10/10 + 5 grace days
    reporting.force_login(reporter)  # days later: a new session (the idle timeout ended the old one)
    key = f"i{entry.income_indicator.pk}"
    response = post(reporting, entry, {f"{key}-value": "45", f"{key}-kind": 1})
    assert "Kỳ báo cáo đã khóa từ ngày 16/10/2024" in response.content.decode()
    assert not Observation.objects.exists()
