"""Setting up a resolution on the web: save its groups, targets and plans at once, and its targets workbook.

Both ways are all or nothing: the page's three formsets are saved in one transaction, and an uploaded workbook is
refused as a whole, every error named by row and column, before anything is written.
"""

import io
import re
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.http import Http404, HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from chitieu.accounts.access import ancestor_ids
from chitieu.accounts.models import Membership
from chitieu.core.cells import read_back, safe_row
from chitieu.core.collation import by_name, vn_key
from chitieu.core.number_input import check_cell, read_number
from chitieu.core.numbers import TARGET_DIGITS, format_number, whole_number
from chitieu.core.templatetags.vn import vn_name
from chitieu.evaluation.display import status_text
from chitieu.evaluation.queries import review_config
from chitieu.localities.models import Agency
from chitieu.plans.models import Indicator, Resolution, Target, TargetGroup
from chitieu.reports.evaluations import cached_evaluation
from chitieu.results import xlsx_reader
from chitieu.results.door import PlanFigure, Refused, delete_plan_values, set_plan_values
from chitieu.results.workbook import XLSX_TYPE, WorkbookRefused
from chitieu.setup.forms import DIRECTIONS, FORMS, KINDS, SetupForms


class SetupRefused(Exception):
    """The database refused the setup as a whole (e.g. two groups swapped their order); nothing was written."""


@transaction.atomic
def save_setup(*, user: AbstractBaseUser, forms: SetupForms) -> None:
    """Save the valid part of one resolution's setup page (its groups, or one group's targets and their plan
    values), all or nothing; the plan values through the write door, which keeps each replaced figure in the
    history."""
    try:
        with transaction.atomic():
            for formset in (forms.groups, forms.targets):
                if formset is not None:
                    formset.save()
            if forms.plans is not None:
                _save_plans(user, forms.plans)
    except IntegrityError as exc:
        raise SetupRefused(
            "Không lưu được: thứ tự nhóm hoặc kế hoạch (chỉ tiêu, năm, nguồn) bị trùng. Chưa có gì được ghi."
        ) from exc
    except Refused as refused:
        raise SetupRefused(f"{refused} Chưa có gì được ghi.") from refused


def _save_plans(user: AbstractBaseUser, formset) -> None:
    deleted = {form.instance.pk for form in formset.deleted_forms if form.instance.pk}
    keyed: dict[tuple, PlanFigure] = {}
    for form in formset.forms:
        if form.instance.pk in deleted or not form.has_changed() or not form.cleaned_data:
            continue
        data, old = form.cleaned_data, form.instance
        key = (data["target"].pk, data["year"], data["source"])
        if old.pk and key != (old.target_id, old.year, old.source):
            deleted.add(old.pk)  # moved to another target, year or source: the old figure is removed
        keyed[key] = PlanFigure(
            data["value"], old.source_sentence, old.is_illustrative and old.value == data["value"]
        )
    if deleted:
        delete_plan_values(user, deleted, via="setup", reason="Xóa hoặc chuyển trên trang thiết lập")
    if keyed:
        set_plan_values(user, keyed, via="setup")


@dataclass(frozen=True)
class TargetStatus:
    label: str
    ratio: Decimal | None


def statuses(resolution: Resolution) -> dict[int, TargetStatus]:
    """The engine's verdict on each target as it stands, by target id, to show beside the setup rows."""
    evaluation = cached_evaluation(resolution, review_config(resolution))
    band = evaluation.config.near_band_pct
    return {
        row.target.pk: TargetStatus(status_text(row.evaluation, band), row.evaluation.ratio_pct)
        for row in evaluation.rows
    }


@dataclass(frozen=True)
class Section:
    """A part of the setup page: one group's targets, or (key 0) the targets in no group."""

    key: int
    name: str
    count: int
    group: TargetGroup | None


