"""The annex table (Phụ lục) of a review report as plain lines: the same lines fill the Word table and the
Excel sheet, so the two never disagree."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils.translation import override

from chitieu.core.numbers import format_number
from chitieu.evaluation.display import (
    coverage_lines,
    forecast_text,
    is_due,
    status_text,
    verdict_words,
    words,
)
from chitieu.evaluation.engine.definitions import EvaluationConfig, Status, TargetKind, ValueForm
from chitieu.evaluation.engine.status import HUNDRED
from chitieu.evaluation.engine.summary import REPORT_ORDER
from chitieu.evaluation.engine.wording import describe_target, num
from chitieu.evaluation.queries import ResolutionEvaluation, TargetRow

# "Bình quân / Lũy kế": the average a rate target is judged on, or the running total of a cumulative one.
COMBINED = (TargetKind.GROWTH_RATE, TargetKind.POINT_CHANGE, TargetKind.CUMULATIVE)
CATEGORICAL = (ValueForm.YES_NO, ValueForm.ORDINAL)

Cell = Decimal | str | None


@dataclass
class AnnexLine:
    """A group heading (only `label` and `name`) or a target with its figures."""

    label: str
    name: str
    is_group: bool = False
    depth: int = 0
    has_parts: bool = False
    unit: str = ""
    goal: str = ""
    years: list[Cell] = field(default_factory=list)
    combined: Decimal | None = None
    ratio: Decimal | None = None
    forecast: str = ""
    status: str = ""
    lead: str = ""
    illustrative: bool = False

    def texts(self) -> list[str]:
        """The cells as printed: numbers written the Vietnamese way."""
        if self.is_group:
            return [self.label, self.name]
        name = self.name + (" (*)" if self.illustrative else "")
        return [
            self.label,
            name,
            self.unit,
            self.goal,
            *[cell_text(value) for value in self.years],
            cell_text(self.combined),
            format_number(self.ratio, 1) if self.ratio is not None else "",
            self.forecast,
            self.status,
            self.lead,
        ]


@dataclass
class Annex:
    title: str
    years: list[int]
    estimate_year: int | None  # the year still running at the date of the figures: "Ước TH"
    forecast_on: bool
    lines: list[AnnexLine]
    status_counts: list[tuple[Status, str, int]]  # components by status, best first, for the chart
    illustrative: bool
    coverage: list[str] = field(default_factory=list)  # who reported to each rolled-up figure

    @property
    def headers(self) -> list[str]:
        years = [f"Ước TH {y}" if y == self.estimate_year else f"TH {y}" for y in self.years]
        return [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Chỉ tiêu NQ",
            *years,
            "Bình quân / Lũy kế",
            "So với NQ (%)",
            "Dự báo cuối kỳ",
            "Đánh giá",
            "Đơn vị chủ trì",
        ]

    @property
    def notes(self) -> str:
        parts = ["TH: thực hiện", "Ước TH: ước thực hiện đến ngày của số liệu"]
        if self.illustrative:
            parts.append("(*) có số liệu minh họa, không do nguồn nêu")
        note = "Ghi chú: " + "; ".join(parts) + "."
        if self.coverage:
            note += " Số liệu tổng hợp từ các đơn vị: " + " ".join(self.coverage)
        return note


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else num(value)


def annex_years(result: ResolutionEvaluation, as_of: date) -> tuple[list[int], int | None]:
    """Every year of the term up to the year of the figures; that year, if still in the term, is an estimate."""
    resolution = result.resolution
    first = resolution.year or resolution.term.start_year + 1
    last = resolution.year or resolution.term.end_year
    current = min(as_of.year, last)
    return list(range(first, current + 1)), as_of.year if as_of.year <= last else None


@override("vi")  # a review report is a Vietnamese document, whatever language its reader browses in
def build_annex(result: ResolutionEvaluation, as_of: date, title: str) -> Annex:
    years, estimate_year = annex_years(result, as_of)
    band = result.config.near_band_pct
    lines: list[AnnexLine] = []
    group_id: object = None
    for row in result.rows:
        group = row.target.group
        if row.depth == 0 and group is not None and group.pk != group_id:
            group_id = group.pk
            lines.append(AnnexLine(label=group.label, name=group.name, is_group=True))
        lines.append(_target_line(row, years, result.config))
    counts = Counter(
        (
            row.evaluation.status,
            verdict_words(row.evaluation.status, band, is_due(row.definition, result.config, row.evaluation)),
        )
        for row in result.rows
        if not row.definition.children
    )
    return Annex(
        title=title,
        years=years,
        estimate_year=estimate_year,
        forecast_on=result.config.forecast_on,
        lines=lines,
        status_counts=[
            (status, label, n)
            for (status, label), n in sorted(
                counts.items(), key=lambda item: (REPORT_ORDER.index(item[0][0]), item[0][1])
            )
        ],
        illustrative=result.illustrative,
        coverage=coverage_lines([(row.definition, row.evaluation) for row in result.rows]),
    )


def _target_line(row: TargetRow, years: list[int], config: EvaluationConfig) -> AnnexLine:
    definition, evaluation = row.definition, row.evaluation
    band = config.near_band_pct
    lead = row.target.lead_agency
    line = AnnexLine(
        label=definition.label,
        name=definition.name,
        depth=row.depth,
        has_parts=bool(definition.children),
        status=status_text(evaluation, band, is_due(definition, config, evaluation)),
        forecast=forecast_text(evaluation, band),
        lead=(lead.short_name or lead.name) if lead is not None else "",
        illustrative=row.illustrative,
    )
    if definition.children:
        line.years = [None] * len(years)
        return line
    line.unit = definition.unit
    line.goal = describe_target(definition)
    line.years = [_year_cell(row, year) for year in years]
    line.combined = evaluation.actual if definition.kind in COMBINED else None
    line.ratio = evaluation.ratio_pct
    return line


def _year_cell(row: TargetRow, year: int) -> Cell:
    """The year's figure on the scale of the target's unit: each year's growth for an average growth target,
    each year's change in points for an average change, the value itself otherwise."""
    definition, evaluation = row.definition, row.evaluation
    value = evaluation.actual_by_year.get(year)
    if value is None:
        return None
    if definition.form in CATEGORICAL or definition.kind in (TargetKind.YES_NO, TargetKind.ORDINAL):
        return words(definition, value)
    if definition.kind is TargetKind.GROWTH_RATE and not definition.values_are_rates:
        before = _previous(row, year)
        # A part-year total of a flow is not comparable with last year's whole.
        if before is None or before == 0 or (definition.is_flow and year in evaluation.partial_years):
            return None
        return (value / before - 1) * HUNDRED
    if definition.kind is TargetKind.POINT_CHANGE:
        before = _previous(row, year)
        if before is None:
            return None
        return before - value if definition.change_is_decrease else value - before
    return value


def _previous(row: TargetRow, year: int) -> Decimal | None:
    definition = row.definition
    before = row.evaluation.actual_by_year.get(year - 1)
    if before is None and definition.baseline_year == year - 1:
        before = definition.baseline_value
    return before
