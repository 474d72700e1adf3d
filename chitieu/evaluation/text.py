"""Plain-text tables of an evaluation for the terminal, in Vietnamese formats."""

import unicodedata
from collections.abc import Sequence

from chitieu.evaluation.display import (
    actual_text,
    coverage_lines,
    is_due,
    shown,
    status_words,
    worded_counts,
    worded_summary,
)
from chitieu.evaluation.engine.definitions import EvaluationConfig, Status
from chitieu.evaluation.engine.summary import Summary, summarize
from chitieu.evaluation.engine.wording import (
    VALUE_KIND_LABELS,
    describe_target,
    pct,
    period,
)
from chitieu.evaluation.queries import ResolutionEvaluation


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _cell(text: str, width: int) -> str:
    text = unicodedata.normalize("NFC", text)
    if _width(text) > width:
        text = text[: width - 1] + "…"
    return text + " " * (width - _width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[str]:
    line = "  ".join(_cell(h, w) for h, w in zip(headers, widths, strict=True))
    lines = [line, "-" * _width(line)]
    lines.extend("  ".join(_cell(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows)
    return lines


def resolution_heading(result: ResolutionEvaluation) -> list[str]:
    resolution = result.resolution
    config = result.config
    when = review_dates(config)
    lines = [
        f"{resolution.title} ({resolution.number or 'chưa có số'})",
        f"Đơn vị: {resolution.locality.full_name} · Nhiệm kỳ {resolution.term} · Đánh giá {REVIEW_LABELS[config.review.value]}, {when}",
    ]
    if config.near_band_pct is not None:
        lines.append(f"Có xếp loại “{status_words(Status.NEAR, config.near_band_pct)}”.")
    return lines


def review_dates(config: EvaluationConfig) -> str:
    """'số liệu tính đến ngày 30/06/2023, theo số liệu đã biết đến ngày 15/07/2023'; 'theo số liệu mới nhất'."""
    parts = []
    if config.until:
        parts.append(f"số liệu tính đến ngày {config.until:%d/%m/%Y}")
    if config.as_of:
        parts.append(f"theo số liệu đã biết đến ngày {config.as_of:%d/%m/%Y}")
    return ", ".join(parts) or "theo số liệu mới nhất"


REVIEW_LABELS = {"annual": "hằng năm", "mid-term": "giữa nhiệm kỳ", "end-of-term": "cuối nhiệm kỳ"}


# STT, Chỉ tiêu, ĐVT, Chỉ tiêu NQ, Thực hiện, So với NQ, Đánh giá ("chưa đủ số liệu (123/456)"), Dự báo.
TABLE_WIDTHS = (5, 46, 16, 20, 16, 10, 26, 16)


def evaluation_table(result: ResolutionEvaluation) -> list[str]:
    headers = ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Thực hiện", "So với NQ", "Đánh giá", "Dự báo"]
    rows = []
    band = result.config.near_band_pct
    for row in result.rows:
        line = shown(
            row.definition, row.evaluation, band, is_due(row.definition, result.config, row.evaluation)
        )
        indent = "  " * row.depth
        name = f"{indent}{row.definition.name}" + (" *" if row.illustrative else "")
        rows.append(
            [
                line.label,
                name,
                line.unit,
                line.goal,
                line.value,
                line.ratio,
                line.status,
                line.forecast,
            ]
        )
    return table(headers, rows, TABLE_WIDTHS)


def resolution_summary(result: ResolutionEvaluation) -> Summary:
    # The groups come with the rows' targets: no query of their own (the dashboard's query count is bounded).
    groups = {row.target.group for row in result.rows if row.target.group is not None}
    summary = summarize(
        result.top,
        result.config.near_band_pct,
        use_forecast=result.config.forecast_on,
        declared_total=result.resolution.declared_count,
        declared_by_group={str(g): g.declared_count for g in groups if g.declared_count is not None},
    )
    top = [(row.definition, row.evaluation) for row in result.rows if row.depth == 0]
    return worded_summary(summary, top, result.config)


def summary_lines(result: ResolutionEvaluation) -> list[str]:
    summary = resolution_summary(result)
    lines = [f"Tổng hợp: {summary.headline}.", f"Chi tiết: {summary.breakdown}."]
    top = [row for row in result.rows if row.depth == 0]
    for group in summary.by_group:
        if group:
            rows = [(row.definition, row.evaluation) for row in top if (row.evaluation.group or "") == group]
            lines.append(f"  {group}: {worded_counts(rows, result.config)}.")
    if summary.not_met_lines:
        lines.append("Các chỉ tiêu chưa đạt:")
        lines.extend(f"  - {line}" for line in summary.not_met_lines)
    covered = coverage_lines([(row.definition, row.evaluation) for row in result.rows])
    if covered:
        lines.append("Số liệu tổng hợp từ các đơn vị:")
        lines.extend(f"  - {line}" for line in covered)
    planned = [row for row in result.rows if any(p.pct is not None for p in row.evaluation.plan_ratios)]
    if planned:
        lines.append("So với kế hoạch:")
        for row in planned:
            ratios = "; ".join(
                f"đạt {pct(p.pct)} {p.source} năm {p.year}"
                for p in row.evaluation.plan_ratios
                if p.pct is not None
            )
            lines.append(f"  - {row.definition.label} {row.definition.name}: {ratios}.")
    flags = [(row, flag) for row in result.rows for flag in row.evaluation.flags]
    if flags or summary.flags:
        lines.append("Cảnh báo cần rà soát:")
        lines.extend(f"  - {row.definition.label} {row.definition.name}: {flag.text}" for row, flag in flags)
        lines.extend(f"  - {flag.text}" for flag in summary.flags)
    if result.illustrative:
        lines.append("(*) Có số liệu minh họa, không do nguồn nêu: xem ghi chú của từng số liệu.")
    return lines


def latest_values_table(result: ResolutionEvaluation) -> list[str]:
    """Targets by group with their latest value and its period and kind."""
    lines: list[str] = []
    current_group = None
    for row in result.rows:
        group = str(row.target.group) if row.target.group else "Chỉ tiêu khác"
        if row.depth == 0 and group != current_group:
            current_group = group
            lines.extend(["", group])
        basis = row.evaluation.basis
        latest = basis[-1] if basis else None
        when = (
            f"{period(latest.period_start, latest.period_end)}, {VALUE_KIND_LABELS[latest.kind]}"
            if latest
            else ""
        )
        figure = describe_target(row.definition) if not row.definition.children else ""
        value = actual_text(row.definition, row.evaluation, with_unit=True) if latest else "chưa có số liệu"
        mark = " (số liệu minh họa)" if row.illustrative else ""
        indent = "    " * (row.depth + 1)
        lines.append(
            f"{indent}{row.definition.label} {row.definition.name}: chỉ tiêu {figure or '—'}; "
            f"thực hiện {value}{' (' + when + ')' if when else ''}{mark}"
        )
        if row.target.source_url:
            check = " (cần đối chiếu bản gốc)" if row.target.needs_checking else ""
            lines.append(f"{indent}    Nguồn: {row.target.source_url}{check}")
    return lines