def sections(resolution: Resolution) -> list[Section]:
    """The groups in their order, each with its number of targets, then the targets in no group."""
    groups = resolution.groups.annotate(count=Count("targets")).order_by("order", "pk")
    found = [Section(g.pk, str(g), g.count, g) for g in groups]
    ungrouped = resolution.targets.filter(group__isnull=True).count()
    return [*found, Section(0, "Chỉ tiêu chưa xếp nhóm", ungrouped, None)]


def section_for(resolution: Resolution, key: int) -> Section:
    """The section of the resolution's page with this key; 404 for a group of another resolution."""
    found = next((section for section in sections(resolution) if section.key == key), None)
    if found is None:
        raise Http404("Không tìm thấy nhóm chỉ tiêu.")
    return found


@dataclass(frozen=True)
class SectionChoices:
    """What the page offers once for all the rows of a section: indicator codes, leaders' names and titles."""

    indicators: list[tuple[str, str]]
    leader_names: list[str]
    leader_titles: list[str]


def section_choices(resolution: Resolution) -> SectionChoices:
    """The indicator catalogue by code, and the leaders the office may name: those already named in the
    resolution and the approvers (leaders) of its unit and the units above it, with their titles."""
    indicators = [
        (code, f"{name} ({unit})" if unit else name)
        for code, name, unit in Indicator.objects.order_by(by_name()).values_list("code", "name", "unit")
    ]
    named = resolution.targets.exclude(leader_name="").values_list("leader_name", "leader_title")
    leaders = Membership.objects.filter(
        role=Membership.Role.APPROVER, locality_id__in=ancestor_ids(resolution.locality)
    ).select_related("user")
    pairs = [*named, *((vn_name(m.user), m.title) for m in leaders)]
    names = sorted({name for name, _title in pairs if name and name != "—"}, key=vn_key)
    titles = sorted({title for _name, title in pairs if title}, key=vn_key)
    return SectionChoices(indicators, names, titles)


@transaction.atomic
def assign_group(
    user: AbstractBaseUser,
    section: Section,
    resolution: Resolution,
    *,
    leader_name: str,
    leader_title: str,
    lead_agency: Agency | None,
    everyone: bool,
) -> int:
    """Name the leader responsible (and the lead agency, when given) for the targets of a section that have none
    yet, or for all of them; how many changed, each with a line in the history."""
    # Ordered by id alone: Target's ordering joins its group (null for "other targets"), which PostgreSQL
    # refuses to lock FOR UPDATE through an outer join.
    targets = resolution.targets.filter(group=section.group).select_for_update().order_by("pk")
    if not everyone:
        targets = targets.filter(leader_name="")
    changed = list(targets)
    for target in changed:
        target.leader_name, target.leader_title = leader_name, leader_title
        if lead_agency is not None:
            target.lead_agency = lead_agency
    Target.objects.bulk_update(changed, ["leader_name", "leader_title", "lead_agency"])
    agency = f", cơ quan chủ trì {lead_agency}" if lead_agency else ""
    message = f"Giao lãnh đạo phụ trách cả nhóm: {leader_name} ({leader_title}){agency}."
    LogEntry.objects.log_actions(user.pk, changed, CHANGE, change_message=message)
    return len(changed)


# The targets workbook.

