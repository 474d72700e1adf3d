"""Vietnamese words the engine writes: status names, value kinds, a target as published, numbers with units."""

from datetime import date
from decimal import Decimal

from chitieu.core.numbers import format_number, format_percent

from .definitions import Direction, Status, TargetDef, TargetKind, ValueForm, ValueKind

STATUS_LABELS: dict[Status, str] = {
    Status.EXCEEDED: "vượt",
    Status.MET: "đạt",
    Status.NEAR: "gần đạt",
    Status.ON_TRACK: "đạt tiến độ",
    Status.LIKELY: "có khả năng đạt",
    Status.HARD: "khó đạt",
    Status.NOT_MET: "không đạt",
    Status.NO_DATA: "chưa có số liệu",
}

VALUE_KIND_LABELS: dict[ValueKind, str] = {
    ValueKind.ESTIMATE: "ước thực hiện",
    ValueKind.PRELIMINARY: "sơ bộ",
    ValueKind.OFFICIAL: "chính thức",
}

DIRECTION_LABELS: dict[Direction, str] = {
    Direction.HIGHER: "càng cao càng tốt",
    Direction.LOWER: "càng thấp càng tốt",
}


def status_label(status: Status, near_band_pct: Decimal | None = None) -> str:
    if status is Status.NEAR and near_band_pct is not None:
        return f"đạt trên {format_number(near_band_pct)}%"
    return STATUS_LABELS[status]


def num(value: Decimal | None) -> str:
    """At most 2 decimals, trailing zeros dropped, as reports write them: 1.809,5; 16; 0,35."""
    if value is None:
        return "—"
    text = format_number(value, 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def pct(value: Decimal | None) -> str:
    return format_percent(value, 1, empty="—")


def amount(value: Decimal | None, unit: str) -> str:
    """'85%', '60 triệu đồng', '3%/năm'."""
    if not unit:
        return num(value)
    return f"{num(value)}{unit}" if unit.startswith("%") or unit == "‰" else f"{num(value)} {unit}"


def period(start: date, end: date) -> str:
    """'năm 2023', '9 tháng năm 2023', '01/04/2023–30/06/2023'."""
    if start == date(end.year, 1, 1) and end == date(end.year, 12, 31):
        return f"năm {end.year}"
    if start == date(end.year, 1, 1) and end.month in (3, 6, 9) and end.day >= 28:
        return f"{end.month} tháng năm {end.year}"
    return f"{start:%d/%m/%Y}–{end:%d/%m/%Y}"


def describe_target(target: TargetDef) -> str:
    """The target as a resolution writes it: 'trên 85%', 'từ 7,5 đến 8%/năm', '04/09 thôn'."""
    form, value, unit = target.form, target.value, target.unit
    if form is ValueForm.ORDINAL:
        return f"{target.ordinal_target or '—'} trở lên"
    if form is ValueForm.YES_NO:
        return "có" if value in (None, Decimal(1)) else "không"
    if form is ValueForm.MIN_BOUND:
        return f"trên {amount(value, unit)}" if target.strict else f"từ {amount(value, unit)} trở lên"
    if form is ValueForm.MAX_BOUND:
        return f"dưới {amount(value, unit)}" if target.strict else f"không quá {amount(value, unit)}"
    if form is ValueForm.RANGE:
        return f"từ {num(value)} đến {amount(target.value_high, unit)}"
    if form is ValueForm.APPROXIMATE:
        return f"khoảng {amount(value, unit)}"
    if form is ValueForm.COUNT_FRACTION and target.total is not None:
        return f"{num(value)}/{num(target.total)} {unit}".rstrip()
    return amount(value, unit)


KIND_LABELS: dict[TargetKind, str] = {
    TargetKind.LEVEL: "mức đạt được đến năm đích",
    TargetKind.CUMULATIVE: "lũy kế cả nhiệm kỳ",
    TargetKind.ANNUAL: "chỉ tiêu hằng năm",
    TargetKind.GROWTH_RATE: "tốc độ tăng bình quân năm",
    TargetKind.POINT_CHANGE: "mức thay đổi bình quân năm, tính bằng điểm phần trăm",
    TargetKind.TOTAL_CHANGE: "mức tăng cả giai đoạn so với năm gốc",
    TargetKind.RATIO: "tỷ lệ, lấy tổng tử số chia tổng mẫu số",
    TargetKind.YES_NO: "đạt hay không đạt",
    TargetKind.ORDINAL: "xếp loại",
}


def show_measure(target: TargetDef, value: Decimal | None) -> str:
    """A measured value as a person reads it: the level's name, "có"/"không", or the figure with its unit."""
    if value is not None and (target.form is ValueForm.ORDINAL or target.kind is TargetKind.ORDINAL):
        rank = int(value)
        return target.ordinal_scale[rank] if 0 <= rank < len(target.ordinal_scale) else num(value)
    if value is not None and (target.form is ValueForm.YES_NO or target.kind is TargetKind.YES_NO):
        return "có" if value else "không"
    return amount(value, target.unit)
