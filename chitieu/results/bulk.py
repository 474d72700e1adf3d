"""Bulk upserts of observations and plan values: validate the whole batch first, then write it in a few queries.

A batch is all or nothing. Every item is checked (types, references, the REPORT permission on its locality,
duplicates inside the batch) and every problem is reported with the item's index and field; only a clean
batch is written, in one transaction, with one upsert per table (see `upsert`). As `record_observation`
does one at a time, a replaced value or text goes to ObservationRevision. Sending the same batch twice
changes nothing the second time.
"""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import connection, transaction
from django.db.models import Model
from django.utils import timezone
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails

from chitieu.accounts.access import REPORT_ROLES, visible_locality_ids
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator, PlanValue, Target
from chitieu.results.locks import closed_units, periods_by_dates
from chitieu.results.models import Observation, ObservationRevision, PeriodKind, ValueKind

MAX_ITEMS = 10_000
MAX_ID = 2**63 - 1
BATCH_SIZE = 2_000

# PostgreSQL cannot store NUL in text; refusing it here keeps a stray byte from becoming a server error.
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$")]
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
    locality_id: int | None = Field(None, ge=1, le=MAX_ID, description="Id của đơn vị; ưu tiên hơn mã.")
    locality_code: Text = Field("", max_length=20, description="Mã đơn vị hành chính chính thức.")
    locality_scheme: SchemeName = Field("2025", description="Danh mục của mã: 2025, legacy hoặc local.")
    period_start: date
    period_end: date
    period_kind: PeriodKindName = "year"
    kind: KindName = Field(
        "official", description="estimate (ước), preliminary (sơ bộ), official (chính thức)."
    )
    value: Decimal | None = Field(None, max_digits=24, decimal_places=6, allow_inf_nan=False)
    text_value: Text = Field("", max_length=120, description="Giá trị bằng chữ (có/không, xếp loại).")
    reported_on: date | None = Field(
        None, description="Ngày có số liệu; bỏ trống: hôm nay cho số mới, giữ nguyên cho số không đổi."
    )
    source: Text = Field("", max_length=300)
    source_sentence: Text = Field("", max_length=5000)
    note: Text = Field("", max_length=5000)
    is_illustrative: bool = False


