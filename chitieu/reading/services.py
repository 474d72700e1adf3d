"""Writes of the reading pages: a reviewed target list becomes a resolution's groups and targets, and an
accepted claim becomes an observation. Each is atomic: nothing is written when one row is wrong."""

from datetime import date
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify

from chitieu.core.numbers import whole_number
from chitieu.localities.models import Locality
from chitieu.localities.units import fold
from chitieu.plans.models import Indicator, Resolution, Target, TargetGroup
from chitieu.reading.linking import NEW_INDICATOR
from chitieu.results.door import record_observation
from chitieu.results.models import Observation

NEEDS_VALUE = {"exact", "min_bound", "max_bound", "approximate", "range", "count_fraction"}


class TargetListRefused(Exception):
    """Rows that cannot be saved, by row number (1-based; 0 for the list as a whole), with Vietnamese reasons."""

    def __init__(self, errors: dict[int, list[str]]) -> None:
        super().__init__("Danh mục chỉ tiêu còn lỗi, chưa lưu.")
        self.errors = errors


@transaction.atomic
def create_target_list(
    resolution: Resolution, groups: list[dict], rows: list[dict], declared_count: int | None = None
) -> list[Target]:
    """Add the reviewed groups and targets to the resolution after its existing ones; all or nothing.

    `declared_count`, the number of targets the text states, is kept on the resolution when given."""
    errors = _check(groups, rows)
    if errors:
        raise TargetListRefused(errors)
    if declared_count is not None:
        resolution.declared_count = declared_count
        resolution.save(update_fields=["declared_count"])
    group_order = (resolution.groups.aggregate(top=Max("order"))["top"] or -1) + 1
    created_groups = [
        TargetGroup.objects.create(
            resolution=resolution,
            label=g["label"],
            name=g["name"],
            declared_count=g.get("declared_count"),
            order=group_order + index,
        )
        for index, g in enumerate(groups)
    ]
    order = (resolution.targets.aggregate(top=Max("order"))["top"] or 0) + 1
    created: list[Target] = []
    for index, row in enumerate(rows):
        target = _target(resolution, row, order + index)
        target.indicator = _indicator_for(row)
        target.group = created_groups[row["group"] - 1] if row.get("group") else None
        target.parent = created[row["parent"] - 1] if row.get("parent") else None
        target.save()
        created.append(target)
    return created


def _indicator_for(row: dict) -> Indicator | None:
    """The indicator the office confirmed for a row: one of the catalogue, a new one made from the target
    ("new"), or none (linked later on the setup page)."""
    chosen = (row.get("indicator") or "").strip()
    if (pk := whole_number(chosen)) is not None:
        return Indicator.objects.filter(pk=pk).first()
    if chosen != NEW_INDICATOR:
        return None
    kind, unit = row["kind"], (row.get("unit") or "").strip()
    percent = unit.startswith("%") or kind in (Target.Kind.RATIO, Target.Kind.POINT_CHANGE)
    if kind == Target.Kind.GROWTH_RATE:
        unit = ""  # a growth rate is computed from levels whose unit the list does not say
    elif percent:
        unit = "%"
    summed = not percent and "/" not in unit and kind not in (Target.Kind.YES_NO, Target.Kind.ORDINAL)
    return Indicator.objects.create(
        code=_free_code(row["name"]),
        name=row["name"][:250],
        unit=unit[:60],
        is_percent=percent,
        rollup=Indicator.Rollup.SUM if summed else Indicator.Rollup.NONE,
        description="Tạo từ danh mục chỉ tiêu của nghị quyết khi nhập bằng văn bản.",
    )


def _free_code(name: str) -> str:
    base = slugify(fold(name))[:70].strip("-") or "chi-so"
    taken = set(Indicator.objects.filter(code__startswith=base).values_list("code", flat=True))
    code, number = base, 2
    while code in taken:
        code, number = f"{base}-{number}", number + 1
    return code


def _target(resolution: Resolution, row: dict, order: int) -> Target:
    return Target(
        resolution=resolution,
        label=row.get("label") or "",
        order=order,
        name=row["name"],
        text=row.get("text") or "",
        source_sentence=row.get("text") or "",
        unit=row.get("unit") or "",
        form=row["form"],
        strict=bool(row.get("strict")),
        kind=row["kind"],
        direction=row["direction"],
        value=row.get("value"),
        value_high=row.get("value_high"),
        total=row.get("total"),
        deadline_year=row.get("deadline_year"),
        baseline_year=row.get("baseline_year"),
    )


def _check(groups: list[dict], rows: list[dict]) -> dict[int, list[str]]:
    errors: dict[int, list[str]] = {}
    if not rows:
        errors[0] = ["Danh mục chưa có chỉ tiêu nào."]
    has_children = {row["parent"] for row in rows if row.get("parent")}
    for number, row in enumerate(rows, start=1):
        problems = _row_problems(number, row, len(groups), number in has_children)
        target = _target(Resolution(), row, 0)
        try:
            target.full_clean(exclude=["resolution", "group", "parent", "indicator"], validate_unique=False)
        except ValidationError as error:
            problems += [m for m in error.messages if m not in problems]
        if problems:
            errors[number] = problems
    return errors


def _row_problems(number: int, row: dict, group_count: int, has_children: bool) -> list[str]:
    problems = []
    parent, group = row.get("parent"), row.get("group")
    if parent is not None and not 1 <= parent < number:
        problems.append("“Thuộc dòng” phải là số của một dòng phía trên.")
    if group is not None and not 1 <= group <= group_count:
        problems.append(f"Không có nhóm số {group}.")
    value, high, total = row.get("value"), row.get("value_high"), row.get("total")
    if row["form"] in NEEDS_VALUE and value is None and not has_children:
        problems.append("Chưa có giá trị chỉ tiêu.")
    if row["form"] == "range" and (high is None or (value is not None and high < value)):
        problems.append("Chỉ tiêu dạng khoảng cần cận trên lớn hơn hoặc bằng giá trị.")
    if row["form"] == "count_fraction" and (total is None or total <= 0):
        problems.append("Chỉ tiêu dạng “04/09 thôn” cần tổng số lớn hơn 0.")
    if row["form"] == "count_fraction" and total and value is not None and value > total:
        problems.append("Số đạt lớn hơn tổng số.")
    return problems


def accept_claim(
    *,
    locality: Locality,
    indicator: Indicator,
    value: Decimal,
    kind: int,
    period_kind: str,
    period_start: date,
    period_end: date,
    sentence: str,
    user: AbstractBaseUser,
    today: date,
) -> Observation:
    """A figure read from a report, accepted by the user, recorded through the door as an observation keeping its
    source sentence. No reason is supplied for the user: changing an approved figure needs one typed by a person."""
    return record_observation(
        actor=user,
        via="reading",
        indicator=indicator,
        locality=locality,
        period_start=period_start,
        period_end=period_end,
        value=value,
        reported_on=today,
        kind=kind,
        period_kind=period_kind,
        source="Đọc từ văn bản",
        source_sentence=sentence,
    )