SHEET = "Chỉ tiêu"
HEADER_ROW = 3
COLUMNS = [  # (header, field)
    ("Số hiệu", "label"),
    ("Thứ tự", "order"),
    ("Nhóm", "group"),
    ("Chỉ tiêu cha", "parent"),
    ("Tên chỉ tiêu", "name"),
    ("Đơn vị tính", "unit"),
    ("Mã chỉ số", "indicator"),
    ("Chiều", "direction"),
    ("Dạng giá trị", "form"),
    ("Không tính mốc", "strict"),
    ("Loại chỉ tiêu", "kind"),
    ("Giá trị chỉ tiêu", "value"),
    ("Cận trên", "value_high"),
    ("Tổng số", "total"),
    ("Giá trị gốc", "baseline_value"),
    ("Năm gốc", "baseline_year"),
    ("Năm đích", "deadline_year"),
    ("Cơ quan chủ trì", "lead_agency"),
    ("Lãnh đạo phụ trách", "leader_name"),
    ("Chức vụ", "leader_title"),
]
LETTERS = "ABCDEFGHIJKLMNOPQRST"
FIELD_COLUMN = {field: (LETTERS[i], header) for i, (header, field) in enumerate(COLUMNS)}
CHOICES = {"direction": DIRECTIONS, "form": FORMS, "kind": KINDS}
NUMBERS = ("value", "value_high", "total", "baseline_value")
YEARS = ("order", "baseline_year", "deadline_year")
TEXTS = ("label", "name", "unit", "leader_name", "leader_title")
YES = {"có": True, "x": True, "không": False, "": False}


def _choice_name(field: str, value: str) -> str:
    return dict(CHOICES[field])[value]


def targets_template(resolution: Resolution) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(safe_row([f"Chỉ tiêu của {resolution.title}", "", "Mã nghị quyết", resolution.pk]))
    sheet.append(
        [
            "Mỗi dòng một chỉ tiêu, nhận theo Số hiệu (dòng có số hiệu mới là chỉ tiêu mới). "
            "Gõ số kiểu Việt Nam: 1.234,5; 92,3%; 30 tỷ."
        ]
    )
    sheet.append([header for header, _field in COLUMNS])
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="EEF1F6")
    targets = resolution.targets.select_related("group", "parent", "indicator", "lead_agency")
    for target in targets.order_by("group__order", "order", "pk"):
        sheet.append(
            safe_row(
                [
                    target.label,
                    target.order,
                    target.group.label or target.group.name if target.group else "",
                    target.parent.label if target.parent else "",
                    target.name,
                    target.unit,
                    target.indicator.code if target.indicator else "",
                    _choice_name("direction", target.direction),
                    _choice_name("form", target.form),
                    "có" if target.strict else "",
                    _choice_name("kind", target.kind),
                    *(format_number(getattr(target, field)) for field in NUMBERS),
                    target.baseline_year,
                    target.deadline_year,
                    target.lead_agency.name if target.lead_agency else "",
                    target.leader_name,
                    target.leader_title,
                ]
            )
        )
    last = max(sheet.max_row, HEADER_ROW + 200)
    for field, choices in CHOICES.items():
        names = ",".join(name for _value, name in choices)
        validation = DataValidation(type="list", formula1=f'"{names}"', allow_blank=True)
        sheet.add_data_validation(validation)
        validation.add(f"{FIELD_COLUMN[field][0]}{HEADER_ROW + 1}:{FIELD_COLUMN[field][0]}{last}")
    for index, letter in enumerate(LETTERS):
        sheet.column_dimensions[letter].width = 40 if COLUMNS[index][1] == "name" else 14
    # Figures are written as Vietnamese text ("1.234,5"); kept as text so Excel does not reinterpret them.
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1):
        for field in NUMBERS:
            row[LETTERS.index(FIELD_COLUMN[field][0])].number_format = "@"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def targets_template_response(resolution: Resolution) -> HttpResponse:
    response = HttpResponse(targets_template(resolution), content_type=XLSX_TYPE)
    name = re.sub(r"[^\w.-]+", "-", f"chi-tieu-{resolution.pk}", flags=re.ASCII)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


