"""The office's writes to reporting rounds: open a round, lock and unlock a period for a subtree, grant and withdraw
a lock exception, set a unit's approval levels. Each is atomic and leaves a line in the back office's history
(who, when, why); the caller has checked through the access layer that the user keeps the unit.

Reporting periods are one catalogue for the whole country: an office opens a standard round (a month, a quarter,
6 or 9 months, a year) when nobody has yet, and its due date then holds for every unit; a round already open keeps
its due date (only an administrator moves it, since that reopens or closes it everywhere). An office closes a
round early for its own subtree with a lock, and lets a late unit write with an exception until a date.
"""

from calendar import monthrange
from datetime import date

from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from chitieu.localities.models import Locality
from chitieu.results.models import ApprovalRule, LockException, PeriodKind, PeriodLock, ReportingPeriod

# The rounds an office opens, with the number each needs (a month 1-12, a quarter 1-4, none).
ROUND_KINDS = {
    PeriodKind.MONTH: 12,
    PeriodKind.QUARTER: 4,
    PeriodKind.HALF_YEAR: 0,
    PeriodKind.NINE_MONTHS: 0,
    PeriodKind.YEAR: 0,
}


class RoundRefused(ValueError):
    """The write was refused, with the reason in Vietnamese; nothing was written."""


def round_dates(kind: str, year: int, number: int | None = None) -> tuple[date, date, str]:
    """The first and last day of a standard round and its Vietnamese name ("9 tháng năm 2026")."""
    if kind not in ROUND_KINDS:
        raise RoundRefused("Loại kỳ báo cáo không hợp lệ: chọn tháng, quý, 6 tháng, 9 tháng hoặc năm.")
    most = ROUND_KINDS[kind]
    if most and not (number and 1 <= number <= most):
        raise RoundRefused(f"Cần ghi {'tháng (1-12)' if most == 12 else 'quý (1-4)'} của kỳ báo cáo.")
    if kind == PeriodKind.MONTH:
        return (
            date(year, number, 1),
            date(year, number, monthrange(year, number)[1]),
            f"Tháng {number}/{year}",
        )
    if kind == PeriodKind.QUARTER:
        first = 3 * number - 2
        end = date(year, first + 2, monthrange(year, first + 2)[1])
        return date(year, first, 1), end, f"Quý {'I II III IV'.split()[number - 1]} năm {year}"
    if kind == PeriodKind.HALF_YEAR:
        return date(year, 1, 1), date(year, 6, 30), f"6 tháng năm {year}"
    if kind == PeriodKind.NINE_MONTHS:
        return date(year, 1, 1), date(year, 9, 30), f"9 tháng năm {year}"
    return date(year, 1, 1), date(year, 12, 31), f"Năm {year}"


def _log(user: AbstractBaseUser, obj: Model, action: int, message: str) -> None:
    LogEntry.objects.log_actions(user.pk, [obj], action, change_message=message, single_object=True)


