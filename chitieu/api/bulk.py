"""Bulk upserts of observations and plan values: validate the whole batch first, then write it in a few queries.

A batch is all or nothing. Every item is checked here for its form (types, references, duplicates inside the
batch), then by the write door for scope, reporting period, locks and approval state; every problem is reported
with the item's index and field, and only a clean batch is written, in one transaction, by the door's set-wise
path. A replaced value or text goes to the history. Sending the same batch twice changes nothing the second time.
"""

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.utils import timezone
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

from chitieu.accounts.access import visible_locality_ids
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator, PlanValue, Target
from chitieu.results.door import BulkResult, Refused, set_plan_values, write_observations
from chitieu.results.models import PeriodKind, ValueKind

MAX_ITEMS = 10_000
MAX_ID = 2**63 - 1
BATCH_SIZE = 2_000

# PostgreSQL cannot store NUL in text; refusing it here keeps a stray byte from becoming a server error.
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$")]

# Numbers, ids and dates as a machine writes them: Python would also read "1_000", Arabic-Indic or full-width
# digits, true as 1 and a Unix time as a date, which no office means.
_ASCII_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?", re.ASCII)
_ASCII_ID = re.compile(r"[0-9]+", re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
FIRST_DAY = date(2000, 1, 1)
YEARS_AHEAD = 10


def _plain_number(value: Any) -> Any:
    if isinstance(value, bool) or (isinstance(value, str) and not _ASCII_NUMBER.fullmatch(value.strip())):
        raise PydanticCustomError("number_form", "number_form")
    return value


def _plain_id(value: Any) -> Any:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | str)  # 3.0 is a JSON float (read as a Decimal), not an id
        or (isinstance(value, str) and not _ASCII_ID.fullmatch(value.strip()))
    ):
        raise PydanticCustomError("id_form", "id_form")
    return value


def _plain_date(value: Any) -> Any:
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.fullmatch(value.strip())):
        return value
    raise PydanticCustomError("date_parsing", "date_parsing")


def last_day() -> date:
    return date(timezone.localdate().year + YEARS_AHEAD, 12, 31)


def _in_range(value: date | None) -> date | None:
    if value is not None and not FIRST_DAY <= value <= last_day():
        raise PydanticCustomError("date_range", "date_range", {"last": f"{last_day():%d/%m/%Y}"})
    return value


Number = Annotated[Decimal, BeforeValidator(_plain_number)]
Id = Annotated[int, BeforeValidator(_plain_id)]
Day = Annotated[date, BeforeValidator(_plain_date), AfterValidator(_in_range)]
KIND_NAMES = {
    "estimate": ValueKind.ESTIMATE,
    "preliminary": ValueKind.PRELIMINARY,
    "official": ValueKind.OFFICIAL,
}
KIND_BY_VALUE = {value: name for name, value in KIND_NAMES.items()}
# Literals rather than the models' enums, so the JSON schema lists the values inline.
KindName = Literal[tuple(KIND_NAMES)]  # type: ignore[valid-type]
PeriodKindName = Literal[tuple(PeriodKind.values)]  # type: ignore[valid-type]
SchemeName = Literal[tuple(Locality.Scheme.values)]  # type: ignore[valid-type]
PlanSource = Literal[tuple(PlanValue.Source.values)]  # type: ignore[valid-type]


class ObservationItem(BaseModel):
    """One value to record, keyed by (indicator, locality, period start, period end, kind)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    indicator: Text = Field(min_length=1, max_length=80, description="Mã chỉ số (Indicator.code).")
    locality_id: Id | None = Field(None, ge=1, le=MAX_ID, description="Id của đơn vị; ưu tiên hơn mã.")
    locality_code: Text = Field("", max_length=20, description="Mã đơn vị hành chính chính thức.")
    locality_scheme: SchemeName = Field("2025", description="Danh mục của mã: 2025, legacy hoặc local.")
    period_start: Day
    period_end: Day
    period_kind: PeriodKindName = "year"
    kind: KindName = Field(
        "official", description="estimate (ước), preliminary (sơ bộ), official (chính thức)."
    )
    value: Number | None = Field(None, max_digits=24, decimal_places=6, allow_inf_nan=False)
    text_value: Text = Field("", max_length=120, description="Giá trị bằng chữ (có/không, xếp loại).")
    reported_on: Day | None = Field(
        None, description="Ngày có số liệu; bỏ trống: hôm nay cho số mới, giữ nguyên cho số không đổi."
    )
    source: Text = Field("", max_length=300)
    source_sentence: Text = Field("", max_length=5000)
    note: Text = Field("", max_length=5000)
    is_illustrative: bool = False


class PlanValueItem(BaseModel):
    """One plan figure, keyed by (target id, year, source)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    target: Id = Field(ge=1, le=MAX_ID, description="Id của chỉ tiêu.")
    year: Id = Field(ge=FIRST_DAY.year, le=2100, description="Năm kế hoạch, từ 2000 đến mười năm tới.")
    source: PlanSource = "kế hoạch"
    value: Number = Field(max_digits=20, decimal_places=4, allow_inf_nan=False)
    source_sentence: Text = Field("", max_length=5000)
    is_illustrative: bool = False