@transaction.atomic
def import_targets(*, user: AbstractBaseUser, resolution: Resolution, data: bytes) -> int:
    """Create or update the resolution's targets from its workbook, matched by label: all or nothing.
    Returns how many rows were saved; WorkbookRefused lists every error by row and column."""
    rows = _read(data)
    existing: dict[str, list[Target]] = {}
    for target in resolution.targets.select_related("parent"):
        existing.setdefault(target.label.strip(), []).append(target)
    lookups = _Lookups(resolution)
    errors: list[str] = []
    prepared: list[tuple[int, Target, str]] = []
    seen: set[str] = set()
    for number, cells in rows:
        target, parent_label, row_errors = _target(number, cells, resolution, existing, lookups, seen)
        errors.extend(row_errors)
        if target is not None:
            prepared.append((number, target, parent_label))
    labels = seen | set(existing)
    parents = {label: (t[0].parent.label.strip() if t[0].parent else "") for label, t in existing.items()}
    for number, target, parent_label in prepared:
        parents[target.label.strip()] = parent_label
        if parent_label and (parent_label not in labels or len(existing.get(parent_label, [])) > 1):
            errors.append(_where(number, "parent") + f"không có chỉ tiêu số hiệu “{parent_label}”.")
        elif parent_label and _in_cycle(target.label.strip(), parents):
            errors.append(
                _where(number, "parent") + "chỉ tiêu cha tạo thành vòng lặp (A thuộc B, B thuộc A)."
            )
    if errors:
        raise WorkbookRefused(errors)
    by_label = {label: targets[0] for label, targets in existing.items() if len(targets) == 1}
    for _number, target, _parent in prepared:
        target.save()
        by_label[target.label.strip()] = target
    for _number, target, parent_label in prepared:
        parent = by_label.get(parent_label) if parent_label else None
        if target.parent_id != (parent.pk if parent else None):
            target.parent = parent
            target.save(update_fields=["parent"])
    return len(prepared)


def _in_cycle(label: str, parents: dict[str, str]) -> bool:
    seen = {label}
    current = parents.get(label, "")
    while current:
        if current in seen:
            return True
        seen.add(current)
        current = parents.get(current, "")
    return False


class _Lookups:
    def __init__(self, resolution: Resolution) -> None:
        self.groups = {}
        for group in resolution.groups.all():
            self.groups[group.name.strip().lower()] = group
            if group.label.strip():
                self.groups[group.label.strip().lower()] = group
        self.agencies = {a.name.strip().lower(): a for a in resolution.locality.agencies.all()}
        self.agencies |= {
            a.short_name.strip().lower(): a for a in resolution.locality.agencies.all() if a.short_name
        }
        self.indicators: dict[str, Indicator | None] = {}

    def indicator(self, code: str) -> Indicator | None:
        if code not in self.indicators:
            self.indicators[code] = Indicator.objects.filter(code=code).first()
        return self.indicators[code]


def _read(data: bytes) -> list[tuple[int, list]]:
    rows, errors = [], []
    try:
        for number, cells in xlsx_reader.read_sheet(data, SHEET, LETTERS, len(LETTERS)):
            for index, cell in enumerate(cells):
                if isinstance(cell, str) and cell.startswith("="):
                    errors.append(f"Trang “{SHEET}”, dòng {number}, cột {LETTERS[index]}: có công thức.")
            if number > HEADER_ROW and not all(c in (None, "") for c in cells):
                rows.append((number, [read_back(c) if isinstance(c, str) else c for c in cells]))
    except xlsx_reader.TooLarge as exc:
        raise WorkbookRefused([str(exc)]) from exc
    except xlsx_reader.NotXlsx as exc:
        raise WorkbookRefused(["Tệp không phải bảng tính Excel .xlsx đọc được."]) from exc
    except xlsx_reader.MissingSheet as exc:
        raise WorkbookRefused([f"Thiếu trang “{SHEET}”: hãy dùng tệp mẫu tải từ trang thiết lập."]) from exc
    except xlsx_reader.MergedCells as exc:
        raise WorkbookRefused([f"Trang “{SHEET}” có ô gộp (merge): hãy bỏ gộp ô rồi tải lên lại."]) from exc
    if errors:
        raise WorkbookRefused(errors)
    return rows