class PlanValueItem(BaseModel):
    """One plan figure, keyed by (target id, year, source)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    target: int = Field(ge=1, le=MAX_ID, description="Id của chỉ tiêu.")
    year: int = Field(ge=1900, le=2200)
    source: PlanSource = "kế hoạch"
    value: Decimal = Field(max_digits=20, decimal_places=4, allow_inf_nan=False)
    source_sentence: Text = Field("", max_length=5000)
    is_illustrative: bool = False


@dataclass(frozen=True)
class ItemError:
    index: int | None  # None: the batch as a whole
    field: str
    message: str
    code: str = "invalid"  # invalid, not_found, forbidden, duplicate, too_many


@dataclass
class BulkResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    revised: int = 0  # replaced values kept in the history


@dataclass
class BulkRejected(Exception):
    errors: list[ItemError] = field(default_factory=list)


User = AbstractBaseUser | AnonymousUser


def upsert_observations(items: Sequence[Any], user: User, *, reason: str = "") -> BulkResult:
    """Record every item or none; raises BulkRejected listing every bad item."""
    rows, errors = _parse(ObservationItem, items)
    indicators = dict(
        Indicator.objects.filter(code__in={row.indicator for _i, row in rows}).values_list("code", "id")
    )
    localities = _LocalityIndex(row for _i, row in rows)
    reportable = visible_locality_ids(user, REPORT_ROLES)
    keyed: dict[tuple, tuple[int, ObservationItem]] = {}
    for index, row in rows:
        errors.extend(_check_observation(index, row, indicators, localities, reportable, keyed))
    errors.extend(_closed_items(keyed))
    if errors:
        raise BulkRejected(sorted(errors, key=_error_order))
    return _write_observations(keyed, user, reason)


def _closed_items(keyed: dict[tuple, tuple[int, ObservationItem]]) -> list[ItemError]:
    """Items of a reporting period that is locked for their unit, or whose figures were sent or approved:
    the same refusals as the entry page. Values of dates no reporting period covers have no lock."""
    periods = periods_by_dates({(start, end) for _i, _l, start, end, _k in keyed})
    if not periods:
        return []
    units_by_dates: dict[tuple[date, date], set[int]] = defaultdict(set)
    for _indicator, locality_id, start, end, _kind in keyed:
        if (start, end) in periods:
            units_by_dates[(start, end)].add(locality_id)
    closed: dict[tuple[int, date, date], str] = {}
    for dates, units in units_by_dates.items():
        for period in periods[dates]:
            for unit, reason in closed_units(period, units).items():
                closed.setdefault((unit, *dates), f"{period.name}: {reason}")
    return [
        ItemError(index, "period_start", closed[(locality_id, start, end)], "closed")
        for (_indicator, locality_id, start, end, _kind), (index, _row) in keyed.items()
        if (locality_id, start, end) in closed
    ]


def upsert_plan_values(items: Sequence[Any], user: User) -> BulkResult:
    """Set every plan figure or none; raises BulkRejected listing every bad item."""
    rows, errors = _parse(PlanValueItem, items)
    target_ids = {row.target for _i, row in rows}
    target_localities = dict(
        Target.objects.filter(pk__in=target_ids).values_list("pk", "resolution__locality_id")
    )
    visible = visible_locality_ids(user)
    reportable = visible_locality_ids(user, REPORT_ROLES)
    keyed: dict[tuple, tuple[int, PlanValueItem]] = {}
    for index, row in rows:
        locality_id = target_localities.get(row.target)
        if locality_id is None or not _within(locality_id, visible):
            errors.append(ItemError(index, "target", f"Không tìm thấy chỉ tiêu {row.target}.", "not_found"))
            continue
        if not _within(locality_id, reportable):
            errors.append(ItemError(index, "target", _FORBIDDEN, "forbidden"))
            continue
        key = (row.target, row.year, row.source)
        if key in keyed:
            errors.append(_duplicate(index, "source", keyed[key][0]))
            continue
        keyed[key] = (index, row)
    if errors:
        raise BulkRejected(sorted(errors, key=_error_order))
    return _write_plan_values(keyed)


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


_FORBIDDEN = "Bạn không có quyền nhập số liệu cho đơn vị này (403)."


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
    reportable: set[int] | None,
    keyed: dict[tuple, tuple[int, ObservationItem]],
) -> list[ItemError]:
    errors: list[ItemError] = []
    indicator_id = indicators.get(row.indicator)
    if indicator_id is None:
        errors.append(ItemError(index, "indicator", f"Không có chỉ số mã “{row.indicator}”.", "not_found"))
    locality_id, problem = localities.resolve(row)
    if problem is not None:
        errors.append(ItemError(index, problem.field, problem.message, problem.code))
    elif locality_id is not None and not _within(locality_id, reportable):
        name = "locality_id" if row.locality_id is not None else "locality_code"
        errors.append(ItemError(index, name, _FORBIDDEN, "forbidden"))
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


OBSERVATION_KEY = ["indicator_id", "locality_id", "period_start", "period_end", "kind"]
OBSERVATION_DATA = [
    "period_kind",
    "value",
    "text_value",
    "reported_on",
    "source",
    "source_sentence",
    "note",
    "is_illustrative",
    "updated_by_id",
]
# What a re-sent item is compared on: a row equal on these is left alone (not even its updated_at).
OBSERVATION_COMPARED = OBSERVATION_DATA[:-1]
PLAN_VALUE_KEY = ["target_id", "year", "source"]
PLAN_VALUE_DATA = ["value", "source_sentence", "is_illustrative"]


@transaction.atomic
def _write_observations(
    keyed: dict[tuple, tuple[int, ObservationItem]], user: User, reason: str
) -> BulkResult:
    result = BulkResult()
    existing = _existing_observations(list(keyed))
    today = timezone.localdate()
    author = user if user.is_authenticated else None
    author_id = author.pk if author is not None else None
    rows: list[tuple] = []
    revisions: list[ObservationRevision] = []
    for key, (_index, item) in keyed.items():
        old = existing.get(key)
        value_changed = old is None or old["value"] != item.value or old["text_value"] != item.text_value
        data = (
            item.period_kind,
            item.value,
            item.text_value,
            item.reported_on or (today if value_changed else old["reported_on"]),
            item.source,
            item.source_sentence,
            item.note,
            item.is_illustrative,
        )
        if old is not None and data == tuple(old[name] for name in OBSERVATION_COMPARED):
            result.unchanged += 1
            continue
        rows.append((*key, *data, author_id))
        if old is None:
            result.created += 1
            continue
        result.updated += 1
        if value_changed:
            revisions.append(
                ObservationRevision(
                    observation_id=old["id"],
                    value=old["value"],
                    text_value=old["text_value"],
                    reported_on=old["reported_on"],
                    source=old["source"],
                    replaced_by=author,
                    reason=reason,
                )
            )
    ObservationRevision.objects.bulk_create(revisions, batch_size=BATCH_SIZE)
    upsert(Observation, OBSERVATION_KEY, OBSERVATION_DATA, rows)
    result.revised = len(revisions)
    return result


def _existing_observations(keys: list[tuple]) -> dict[tuple, dict[str, Any]]:
    """The stored rows for these keys, locked for the rest of the transaction, by key."""
    if not keys:
        return {}
    indicator_ids, locality_ids, starts, ends, kinds = (set(part) for part in zip(*keys, strict=True))
    wanted = set(keys)
    rows = (
        Observation.objects.select_for_update(of=("self",))
        .order_by()
        .filter(
            indicator_id__in=indicator_ids,
            locality_id__in=locality_ids,
            period_start__in=starts,
            period_end__in=ends,
            kind__in=kinds,
        )
        .values("id", *OBSERVATION_KEY, *OBSERVATION_COMPARED)
    )
    found: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        key = tuple(row[name] for name in OBSERVATION_KEY)
        if key in wanted:
            found[key] = row
    return found


@transaction.atomic
def _write_plan_values(keyed: dict[tuple, tuple[int, PlanValueItem]]) -> BulkResult:
    result = BulkResult()
    existing = {
        tuple(row[name] for name in PLAN_VALUE_KEY): tuple(row[name] for name in PLAN_VALUE_DATA)
        for row in PlanValue.objects.select_for_update(of=("self",))
        .order_by()
        .filter(target_id__in={key[0] for key in keyed})
        .values(*PLAN_VALUE_KEY, *PLAN_VALUE_DATA)
    }
    rows: list[tuple] = []
    for key, (_index, item) in keyed.items():
        data = (item.value, item.source_sentence, item.is_illustrative)
        old = existing.get(key)
        if old == data:
            result.unchanged += 1
            continue
        if old is None:
            result.created += 1
        else:
            result.updated += 1
        rows.append((*key, *data))
    upsert(PlanValue, PLAN_VALUE_KEY, PLAN_VALUE_DATA, rows)
    return result


def upsert(model: type[Model], key: list[str], data: list[str], rows: list[tuple]) -> None:
    """Insert each row (values for `key` then `data`, by attname), or update the data of the row with its key.

    The model's auto_now / auto_now_add timestamps are set as a save would. On PostgreSQL the rows are copied
    into a temporary table and merged in one statement: ten times less Python than `bulk_create`, which the
    100.000-row benchmark needed (docs/api.md). Elsewhere `bulk_create(update_conflicts=True)` does it.
    """
    if not rows:
        return
    if connection.vendor == "postgresql":
        _copy_upsert(model, key, data, rows)
        return
    now_fields = [f.attname for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]
    columns = [*key, *data]
    model._default_manager.bulk_create(
        [model(**dict(zip(columns, row, strict=True))) for row in rows],
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=key,
        update_fields=[*data, *now_fields],
    )


def _copy_upsert(model: type[Model], key: list[str], data: list[str], rows: list[tuple]) -> None:
    opts = model._meta
    stamped = [
        f for f in opts.concrete_fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    now = timezone.now()
    quote = connection.ops.quote_name
    columns = [quote(opts.get_field(name).column) for name in [*key, *data]] + [
        quote(f.column) for f in stamped
    ]
    updated = [quote(opts.get_field(name).column) for name in data]
    updated += [quote(f.column) for f in stamped if f.auto_now]
    names = ", ".join(columns)
    staging = quote("chitieu_bulk_staging")
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{staging}")
        cursor.execute(
            f"CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS SELECT {names} FROM {quote(opts.db_table)} WITH NO DATA"
        )
        stamps = (now,) * len(stamped)
        with cursor.cursor.copy(f"COPY {staging} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row((*row, *stamps))
        conflict = ", ".join(quote(opts.get_field(name).column) for name in key)
        assignments = ", ".join(f"{column} = EXCLUDED.{column}" for column in updated)
        cursor.execute(
            f"INSERT INTO {quote(opts.db_table)} ({names}) SELECT {names} FROM {staging} "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {assignments}"
        )
        cursor.execute(f"DROP TABLE {staging}")
