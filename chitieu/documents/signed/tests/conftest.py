"""A small world for signed reports: Phú Lương's resolution with one target and its 2023 figure, an office clerk,
a signer, the province's office, a numbered annual report and its PDF (made here, not by LibreOffice)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from chitieu.accounts.models import Membership
from chitieu.documents import services as document_services
from chitieu.documents.models import Body, GeneratedFile, ReportDraft, ReportKind
from chitieu.documents.signed.tests.support import (  # noqa: F401 (fixtures)
    make_token,
    text_pdf,
    time_stamp_authority,
    use_token,
    write_trust,
)
from chitieu.plans.models import Indicator, Target
from chitieu.results.door import System, record_observation
from chitieu.results.models import PeriodKind, ReportingPeriod, ValueKind

SIGNER = "Nguyễn Văn Hùng"
SEED = System("test-fixture")


@dataclass
class Office:
    clerk: object
    signer: object
    province_office: object
    draft: ReportDraft
    indicator: Indicator
    period: ReportingPeriod


def person(username: str, role: str, locality, full_name: str, title: str = ""):
    first, _, last = full_name.rpartition(" ")
    user = get_user_model().objects.create_user(
        username, password="chitieu-test", first_name=last, last_name=first
    )
    Membership.objects.create(user=user, role=role, locality=locality, title=title)
    return user


def figure(indicator, locality, value: str, actor=SEED) -> None:
    record_observation(
        actor=actor,
        via="test",
        indicator=indicator,
        locality=locality,
        period_start=date(2023, 1, 1),
        period_end=date(2023, 12, 31),
        value=Decimal(value),
        reported_on=date(2024, 1, 10),
        kind=ValueKind.OFFICIAL,
        reason="Số liệu Chi cục Thống kê",
    )


def attach_pdf(draft: ReportDraft, user, pages: int = 2) -> GeneratedFile:
    """A finished PDF of the draft, with the signer's name on its last page (ASCII: Helvetica in the test)."""
    generated = GeneratedFile.objects.create(draft=draft, format=GeneratedFile.Format.PDF, requested_by=user)
    body = [["BAO CAO", f"Trang {n + 1}"] for n in range(pages - 1)]
    body.append(["T/M BAN THUONG VU", "BI THU", "", "", "", "", "Nguyen Van Hung"])
    generated.file.save("bao-cao.pdf", ContentFile(text_pdf(body)))
    GeneratedFile.objects.filter(pk=generated.pk).update(status=GeneratedFile.Status.DONE, progress=100)
    return generated


@pytest.fixture(autouse=True)
def media(tmp_path, settings):
    """Files under a temporary MEDIA_ROOT; tasks run at once."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    return settings.MEDIA_ROOT


@pytest.fixture
def office(world) -> Office:
    period = ReportingPeriod.objects.create(
        kind=PeriodKind.YEAR,
        name="Năm 2023",
        start=date(2023, 1, 1),
        end=date(2023, 12, 31),
        deadline=date(2099, 1, 1),
    )
    indicator = Indicator.objects.create(
        code="thu-nhap-binh-quan", name="Thu nhập bình quân đầu người", unit="triệu đồng"
    )
    Target.objects.create(
        resolution=world.phu_luong_resolution,
        label="1.",
        name="Thu nhập bình quân đầu người",
        indicator=indicator,
        unit="triệu đồng",
        value=Decimal("60"),
        deadline_year=2025,
    )
    figure(indicator, world.phu_luong, "52,5".replace(",", "."))
    clerk = person("vanphong.pl", Membership.Role.OFFICE, world.phu_luong, "Trần Thị Lan")
    signer = person("ky.pl", Membership.Role.SIGNER, world.phu_luong, SIGNER, "Bí thư")
    Membership.objects.create(user=signer, role=Membership.Role.VIEWER, locality=world.phu_luong)
    province_office = person("vanphong.tn", Membership.Role.OFFICE, world.thai_nguyen, "Lê Văn Bình")
    draft = document_services.create_draft(
        world.phu_luong_resolution,
        kind=ReportKind.ANNUAL,
        as_of=date(2023, 12, 31),
        body=Body.PARTY,
        place="",
        dated=date(2024, 1, 15),
        signer=SIGNER,
        signer_title="",
        user=clerk,
    )
    draft = document_services.assign_number(draft)
    attach_pdf(draft, clerk)
    return Office(clerk, signer, province_office, draft, indicator, period)


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory):
    return make_token(tmp_path_factory.mktemp("softhsm"), SIGNER)


@pytest.fixture
def token(softhsm, tmp_path, settings):
    """The SoftHSM2 token configured as the office's signing device, its CA in the trust list."""
    made = softhsm
    use_token(settings, made)
    settings.CHITIEU_TRUST_DIR = str(write_trust(tmp_path / "trust", made.authority))
    settings.CHITIEU_TSA_URL = ""
    return made