@dataclass(frozen=True)
class ItemError:
    index: int | None  # None: the batch as a whole
    field: str
    message: str
    code: str = "invalid"  # invalid, not_found, forbidden, duplicate, too_many


@dataclass
class BulkRejected(Exception):
    errors: list[ItemError] = field(default_factory=list)


User = AbstractBaseUser | AnonymousUser


def upsert_observations(
    items: Sequence[Any], user: User, *, reason: str = "", via: str = "api"
) -> BulkResult:
    """Record every item or none; raises BulkRejected listing every bad item."""
    rows, errors = _parse(ObservationItem, items)
    indicators = dict(
        Indicator.objects.filter(code__in={row.indicator for _i, row in rows}).values_list("code", "id")
    )
    localities = _LocalityIndex(row for _i, row in rows)
    keyed: dict[tuple, tuple[int, ObservationItem]] = {}
    for index, row in rows:
        errors.extend(_check_observation(index, row, indicators, localities, keyed))
    if errors:
        raise BulkRejected(sorted(errors, key=_error_order))
    try:
        return write_observations(
            user, {key: row for key, (_i, row) in keyed.items()}, via=via, reason=reason
        )
    except Refused as refused:
        raise BulkRejected(_refused_items(refused, keyed, locality_field)) from refused


def locality_field(row: ObservationItem) -> str:
    return "locality_id" if row.locality_id is not None else "locality_code"


def _refused_items(refused: Refused, keyed: dict[tuple, tuple[int, Any]], field_of) -> list[ItemError]:
    """The door's refusals as item errors, in the order of the batch."""
    errors = []
    for key, refusal in refused.refusals.items():
        index, row = keyed[key]
        name = field_of(row) if refusal.code == "forbidden" else refusal.field
        errors.append(ItemError(index, name, refusal.message, refusal.code))
    return sorted(errors, key=_error_order)


def upsert_plan_values(items: Sequence[Any], user: User) -> BulkResult:
    """Set every plan figure or none; raises BulkRejected listing every bad item. Only the office of the
    resolution's unit may set them (the door refuses anyone else)."""
    rows, errors = _parse(PlanValueItem, items)
    target_ids = {row.target for _i, row in rows}
    target_localities = dict(
        Target.objects.filter(pk__in=target_ids).values_list("pk", "resolution__locality_id")
    )
    visible = visible_locality_ids(user)
    keyed: dict[tuple, tuple[int, PlanValueItem]] = {}
    for index, row in rows:
        locality_id = target_localities.get(row.target)
        if locality_id is None or not _within(locality_id, visible):
            errors.append(ItemError(index, "target", f"Không tìm thấy chỉ tiêu {row.target}.", "not_found"))
            continue
        key = (row.target, row.year, row.source)
        if key in keyed:
            errors.append(_duplicate(index, "source", keyed[key][0]))
            continue
        keyed[key] = (index, row)
    if errors:
        raise BulkRejected(sorted(errors, key=_error_order))
    try:
        return set_plan_values(user, {key: row for key, (_i, row) in keyed.items()}, via="api")
    except Refused as refused:
        raise BulkRejected(_refused_items(refused, keyed, lambda _row: "target")) from refused


