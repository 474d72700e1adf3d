"""The demo's working month in the 2025-2030 term: the communes of the new Thái Nguyên send, are returned and
approved for the round in course and the one before it, so that every persona finds work on first login.

Every figure, reporter and decision here is invented and marked "Số liệu minh họa". Everything is written
through the write door as a system actor (`DEMO_MONTH`), whose figures wait for approval like a person's. A second
load leaves a round a unit already holds as it stands (what people did in the demo is kept)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model

from chitieu.accounts.models import Membership
from chitieu.demo.spec import illustrative_text
from chitieu.localities.models import Locality
from chitieu.localities.queries import find_locality
from chitieu.plans.models import Indicator, PlanValue, Target
from chitieu.results.door import (
    PlanFigure,
    System,
    decide_submission,
    record_observation,
    save_entries,
    set_plan_values,
)
from chitieu.results.models import PeriodKind, ReportingPeriod, Submission, ValueKind

DEMO_MONTH = System("demo-month", publishes=False)
PROVINCE = "Thái Nguyên"
WHY = "báo cáo của xã do bản demo đặt ra để minh họa một tháng làm việc"
NOTE = illustrative_text(WHY) + "."
REASON = "Nạp dữ liệu mẫu: tháng làm việc (chitieu load-demo)."
RETURN_REASON = (
    "GRDP 9 tháng theo giá hiện hành chưa khớp với báo cáo kinh tế - xã hội của xã; đề nghị kiểm tra lại và ghi "
    "nguồn số liệu ở phần ghi chú. (Số liệu minh họa)"
)
PLAN_WHY = "dự toán năm 2026 do bản demo đặt ra"

SENT, RETURNED, APPROVED, DRAFT, MISSING = "sent", "returned", "approved", "draft", "missing"
OWN = (  # what a commune with its own resolution reports beside the province's summed GRDP
    "thu-nhap-binh-quan-dau-nguoi",
    "thu-ngan-sach-nha-nuoc-tren-dia-ban",
    "ty-le-ho-ngheo-da-chieu",
    "so-lao-dong-duoc-giai-quyet-viec-lam",
    "ty-le-lao-dong-qua-dao-tao",
)
GRDP = ("grdp-gia-hien-hanh", "grdp-gia-so-sanh")


@dataclass(frozen=True)
class CommuneMonth:
    """One commune of the new Thái Nguyên: its illustrative reporter, its state in the round before and in the
    round in course, and its figures of both rounds (indicator code → value, Vietnamese decimal comma)."""

    name: str
    reporter: str  # username of the illustrative reporter ("" for baocao's Yên Trạch, set by users.py)
    reporter_name: tuple[str, str]  # (last name, first name)
    before: str
    now: str
    figures_before: dict[str, str]
    figures_now: dict[str, str]


def _grdp(six: str, nine: str) -> tuple[dict[str, str], dict[str, str]]:
    """The two GRDP levels the province sums (nghìn tỷ đồng), comparable prices about 70% of current ones."""
    return (
        {"grdp-gia-hien-hanh": six, "grdp-gia-so-sanh": _share(six)},
        {"grdp-gia-hien-hanh": nine, "grdp-gia-so-sanh": _share(nine)},
    )


def _share(value: str) -> str:
    return f"{Decimal(value.replace(',', '.')) * Decimal('0.7'):.2f}".replace(".", ",")


COMMUNES = (
    # The reporter's own commune: approved six months, the nine months left for baocao to enter and send.
    CommuneMonth(
        "Yên Trạch",
        "",
        ("", ""),
        APPROVED,
        MISSING,
        {
            "thu-nhap-binh-quan-dau-nguoi": "27,1",
            "thu-ngan-sach-nha-nuoc-tren-dia-ban": "4,6",
            "ty-le-ho-ngheo-da-chieu": "3,5",
            "so-lao-dong-duoc-giai-quyet-viec-lam": "118",
            "ty-le-lao-dong-qua-dao-tao": "66,9",
            **_grdp("0,62", "0,95")[0],
        },
        {},
    ),
    # Sent with a percentage above 100 (61,2 typed as 112): the leader sees the flag and returns it.
    CommuneMonth(
        "Cẩm Giàng",
        "baocao.camgiang",
        ("Lường Thị", "Mai"),
        APPROVED,
        SENT,
        {
            "thu-nhap-binh-quan-dau-nguoi": "21,9",
            "thu-ngan-sach-nha-nuoc-tren-dia-ban": "2,4",
            "ty-le-ho-ngheo-da-chieu": "8,1",
            "so-lao-dong-duoc-giai-quyet-viec-lam": "96",
            "ty-le-lao-dong-qua-dao-tao": "60,4",
            **_grdp("0,41", "0,63")[0],
        },
        {
            "thu-nhap-binh-quan-dau-nguoi": "33,2",
            "thu-ngan-sach-nha-nuoc-tren-dia-ban": "3,8",
            "ty-le-ho-ngheo-da-chieu": "7,8",
            "so-lao-dong-duoc-giai-quyet-viec-lam": "151",
            "ty-le-lao-dong-qua-dao-tao": "112",
            **_grdp("0,41", "0,63")[1],
        },
    ),
    CommuneMonth("Phú Lương", "baocao.phuluong", ("Ma Văn", "Hùng"), APPROVED, SENT, *_grdp("1,84", "2,79")),
    CommuneMonth(
        "Hợp Thành", "baocao.hopthanh", ("Dương Thị", "Thu"), APPROVED, SENT, *_grdp("0,73", "1,12")
    ),
    CommuneMonth(
        "Vô Tranh", "baocao.votranh", ("Nông Văn", "Tuấn"), APPROVED, RETURNED, *_grdp("0,88", "1,37")
    ),
    CommuneMonth(
        "Phú Đình", "baocao.phudinh", ("Hà Thị", "Ngọc"), APPROVED, APPROVED, *_grdp("0,52", "0,80")
    ),
    CommuneMonth(
        "Định Hóa", "baocao.dinhhoa", ("Lộc Văn", "Bình"), APPROVED, APPROVED, *_grdp("1,31", "2,02")
    ),
    CommuneMonth("Đại Từ", "baocao.daitu", ("Trần Thị", "Hoa"), APPROVED, DRAFT, *_grdp("2,05", "3,14")),
    # Never sent the six months: the overdue unit; nothing yet for the nine months.
    CommuneMonth("Trung Hội", "baocao.trunghoi", ("Hoàng Văn", "Sơn"), MISSING, MISSING, {}, {}),
)
# Revenue plans of the year for the communes with their own resolution: "đạt X% dự toán năm" on approval.
PLANS = {"Yên Trạch": "9,5", "Cẩm Giàng": "5,2"}


def previous_round(current: ReportingPeriod) -> ReportingPeriod:
    """The round before the one in course, its deadline past (so a unit that never sent it is overdue): six
    months before nine, the past year before six months, nine months of the past year before the year."""
    year = current.end.year
    if current.kind == PeriodKind.NINE_MONTHS:
        spec = (
            PeriodKind.HALF_YEAR,
            f"6 tháng năm {year}",
            date(year, 1, 1),
            date(year, 6, 30),
            date(year, 7, 20),
        )
    elif current.kind == PeriodKind.HALF_YEAR:
        spec = (
            PeriodKind.YEAR,
            f"Năm {year - 1}",
            date(year - 1, 1, 1),
            date(year - 1, 12, 31),
            date(year, 1, 15),
        )
    else:
        spec = (
            PeriodKind.NINE_MONTHS,
            f"9 tháng năm {year}",
            date(year, 1, 1),
            date(year, 9, 30),
            date(year, 10, 20),
        )
    kind, name, start, end, deadline = spec
    found = ReportingPeriod.objects.filter(kind=kind, start=start, end=end).first()
    if found is not None:
        return found
    return ReportingPeriod.objects.create(
        kind=kind, name=name, start=start, end=end, deadline=deadline, grace_days=5
    )


def load_month(current: ReportingPeriod) -> dict[str, int]:
    """Write the working month for the round in course and the one before it; how many submissions by state."""
    before = previous_round(current)
    province = find_locality(PROVINCE, "province", Locality.Scheme.CURRENT)
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=(*OWN, *GRDP))}
    counts: dict[str, int] = {}
    for spec in COMMUNES:
        commune = find_locality(spec.name, "commune", Locality.Scheme.CURRENT, parent_name=PROVINCE)
        if spec.reporter:
            ensure_reporter(spec, commune)
        for period, state, figures in (
            (before, spec.before, spec.figures_before),
            (current, spec.now, spec.figures_now),
        ):
            if state != MISSING and write_round(period, commune, state, figures, indicators):
                counts[state] = counts.get(state, 0) + 1
    set_plans(province, current.end.year)
    return counts


def ensure_reporter(spec: CommuneMonth, commune: Locality) -> None:
    """An illustrative colleague who reports for the commune (no password: not a demo login), so the office's
    list of units that have not reported, and the reminders, count it."""
    last, first = spec.reporter_name
    user, _ = get_user_model().objects.update_or_create(
        username=spec.reporter, defaults={"last_name": last, "first_name": first, "is_active": True}
    )
    if user.has_usable_password():
        user.set_unusable_password()
        user.save(update_fields=["password"])
    Membership.objects.update_or_create(
        user=user,
        role=Membership.Role.REPORTER,
        locality=commune,
        agency=None,
        defaults={"title": f"Công chức Văn phòng - Thống kê xã {commune.name} ({illustrative_text('')})"},
    )


def write_round(
    period: ReportingPeriod,
    commune: Locality,
    state: str,
    figures: dict[str, str],
    indicators: dict[str, Indicator],
) -> bool:
    """The commune's figures of the period, then its submission brought to `state`; False when the unit already
    holds this round (a second load)."""
    if Submission.objects.filter(period=period, locality=commune).exists():
        return False
    kind = ValueKind.OFFICIAL if period.kind == PeriodKind.HALF_YEAR else ValueKind.ESTIMATE
    for code, value in figures.items():
        record_observation(
            actor=DEMO_MONTH,
            via="",
            indicator=indicators[code],
            locality=commune,
            period_start=period.start,
            period_end=period.end,
            period_kind=period.kind,
            kind=kind,
            value=Decimal(value.replace(",", ".")),
            reported_on=period.end,
            source=f"Báo cáo {period.name} của {commune} (minh họa)",
            note=NOTE,
            is_illustrative=True,
            reason=REASON,
        )
    submission = save_entries(
        user=DEMO_MONTH, period=period, locality=commune, entries=[], submit=state != DRAFT, reason=REASON
    )
    if state in (APPROVED, RETURNED):
        for _level in range(submission.levels if state == APPROVED else 1):
            submission = decide_submission(
                user=DEMO_MONTH,
                submission=submission,
                approve=state == APPROVED,
                reason="" if state == APPROVED else RETURN_REASON,
            )
    return True


def set_plans(province: Locality, year: int) -> None:
    """The year's revenue plan of the communes with their own resolution, where none is stored yet."""
    figures = {}
    for name, value in PLANS.items():
        target = Target.objects.filter(
            resolution__locality__name=name,
            resolution__locality__parent=province,
            indicator__code="thu-ngan-sach-nha-nuoc-tren-dia-ban",
        ).first()
        if target is None or PlanValue.objects.filter(target=target, year=year).exists():
            continue
        figures[(target.pk, year, PlanValue.Source.PLAN)] = PlanFigure(
            Decimal(value.replace(",", ".")), "", is_illustrative=True
        )
    if figures:
        set_plan_values(DEMO_MONTH, figures, via="", reason=illustrative_text(PLAN_WHY))
