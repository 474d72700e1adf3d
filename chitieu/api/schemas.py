"""The shapes the API answers with, and the functions that fill them from models and evaluations.

Decimal figures travel as strings ("1234.5", dot decimal, no exponent) so no precision is lost to floats.
"""

from dataclasses import asdict
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Literal

from ninja import Field, Schema
from pydantic import create_model

from chitieu.api.bulk import KIND_BY_VALUE, KindName
from chitieu.criteria.models import Assessment, CriteriaSet
from chitieu.evaluation.display import forecast_class, is_due, shown, status_words
from chitieu.evaluation.engine.definitions import Evaluation, EvaluationConfig, Flag, Status, TargetDef
from chitieu.evaluation.engine.summary import Summary
from chitieu.evaluation.queries import ResolutionEvaluation, TargetRow
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator, PlanValue, Resolution

StatusName = Literal[tuple(Status)]  # type: ignore[valid-type]


def decimal_text(value: Decimal | None, places: int = 6) -> str | None:
    """'1234.5': at most `places` decimals (the precision observations are stored with), no exponent."""
    if value is None:
        return None
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_WIDE)
    return "0" if rounded.is_zero() else format(rounded.normalize(_WIDE), "f")


# Ratios of extreme figures can outgrow the default 28 digits; rounding them must not fail.
_WIDE = Context(prec=120)


class LocalityOut(Schema):
    id: int
    name: str
    full_name: str
    type_name: str
    level: str
    level_name: str
    parent_id: int | None
    code: str
    scheme: str
    valid_from: date | None
    valid_until: date | None


class LocalityRef(Schema):
    id: int
    full_name: str


class IndicatorOut(Schema):
    id: int
    code: str
    name: str
    unit: str
    is_percent: bool
    rollup: str
    description: str


class ResolutionOut(Schema):
    id: int
    title: str
    number: str
    kind: str
    year: int | None
    term: str
    term_start_year: int
    term_end_year: int
    locality: LocalityRef
    issued_on: date | None
    issuing_body: str
    congress_ordinal: str
    is_public: bool


class FlagOut(Schema):
    code: str
    rule: str = Field(description="Quy tắc đã nêu cảnh báo: “Tăng, giảm hơn 10 lần so với kỳ trước”.")
    message: str


class NotMetOut(Schema):
    target_id: int
    label: str
    name: str
    status: StatusName
    status_label: str
    ratio_pct: str | None


class SummaryOut(Schema):
    as_of: date | None = Field(description="Số liệu tính đến ngày (kỳ kết thúc đến ngày này).")
    known_on: date | None = Field(description="Số liệu đã biết đến ngày (lập lại báo cáo cũ).")
    review: str
    total: int
    reached: int
    components_total: int
    components_reached: int
    headline: str
    breakdown: str
    counts: dict[str, int]
    by_group: dict[str, dict[str, int]]
    not_met: list[NotMetOut]
    flags: list[FlagOut]
    illustrative: bool


class ResolutionDetail(ResolutionOut):
    target_count: int
    summary: SummaryOut


class ShownOut(Schema):
    """The evaluation as every page, report and the terminal show it (chitieu/evaluation/display.py)."""

    value: str = Field(description="Thực hiện như trên trang: “11,06”, “có”, “2/3 đạt”.")
    counts: str = Field(description="Hai số đếm của một tỷ lệ: “12/13”.")
    ratio: str = Field(description="So với chỉ tiêu: “110,6%”.")
    status: str = Field(description="Đánh giá: “vượt”, “chưa đủ số liệu (7/14)”.")
    forecast: str = Field(description="Dự báo cuối kỳ: “đạt tiến độ”; chỉ tiêu đã đạt giữ kết quả.")
    projection: str = Field(description="Mức dự báo theo đơn vị của chỉ tiêu: “11,06%/năm”.")
    coverage: str = Field(description="Số đơn vị đã báo cáo vào số tổng hợp: “14/14 xã đã báo cáo”.")
    held: str = Field(description="Số tổng hợp chưa đủ đơn vị báo cáo, chưa dùng để đánh giá.")


class EvaluationOut(Schema):
    status: StatusName
    status_label: str
    ratio_pct: str | None
    actual: str | None
    forecast: StatusName | None
    forecast_label: str | None
    projection: str | None
    shown: ShownOut
    flags: list[FlagOut]
    explanation: list[str]