def error_message(error: ErrorDetails | Mapping[str, Any]) -> str:
    """A pydantic error in Vietnamese."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in _MESSAGES:
        return _MESSAGES[kind].format(**{k: _show(v) for k, v in ctx.items()})
    return f"Không hợp lệ: {error.get('msg', '')}"


_MESSAGES = {
    "missing": "Thiếu trường bắt buộc.",
    "extra_forbidden": "Trường này không được hỗ trợ.",
    "int_parsing": "Phải là số nguyên.",
    "int_type": "Phải là số nguyên.",
    "int_from_float": "Phải là số nguyên.",
    "decimal_parsing": "Phải là một số, dấu chấm thập phân (ví dụ 1234.5).",
    "decimal_type": "Phải là một số, dấu chấm thập phân (ví dụ 1234.5).",
    "finite_number": "Phải là một số hữu hạn.",
    "decimal_max_digits": "Quá nhiều chữ số (tối đa {max_digits}).",
    "decimal_whole_digits": "Phần nguyên quá dài (tối đa {whole_digits} chữ số).",
    "decimal_max_places": "Quá nhiều chữ số thập phân (tối đa {decimal_places}).",
    "date_parsing": "Phải là ngày dạng YYYY-MM-DD.",
    "date_range": "Ngày phải từ 01/01/2000 đến {last}.",
    "number_form": "Phải là một số JSON, hoặc chuỗi chỉ gồm chữ số ASCII và dấu chấm thập phân (ví dụ 1234.5).",
    "id_form": "Phải là một số nguyên (chữ số ASCII).",
    "date_from_datetime_parsing": "Phải là ngày dạng YYYY-MM-DD.",
    "date_from_datetime_inexact": "Phải là ngày dạng YYYY-MM-DD.",
    "date_type": "Phải là ngày dạng YYYY-MM-DD.",
    "greater_than_equal": "Phải lớn hơn hoặc bằng {ge}.",
    "greater_than": "Phải lớn hơn {gt}.",
    "less_than_equal": "Phải nhỏ hơn hoặc bằng {le}.",
    "less_than": "Phải nhỏ hơn {lt}.",
    "string_too_long": "Dài quá {max_length} ký tự.",
    "string_too_short": "Không được để trống.",
    "too_long": "Quá nhiều phần tử (tối đa {max_length}).",
    "string_pattern_mismatch": "Có ký tự không hợp lệ.",
    "string_type": "Phải là chuỗi ký tự.",
    "literal_error": "Phải là một trong các giá trị: {expected}.",
    "enum": "Phải là một trong các giá trị: {expected}.",
    "bool_parsing": "Phải là true hoặc false.",
    "bool_type": "Phải là true hoặc false.",
    "model_type": "Mỗi mục phải là một đối tượng.",
    "model_attributes_type": "Mỗi mục phải là một đối tượng.",
    "dict_type": "Mỗi mục phải là một đối tượng.",
    "list_type": "Phải là một danh sách.",
}


def _show(value: object) -> str:
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def _parse[M: BaseModel](model: type[M], items: Sequence[Any]) -> tuple[list[tuple[int, M]], list[ItemError]]:
    if len(items) > MAX_ITEMS:
        return [], [ItemError(None, "items", f"Tối đa {_show(MAX_ITEMS)} mục mỗi lần gửi.", "too_many")]
    rows: list[tuple[int, M]] = []
    errors: list[ItemError] = []
    for index, item in enumerate(items):
        try:
            rows.append((index, model.model_validate(item)))
        except PydanticValidationError as exc:
            for error in exc.errors():
                name = ".".join(str(part) for part in error["loc"])
                errors.append(ItemError(index, name, error_message(error)))
    return rows, errors


class _LocalityIndex:
    """The localities a batch names, by id and by (scheme, code), loaded in two queries."""

    def __init__(self, rows) -> None:
        ids: set[int] = set()
        codes: set[str] = set()
        for row in rows:
            if row.locality_id is not None:
                ids.add(row.locality_id)
            elif row.locality_code:
                codes.add(row.locality_code)
        self.ids = set(Locality.objects.filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
        self.by_code: dict[tuple[str, str], list[int]] = defaultdict(list)
        if codes:
            for pk, scheme, code in Locality.objects.filter(code__in=codes).values_list(
                "pk", "scheme", "code"
            ):
                self.by_code[(scheme, code)].append(pk)

    def resolve(self, row: ObservationItem) -> tuple[int | None, ItemError | None]:
        if row.locality_id is not None:
            if row.locality_id in self.ids:
                return row.locality_id, None
            return None, ItemError(None, "locality_id", f"Không có đơn vị id {row.locality_id}.", "not_found")
        if not row.locality_code:
            return None, ItemError(None, "locality_id", "Cần locality_id hoặc locality_code.", "invalid")
        found = self.by_code.get((row.locality_scheme, row.locality_code), [])
        if len(found) == 1:
            return found[0], None
        if not found:
            message = f"Không có đơn vị mã “{row.locality_code}” trong danh mục {row.locality_scheme}."
            return None, ItemError(None, "locality_code", message, "not_found")
        message = f"Mã “{row.locality_code}” trùng ở nhiều cấp; hãy dùng locality_id."
        return None, ItemError(None, "locality_code", message, "invalid")


def _check_observation(
    index: int,
    row: ObservationItem,
    indicators: dict[str, int],
    localities: _LocalityIndex,
    keyed: dict[tuple, tuple[int, ObservationItem]],
) -> list[ItemError]:
    errors: list[ItemError] = []
    indicator_id = indicators.get(row.indicator)
    if indicator_id is None:
        errors.append(ItemError(index, "indicator", f"Không có chỉ số mã “{row.indicator}”.", "not_found"))
    locality_id, problem = localities.resolve(row)
    if problem is not None:
        errors.append(ItemError(index, problem.field, problem.message, problem.code))
    if row.period_end < row.period_start:
        errors.append(ItemError(index, "period_end", "Ngày kết thúc kỳ trước ngày bắt đầu."))
    if row.value is None and not row.text_value:
        errors.append(ItemError(index, "value", "Cần giá trị số (value) hoặc giá trị bằng chữ (text_value)."))
    if errors:
        return errors
    key = (indicator_id, locality_id, row.period_start, row.period_end, KIND_NAMES[row.kind])
    if key in keyed:
        return [_duplicate(index, "kind", keyed[key][0])]
    keyed[key] = (index, row)
    return []


def _duplicate(index: int, name: str, first: int) -> ItemError:
    return ItemError(index, name, f"Trùng khóa với mục {first}: mỗi khóa chỉ được gửi một lần.", "duplicate")


def _within(locality_id: int, ids: set[int] | None) -> bool:
    return ids is None or locality_id in ids


def _error_order(error: ItemError) -> tuple[int, str]:
    return (-1 if error.index is None else error.index, error.field)
