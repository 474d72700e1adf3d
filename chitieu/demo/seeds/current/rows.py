"""Shorthand for a target of a 2025-2030 resolution as the source files list it: one row, its address, how the
file words it, and why it must be checked against the original when the file says so."""

from datetime import date

from chitieu.demo.spec import Figure, Number, TargetSpec, year
from chitieu.plans.models import Target
from chitieu.results.models import ValueKind

Form, Kind, Direction = Target.Form, Target.Kind, Target.Direction

TERM = "2025-2030"
NOT_VERBATIM = "Tên chỉ tiêu viết lại gọn theo thuật ngữ chính thức, không phải câu nguyên văn của nguồn."
INFERRED_DEADLINE = "mốc “đến năm 2030” suy ra từ ngữ cảnh, nguồn không ghi mốc cho dòng này"
# Today in the demo is December 2026: an estimate of the year is known in late November.
ESTIMATED_ON = date(2026, 11, 20)


def row(
    label: str,
    name: str,
    value: Number | None,
    unit: str,
    *,
    indicator: str | None,
    url: str,
    says: str,
    form: str = Form.EXACT,
    kind: str = Kind.LEVEL,
    direction: str = Direction.HIGHER,
    strict: bool = False,
    value_high: Number | None = None,
    baseline_year: int | None = None,
    check: str = "",
    illustrative: str = "",
    lead: str = "",
    figures: tuple[Figure, ...] = (),
) -> TargetSpec:
    """`says`: the file's row in words (mục tiêu, hình thức, mốc); `check`: why the row is uncertain."""
    return TargetSpec(
        name=name,
        label=label,
        indicator=indicator,
        unit=unit,
        value=value,
        value_high=value_high,
        form=form,
        kind=kind,
        direction=direction,
        strict=strict,
        baseline=(None, baseline_year) if baseline_year else None,
        url=url,
        source_note=f"{says}. {NOT_VERBATIM}" if not illustrative else says,
        needs_checking=f"Cần đối chiếu: {check}" if check else "",
        illustrative=illustrative,
        lead=lead,
        figures=figures,
    )


def estimate_2026(indicator: str, value: Number, why: str) -> Figure:
    """An illustrative estimate of the year 2026, as an office would hold it in late November."""
    return Figure(
        indicator, year(2026), value, illustrative=why, kind=ValueKind.ESTIMATE, reported_on=ESTIMATED_ON
    )