def _where(number: int, field: str) -> str:
    letter, header = FIELD_COLUMN[field]
    return f"Trang “{SHEET}”, dòng {number}, cột {letter} ({header}): "


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return format_number(cell)
    return str(cell).strip()


def _target(number, cells, resolution, existing, lookups, seen) -> tuple[Target | None, str, list[str]]:
    """The row as an unsaved target (new, or the existing one of its label, changed), its parent's label, errors."""
    value = {field: cells[i] for i, (_header, field) in enumerate(COLUMNS)}
    errors: list[str] = []
    label = _text(value["label"])
    if not label:
        return None, "", [_where(number, "label") + "thiếu số hiệu."]
    if label in seen:
        return None, "", [_where(number, "label") + f"số hiệu “{label}” lặp lại trong tệp."]
    seen.add(label)
    matches = existing.get(label, [])
    if len(matches) > 1:
        return (
            None,
            "",
            [_where(number, "label") + f"nghị quyết có {len(matches)} chỉ tiêu số hiệu “{label}”."],
        )
    target = matches[0] if matches else Target(resolution=resolution)
    for field in TEXTS:
        setattr(target, field, _text(value[field]))
    for field in YEARS:
        cell = value[field]
        if cell in (None, ""):
            setattr(target, field, 0 if field == "order" else None)
        elif isinstance(cell, int) or (isinstance(cell, str) and whole_number(cell) is not None):
            setattr(target, field, int(cell))
        else:
            errors.append(_where(number, field) + f"“{cell}” không phải số nguyên.")
    for field in NUMBERS:
        cell = value[field]
        try:
            setattr(target, field, _number(cell))
        except ValidationError as exc:
            errors.append(_where(number, field) + " ".join(exc.messages))
    for field, choices in CHOICES.items():
        text = _text(value[field]).lower()
        found = {name.lower(): v for v, name in choices} | {str(v): v for v, _name in choices}
        if not text:
            setattr(target, field, Target._meta.get_field(field).default)
        elif text in found:
            setattr(target, field, found[text])
        else:
            names = "; ".join(name for _v, name in choices)
            errors.append(_where(number, field) + f"“{value[field]}” không hợp lệ; chọn một trong: {names}.")
    strict = _text(value["strict"]).lower()
    if strict in YES:
        target.strict = YES[strict]
    else:
        errors.append(_where(number, "strict") + "ghi “có” hoặc để trống.")
    group = _text(value["group"]).lower()
    target.group = lookups.groups.get(group) if group else None
    if group and target.group is None:
        errors.append(_where(number, "group") + f"nghị quyết không có nhóm “{value['group']}”.")
    code = _text(value["indicator"])
    target.indicator = lookups.indicator(code) if code else None
    if code and target.indicator is None:
        errors.append(_where(number, "indicator") + f"không có chỉ số mã “{code}”.")
    agency = _text(value["lead_agency"]).lower()
    target.lead_agency = lookups.agencies.get(agency) if agency else None
    if agency and target.lead_agency is None:
        errors.append(
            _where(number, "lead_agency") + f"“{value['lead_agency']}” không phải cơ quan của đơn vị."
        )
    if not errors:
        errors.extend(_model_errors(number, target))
    return (None if errors else target), _text(value["parent"]), errors


def _model_errors(number: int, target: Target) -> list[str]:
    try:
        target.full_clean(exclude=["resolution", "parent"])
    except ValidationError as exc:
        where = f"Trang “{SHEET}”, dòng {number}: "
        return [
            (_where(number, field) if field in FIELD_COLUMN else where) + message
            for field, messages in exc.message_dict.items()
            for message in messages
        ]
    return []


def _number(cell) -> Decimal | None:
    if cell in (None, ""):
        return None
    if isinstance(cell, bool):
        raise ValidationError("Phải là một số.")
    if isinstance(cell, int | Decimal):
        return check_cell(Decimal(cell), TARGET_DIGITS)
    return read_number(str(cell), TARGET_DIGITS)
