"""The draft of a review report in the words district reviews use: the count of targets met, each field's
targets met and not met with their figures and reasons, the forecast to the end of the term.

The text is plain lines the office edits in a textarea: a line such as "I. KẾT QUẢ…" or "1. Kinh tế" is a
heading, a line starting with "- " an indented point, every other line a paragraph.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.translation import override

from chitieu.core.collation import vn_key
from chitieu.documents.models import ReportKind
from chitieu.documents.queries import Counts
from chitieu.evaluation.display import (
    coverage_lines,
    forecast_class,
    projection_phrase,
    status_text,
    status_words,
    worded_counts,
    yes_no_word,
)
from chitieu.evaluation.engine.definitions import Status, TargetKind, ValueForm
from chitieu.evaluation.engine.status import REACHED, target_figure
from chitieu.evaluation.engine.wording import amount, describe_target, num, pct
from chitieu.evaluation.queries import ResolutionEvaluation, TargetRow
from chitieu.evaluation.text import resolution_summary
from chitieu.plans.models import Resolution

OTHER_GROUP = "Các chỉ tiêu khác"
CATEGORICAL = (ValueForm.YES_NO, ValueForm.ORDINAL)
ROMAN = ("I", "II", "III", "IV", "V")


@dataclass(frozen=True)
class Occasion:
    """What the report reviews: its kind, the date of its figures and who reports."""

    kind: str
    as_of: date
    actor: str  # "Ban Thường vụ Huyện ủy", "Ủy ban nhân dân huyện"
    year: int | None = None  # the year of an annual resolution, which its reports are about

    @property
    def period(self) -> str:
        year = self.year or self.as_of.year
        return {
            ReportKind.SIX_MONTHS: f"6 tháng đầu năm {year}",
            ReportKind.NINE_MONTHS: f"9 tháng năm {year}",
            ReportKind.ANNUAL: f"năm {year}",
            ReportKind.MID_TERM: "giữa nhiệm kỳ",
            ReportKind.END_OF_TERM: "nhiệm kỳ",
        }[ReportKind(self.kind)]


def resolution_name(resolution: Resolution) -> str:
    """'Nghị quyết Đại hội … lần thứ XXIV, nhiệm kỳ 2020-2025': a congress resolution names its term."""
    title, term = resolution.title, str(resolution.term)
    return title if term in title or resolution.year else f"{title}, nhiệm kỳ {term}"


def subject(kind: str, resolution: Resolution, as_of: date) -> str:
    """The subject line under BÁO CÁO."""
    title = resolution_name(resolution)
    if kind == ReportKind.MID_TERM:
        return f"Sơ kết giữa nhiệm kỳ thực hiện {title}"
    if kind == ReportKind.END_OF_TERM:
        return f"Tổng kết thực hiện {title}"
    when = Occasion(kind, as_of, "", resolution.year).period
    return f"Kết quả thực hiện các chỉ tiêu chủ yếu {when} theo {title}"


@dataclass(frozen=True)
class Facts:
    """What the figures alone do not say: reasons reporters wrote and the counts behind ratios, by target id."""

    reasons: Mapping[int, list[str]]
    counts: Mapping[int, Counts]


@override("vi")  # a review report is a Vietnamese document, whatever language its author browses in
def draft_text(result: ResolutionEvaluation, occasion: Occasion, facts: Facts) -> str:
    """The whole narrative, one paragraph per line."""
    resolution = result.resolution
    lines = [_opening(result, occasion)]
    sections: list[tuple[str, list[str]]] = [
        ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", _results(result, facts))
    ]
    if result.config.forecast_on:
        until = f"HẾT NĂM {resolution.year}" if resolution.year else "CUỐI NHIỆM KỲ"
        sections.append((f"DỰ BÁO KHẢ NĂNG THỰC HIỆN ĐẾN {until}", _forecast(result)))
    sections.append(("NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", _next_steps(result)))
    for number, (heading, body) in zip(ROMAN, sections, strict=False):
        lines.append(f"{number}. {heading}")
        lines.extend(body)
    lines.append(f"Kết quả thực hiện từng chỉ tiêu của {resolution_name(resolution)} có Phụ lục kèm theo.")
    if result.illustrative:
        lines.append(
            "Ghi chú: báo cáo có số liệu minh họa (đánh dấu * trong Phụ lục), phải thay bằng số liệu chính thức "
            "trước khi ban hành."
        )
    return "\n".join(lines)


def _opening(result: ResolutionEvaluation, occasion: Occasion) -> str:
    resolution = result.resolution
    when = f"số liệu tính đến ngày {occasion.as_of.day:02d}/{occasion.as_of.month:02d}/{occasion.as_of.year}"
    what = {
        ReportKind.MID_TERM: "sơ kết giữa nhiệm kỳ kết quả thực hiện các chỉ tiêu chủ yếu",
        ReportKind.END_OF_TERM: "tổng kết kết quả thực hiện các chỉ tiêu chủ yếu",
    }.get(ReportKind(occasion.kind), f"kết quả thực hiện các chỉ tiêu chủ yếu {occasion.period}")
    return f"Thực hiện {resolution_name(resolution)}, {occasion.actor} báo cáo {what} ({when}) như sau:"


def _results(result: ResolutionEvaluation, facts: Facts) -> list[str]:
    summary = resolution_summary(result)
    if not summary.total:
        return [f"Đến nay, {summary.headline}."]
    count = f"{summary.reached}/{summary.total} chỉ tiêu"
    if summary.components_total != summary.total:
        count += f" ({summary.components_reached}/{summary.components_total} chỉ tiêu thành phần)"
    lines = [f"Đến nay, {count} đạt và vượt mục tiêu của nghị quyết."]
    if any(evaluation.status not in REACHED for evaluation in result.top):
        lines[0] += f" Cụ thể, {_actual_breakdown(result)}."
    for number, (group, rows) in enumerate(_groups(result).items(), start=1):
        lines.append(f"{number}. {group}")
        lines.extend(_group_lines(group, rows, result, facts))
    covered = coverage_lines([(row.definition, row.evaluation) for row in result.rows])
    if covered:
        lines.append("Số liệu tổng hợp từ các đơn vị:")
        lines.extend(f"- {line}" for line in covered)
    return lines


def _actual_breakdown(result: ResolutionEvaluation) -> str:
    """'9 chỉ tiêu: 2 vượt, 5 đạt, 2 chưa đạt' from the verdicts of today, not the forecast classes."""
    top = [(row.definition, row.evaluation) for row in result.rows if row.depth == 0]
    return f"{len(top)} chỉ tiêu: " + worded_counts(top, result.config, forecast=False)


def _groups(result: ResolutionEvaluation) -> dict[str, list[TargetRow]]:
    """Rows by published group, in order: each top-level target followed by its parts."""
    groups: dict[str, list[TargetRow]] = {}
    current = OTHER_GROUP
    for row in result.rows:
        if row.depth == 0:
            current = row.target.group.name if row.target.group else OTHER_GROUP
        groups.setdefault(current, []).append(row)
    return groups


def _leaves(rows: list[TargetRow]) -> list[TargetRow]:
    return [row for row in rows if not row.definition.children]


def _group_lines(group: str, rows: list[TargetRow], result: ResolutionEvaluation, facts: Facts) -> list[str]:
    top = [row for row in rows if row.depth == 0]
    leaves = _leaves(rows)
    reached_top = sum(1 for row in top if row.evaluation.status in REACHED)
    reached_leaves = [row for row in leaves if row.evaluation.status in REACHED]
    count = f"{reached_top}/{len(top)} chỉ tiêu"
    if len(leaves) != len(top):
        count += f" ({len(reached_leaves)}/{len(leaves)} chỉ tiêu thành phần)"
    lines = [f"Lĩnh vực {_lower_first(group)}: {count} đạt và vượt."]
    if reached_leaves:
        phrases = "; ".join(_met_phrase(row, facts) for row in reached_leaves)
        lines.append(f"- Các chỉ tiêu đạt và vượt: {phrases}.")
    behind = [row for row in leaves if row.evaluation.status not in REACHED | {Status.NO_DATA}]
    band = result.config.near_band_pct
    for row in behind:
        line = f"- Chưa đạt: {_not_met_phrase(row, band, facts)}."
        said = facts.reasons.get(row.target.pk, [])
        if said:
            line += f" Nguyên nhân: {_sentence(said[0])}"
        lines.append(line)
    missing = [row for row in leaves if row.evaluation.status is Status.NO_DATA]
    if missing:
        names = "; ".join(_lower_first(row.definition.name) for row in missing)
        lines.append(f"- Chưa có số liệu để đánh giá: {names}.")
    return lines


def _met_phrase(row: TargetRow, facts: Facts) -> str:
    definition, evaluation = row.definition, row.evaluation
    if definition.form in CATEGORICAL:
        return f"{_lower_first(definition.name)}: {_categorical(row)}"
    phrase = _figure(row, facts)
    goal = describe_target(definition)
    if evaluation.ratio_pct is not None and evaluation.status is Status.EXCEEDED:
        return f"{phrase}, bằng {pct(evaluation.ratio_pct)} chỉ tiêu ({goal})"
    return f"{phrase} (chỉ tiêu {goal})"


def _not_met_phrase(row: TargetRow, band: Decimal | None, facts: Facts) -> str:
    definition, evaluation = row.definition, row.evaluation
    # "không đạt" is what "Chưa đạt:" already says; a committee's own class ("đạt trên 90%") is worth adding.
    verdict = "" if evaluation.status is Status.NOT_MET else f", {status_text(evaluation, band)}"
    if definition.form in CATEGORICAL:
        deadline = f" (chỉ tiêu đến năm {definition.deadline_year})" if definition.deadline_year else ""
        return f"{_lower_first(definition.name)}: {_categorical(row)}{deadline}{verdict}"
    # Against a target of 0 ("không quá 0 xã") a percentage says nothing.
    shown = evaluation.ratio_pct is not None and target_figure(definition)
    ratio = f", bằng {pct(evaluation.ratio_pct)} chỉ tiêu" if shown else ""
    return f"{_figure(row, facts)}{ratio} ({describe_target(definition)}){verdict}"


def _figure(row: TargetRow, facts: Facts) -> str:
    """'tốc độ tăng giá trị sản xuất bình quân đạt 11,06%/năm'; '12/13 xã đạt chuẩn nông thôn mới, đạt 92,3%';
    '16 sản phẩm OCOP đạt từ 3 sao trở lên'."""
    definition, evaluation = row.definition, row.evaluation
    name = _lower_first(definition.name)
    if definition.kind is TargetKind.RATIO:
        value = pct(evaluation.actual)
        counts = facts.counts.get(row.target.pk)
        if counts is None:
            return f"{name} đạt {value}"
        numerator, denominator, unit = counts
        counted = _counted_thing(name, ("tỷ lệ ", "tỉ lệ "), unit)
        if counted:
            return f"{num(numerator)}/{num(denominator)} {counted}, đạt {value}"
        return f"{name} đạt {value} ({num(numerator)}/{num(denominator)}{' ' + unit if unit else ''})"
    if definition.kind is TargetKind.ANNUAL and evaluation.actual_by_year:
        years = ", ".join(
            f"năm {year} đạt {amount(value, definition.unit)}"
            for year, value in sorted(evaluation.actual_by_year.items())
        )
        return f"{name}: {years}"
    counted = _counted_thing(name, ("số ",), definition.unit)
    if counted and evaluation.actual is not None:
        return f"{num(evaluation.actual)} {counted}"
    return f"{name} đạt {amount(evaluation.actual, definition.unit)}"


def _counted_thing(name: str, prefixes: tuple[str, ...], unit: str) -> str:
    """'xã đạt chuẩn nông thôn mới' from 'tỷ lệ xã đạt chuẩn nông thôn mới' when its unit is 'xã', so that
    the count reads as reviews write it; '' when the name does not start that way."""
    for prefix in prefixes:
        rest = name.removeprefix(prefix)
        if rest != name and unit and (rest == unit or rest.startswith(f"{unit} ")):
            return rest
    return ""


def _categorical(row: TargetRow) -> str:
    """The words of a yes/no or ordinal result: 'hoàn thành tốt nhiệm vụ', 'có', 'không'."""
    basis = row.evaluation.basis
    text = basis[-1].text if basis else None
    if row.definition.form is ValueForm.ORDINAL:
        return text or status_text(row.evaluation)
    return yes_no_word(row.evaluation.actual) or status_text(row.evaluation)


def _forecast(result: ResolutionEvaluation) -> list[str]:
    summary = resolution_summary(result)
    resolution = result.resolution
    until = (
        f"hết năm {resolution.year}" if resolution.year else f"cuối nhiệm kỳ (năm {resolution.term.end_year})"
    )
    lines = [f"Dự báo đến {until}: {summary.breakdown}."]
    band = result.config.near_band_pct
    behind = [
        row
        for row in _leaves(result.rows)
        if row.evaluation.status not in REACHED and row.evaluation.forecast is not None
    ]
    for status in (Status.ON_TRACK, Status.LIKELY, Status.HARD, Status.NOT_MET):
        rows = [row for row in behind if forecast_class(row.evaluation) is status]
        if rows:
            phrases = "; ".join(_projection_phrase(row) for row in rows)
            lines.append(f"- {status_words(status, band).capitalize()}: {phrases}.")
    unforeseen = [
        row
        for row in _leaves(result.rows)
        if row.evaluation.status not in REACHED and row.evaluation.forecast is None
    ]
    if unforeseen:
        names = "; ".join(_lower_first(row.definition.name) for row in unforeseen)
        lines.append(f"- Chưa đủ số liệu để dự báo: {names}.")
    if len(lines) == 1:
        lines.append("- Các chỉ tiêu đã đạt và vượt tiếp tục được duy trì.")
    return lines


def _projection_phrase(row: TargetRow) -> str:
    return projection_phrase(row.definition, row.evaluation, _lower_first(row.definition.name))


def _next_steps(result: ResolutionEvaluation) -> list[str]:
    leaves = _leaves(result.rows)
    behind = [row for row in leaves if row.evaluation.status not in REACHED | {Status.NO_DATA}]
    missing = [row for row in leaves if row.evaluation.status is Status.NO_DATA]
    lines = [
        "Tiếp tục lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp; đối với các chỉ tiêu đã đạt, "
        "tiếp tục phấn đấu để vượt mục tiêu nghị quyết đề ra."
    ]
    if behind:
        names = "; ".join(_lower_first(row.definition.name) for row in behind)
        lines.append(
            f"Tập trung rà soát các chỉ tiêu chưa đạt ({names}) để có kế hoạch chỉ đạo thực hiện"
            + _leads(behind, "chủ trì, đề xuất giải pháp cụ thể")
            + "; tăng cường kiểm tra, giám sát để kịp thời tháo gỡ khó khăn, vướng mắc."
        )
    if missing:
        names = "; ".join(_lower_first(row.definition.name) for row in missing)
        lines.append(f"Bổ sung số liệu các chỉ tiêu chưa có số liệu ({names}){_leads(missing, 'báo cáo')}.")
    return lines


def _leads(rows: list[TargetRow], task: str) -> str:
    agencies = sorted({row.target.lead_agency.name for row in rows if row.target.lead_agency}, key=vn_key)
    return f"; giao {', '.join(agencies)} {task}" if agencies else ""


def _lower_first(text: str) -> str:
    """'Tỷ lệ hộ nghèo' → 'tỷ lệ hộ nghèo'; abbreviations stay ('SIPAS', 'OCOP')."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else f"{text}."