def _reason(reason: str, what: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise RoundRefused(f"Cần ghi lý do {what}.")
    return reason


@transaction.atomic
def open_round(
    user: AbstractBaseUser,
    *,
    kind: str,
    year: int,
    number: int | None,
    deadline: date,
    grace_days: int = 0,
) -> tuple[ReportingPeriod, bool]:
    """The round, and whether it was opened now (False: it was open already and keeps its due date, unless the
    user is an administrator, who moves it)."""
    start, end, name = round_dates(kind, year, number)
    if deadline < end:
        raise RoundRefused(f"Hạn nộp ({deadline:%d/%m/%Y}) phải sau ngày cuối kỳ ({end:%d/%m/%Y}).")
    period = ReportingPeriod.objects.select_for_update().filter(kind=kind, start=start, end=end).first()
    if period is None:
        period = ReportingPeriod.objects.create(
            kind=kind, start=start, end=end, name=name, deadline=deadline, grace_days=grace_days
        )
        _log(user, period, ADDITION, f"Mở kỳ báo cáo {name}, hạn nộp {deadline:%d/%m/%Y}.")
        return period, True
    if user.is_superuser and (period.deadline, period.grace_days) != (deadline, grace_days):
        before = f"{period.deadline:%d/%m/%Y} (+{period.grace_days} ngày)"
        period.deadline, period.grace_days = deadline, grace_days
        period.save(update_fields=["deadline", "grace_days"])
        _log(user, period, CHANGE, f"Đổi hạn nộp {before} → {deadline:%d/%m/%Y} (+{grace_days} ngày).")
    return period, False


@transaction.atomic
def lock_period(
    user: AbstractBaseUser, period: ReportingPeriod, locality: Locality, reason: str
) -> PeriodLock:
    """Close the period for the unit and every unit below it, before (or besides) its deadline."""
    reason = _reason(reason, "khóa kỳ báo cáo")
    if PeriodLock.objects.filter(period=period, locality=locality, frozen_by="").exists():
        raise RoundRefused(f"Kỳ {period} đã được khóa cho {locality} từ trước.")
    lock = PeriodLock.objects.create(period=period, locality=locality, reason=reason, locked_by=user)
    _log(user, lock, ADDITION, f"Khóa kỳ {period} cho {locality} và các đơn vị trực thuộc. Lý do: {reason}")
    return lock


@transaction.atomic
def unlock_period(user: AbstractBaseUser, lock: PeriodLock, reason: str) -> None:
    """Lift an office's lock (never the freeze of a signed report: only a reopen with a reason lifts that)."""
    reason = _reason(reason, "mở khóa")
    if lock.frozen_by:
        raise RoundRefused("Khóa này giữ số liệu của một báo cáo đã ký: chỉ mở lại (có lý do) mới gỡ được.")
    _log(user, lock, DELETION, f"Mở khóa kỳ {lock.period} cho {lock.locality}. Lý do: {reason}")
    lock.delete()


@transaction.atomic
def grant_exception(
    user: AbstractBaseUser, period: ReportingPeriod, locality: Locality, until: date, reason: str
) -> LockException:
    """Let the unit (and those below it) write the locked period's figures again until a date."""
    reason = _reason(reason, "cho phép nhập sau khóa sổ")
    if until < timezone.localdate():
        raise RoundRefused(f"Ngày hết hạn ngoại lệ ({until:%d/%m/%Y}) đã qua.")
    exception = LockException.objects.create(
        period=period, locality=locality, until=until, reason=reason, granted_by=user
    )
    _log(user, exception, ADDITION, f"Cho {locality} nhập kỳ {period} đến {until:%d/%m/%Y}. Lý do: {reason}")
    return exception


@transaction.atomic
def withdraw_exception(user: AbstractBaseUser, exception: LockException) -> None:
    _log(user, exception, DELETION, f"Thu hồi ngoại lệ: {exception.locality} nhập kỳ {exception.period}.")
    exception.delete()


@transaction.atomic
def set_approval_levels(user: AbstractBaseUser, locality: Locality, levels: int) -> ApprovalRule:
    """How many levels above the unit (and the units below it without a rule of their own) approve its figures;
    whether the sender may approve stays an administrator's decision (the back office)."""
    if not 1 <= levels <= 3:
        raise RoundRefused("Số cấp phê duyệt từ 1 đến 3.")
    rule, created = ApprovalRule.objects.select_for_update().get_or_create(
        locality=locality, defaults={"levels": levels}
    )
    if not created and rule.levels != levels:
        before = rule.levels
        rule.levels = levels
        rule.save(update_fields=["levels"])
        _log(user, rule, CHANGE, f"Số cấp phê duyệt của {locality}: {before} → {levels}.")
    elif created:
        _log(user, rule, ADDITION, f"Số cấp phê duyệt của {locality}: {levels}.")
    return rule