class TargetOut(Schema):
    id: int
    label: str
    name: str
    unit: str
    group: str | None
    parent_id: int | None
    depth: int
    indicator: str | None
    kind: str
    form: str
    direction: str
    value: str | None
    value_high: str | None
    total: str | None
    baseline_value: str | None
    baseline_year: int | None
    deadline_year: int | None
    lead_agency: str | None
    illustrative: bool
    evaluation: EvaluationOut


class ObservationOut(Schema):
    id: int
    indicator: str
    locality_id: int
    locality_code: str
    locality_scheme: str
    locality_name: str
    period_start: date
    period_end: date
    period_kind: str
    kind: KindName
    value: str | None
    text_value: str
    reported_on: date
    source: str
    source_sentence: str
    note: str
    is_illustrative: bool
    updated_at: datetime


class PlanValueOut(Schema):
    id: int
    target: int
    resolution: int
    year: int
    source: str
    value: str
    source_sentence: str
    is_illustrative: bool


class CriterionOut(Schema):
    id: int
    number: int
    name: str
    group: str


class CriteriaSetOut(Schema):
    id: int
    code: str
    name: str
    legal_basis: str
    first_year: int | None
    last_year: int | None
    recognition_levels: list[str]
    criteria: list[CriterionOut]


class AssessmentOut(Schema):
    id: int
    locality_id: int
    locality_name: str
    criteria_set: str
    criterion_number: int
    criterion_name: str
    year: int
    met: bool
    note: str
    is_illustrative: bool


class BulkResultOut(Schema):
    created: int
    updated: int
    unchanged: int
    revised: int


def page_of(item: type[Schema]) -> type[Schema]:
    """`{count, limit, offset, items}` for one kind of item, named after it (LocalityPage…)."""
    name = item.__name__.removesuffix("Out") + "Page"
    return create_model(
        name, __base__=Schema, count=(int, ...), limit=(int, ...), offset=(int, ...), items=(list[item], ...)
    )


def locality_out(locality: Locality) -> dict:
    return {
        "id": locality.pk,
        "name": locality.name,
        "full_name": locality.full_name,
        "type_name": locality.type_name,
        "level": locality.level.slug,
        "level_name": locality.level.name,
        "parent_id": locality.parent_id,
        "code": locality.code,
        "scheme": locality.scheme,
        "valid_from": locality.valid_from,
        "valid_until": locality.valid_until,
    }


def indicator_out(indicator: Indicator) -> dict:
    return {
        "id": indicator.pk,
        "code": indicator.code,
        "name": indicator.name,
        "unit": indicator.unit,
        "is_percent": indicator.is_percent,
        "rollup": indicator.rollup,
        "description": indicator.description,
    }


def resolution_out(resolution: Resolution) -> dict:
    return {
        "id": resolution.pk,
        "title": resolution.title,
        "number": resolution.number,
        "kind": resolution.kind,
        "year": resolution.year,
        "term": resolution.term.name,
        "term_start_year": resolution.term.start_year,
        "term_end_year": resolution.term.end_year,
        "locality": {"id": resolution.locality_id, "full_name": resolution.locality.full_name},
        "issued_on": resolution.issued_on,
        "issuing_body": resolution.issuing_body,
        "congress_ordinal": resolution.congress_ordinal,
        "is_public": resolution.is_public,
    }


def summary_out(result: ResolutionEvaluation, summary: Summary) -> dict:
    band = result.config.near_band_pct
    return {
        "as_of": result.config.until,
        "known_on": result.config.as_of,
        "review": result.config.review.value,
        "total": summary.total,
        "reached": summary.reached,
        "components_total": summary.components_total,
        "components_reached": summary.components_reached,
        "headline": summary.headline,
        "breakdown": summary.breakdown,
        "counts": {status.value: n for status, n in summary.counts.items()},
        "by_group": {g: {s.value: n for s, n in counts.items()} for g, counts in summary.by_group.items()},
        "not_met": [
            {
                "target_id": int(item.key),
                "label": item.label,
                "name": item.name,
                "status": item.status.value,
                "status_label": status_words(item.status, band),
                "ratio_pct": decimal_text(item.ratio_pct, 2),
            }
            for item in summary.not_met
        ],
        "flags": [flag_out(f) for f in summary.flags],
        "illustrative": result.illustrative,
    }


def flag_out(flag: Flag) -> dict:
    return {"code": flag.code, "rule": flag.rule, "message": flag.message}


def evaluation_out(definition: TargetDef, evaluation: Evaluation, config: EvaluationConfig) -> dict:
    line = shown(definition, evaluation, config.near_band_pct, is_due(definition, config, evaluation))
    forecast = forecast_class(evaluation)
    return {
        "shown": asdict(line),
        "status": evaluation.status.value,
        "status_label": line.status,
        "ratio_pct": decimal_text(evaluation.ratio_pct, 2),
        "actual": decimal_text(evaluation.actual),
        "forecast": forecast.value if forecast else None,
        "forecast_label": line.forecast or None,
        "projection": decimal_text(evaluation.projection),
        "flags": [flag_out(f) for f in evaluation.flags],
        "explanation": list(evaluation.explanation),
    }


def target_out(row: TargetRow, config: EvaluationConfig) -> dict:
    target = row.target
    return {
        "id": target.pk,
        "label": target.label,
        "name": target.name,
        "unit": target.unit,
        "group": str(target.group) if target.group else None,
        "parent_id": target.parent_id,
        "depth": row.depth,
        "indicator": target.indicator.code if target.indicator else None,
        "kind": target.kind,
        "form": target.form,
        "direction": target.direction,
        "value": decimal_text(target.value),
        "value_high": decimal_text(target.value_high),
        "total": decimal_text(target.total),
        "baseline_value": decimal_text(target.baseline_value),
        "baseline_year": target.baseline_year,
        "deadline_year": target.deadline_year,
        "lead_agency": target.lead_agency.name if target.lead_agency else None,
        "illustrative": row.illustrative,
        "evaluation": evaluation_out(row.definition, row.evaluation, config),
    }


OBSERVATION_VALUES = (
    "id",
    "indicator__code",
    "locality_id",
    "locality__code",
    "locality__scheme",
    "locality__type_name",
    "locality__name",
    "period_start",
    "period_end",
    "period_kind",
    "kind",
    "value",
    "text_value",
    "reported_on",
    "source",
    "source_sentence",
    "note",
    "is_illustrative",
    "updated_at",
)


def observation_out(row: dict) -> dict:
    """From a `.values(*OBSERVATION_VALUES)` row: lists and exports of many rows skip model instances."""
    return {
        "id": row["id"],
        "indicator": row["indicator__code"],
        "locality_id": row["locality_id"],
        "locality_code": row["locality__code"],
        "locality_scheme": row["locality__scheme"],
        "locality_name": f"{row['locality__type_name']} {row['locality__name']}".strip(),
        "period_start": row["period_start"],
        "period_end": row["period_end"],
        "period_kind": row["period_kind"],
        "kind": KIND_BY_VALUE[row["kind"]],
        "value": decimal_text(row["value"]),
        "text_value": row["text_value"],
        "reported_on": row["reported_on"],
        "source": row["source"],
        "source_sentence": row["source_sentence"],
        "note": row["note"],
        "is_illustrative": row["is_illustrative"],
        "updated_at": row["updated_at"],
    }


def plan_value_out(plan: PlanValue) -> dict:
    return {
        "id": plan.pk,
        "target": plan.target_id,
        "resolution": plan.target.resolution_id,
        "year": plan.year,
        "source": plan.source,
        "value": decimal_text(plan.value),
        "source_sentence": plan.source_sentence,
        "is_illustrative": plan.is_illustrative,
    }


def criteria_set_out(criteria_set: CriteriaSet) -> dict:
    """Expects `criteria` prefetched."""
    return {
        "id": criteria_set.pk,
        "code": criteria_set.code,
        "name": criteria_set.name,
        "legal_basis": criteria_set.legal_basis,
        "first_year": criteria_set.first_year,
        "last_year": criteria_set.last_year,
        "recognition_levels": [
            level.strip() for level in criteria_set.recognition_levels.split(",") if level.strip()
        ],
        "criteria": [
            {"id": c.pk, "number": c.number, "name": c.name, "group": c.group}
            for c in criteria_set.criteria.all()
        ],
    }


def assessment_out(assessment: Assessment) -> dict:
    return {
        "id": assessment.pk,
        "locality_id": assessment.locality_id,
        "locality_name": assessment.locality.full_name,
        "criteria_set": assessment.criterion.criteria_set.code,
        "criterion_number": assessment.criterion.number,
        "criterion_name": assessment.criterion.name,
        "year": assessment.year,
        "met": assessment.met,
        "note": assessment.note,
        "is_illustrative": assessment.is_illustrative,
    }
