"""Turn Target rows into the engine's plain TargetDef values, children included."""

from collections import defaultdict
from decimal import Decimal

from chitieu.evaluation.engine.definitions import Direction, TargetDef, TargetKind, ValueForm
from chitieu.plans.models import Target

# The ordinal scale of Party and cadre quality ratings (Quy định 124-QĐ/TW), worst first.
PARTY_RATING_SCALE = (
    "không hoàn thành nhiệm vụ",
    "hoàn thành nhiệm vụ",
    "hoàn thành tốt nhiệm vụ",
    "hoàn thành xuất sắc nhiệm vụ",
)


def _decimal(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.normalize()


def target_definitions(targets: list[Target], start_year: int | None = None) -> list[TargetDef]:
    """The top-level definitions of a resolution's targets, each carrying its children, in published order."""
    children: dict[int | None, list[Target]] = defaultdict(list)
    for target in targets:
        children[target.parent_id].append(target)

    def build(target: Target) -> TargetDef:
        indicator = target.indicator
        return TargetDef(
            key=str(target.pk),
            label=target.label,
            name=target.name,
            unit=target.unit or (indicator.unit if indicator else ""),
            kind=TargetKind(target.kind),
            form=ValueForm(target.form),
            direction=Direction(target.direction),
            value=_decimal(target.value),
            value_high=_decimal(target.value_high),
            total=_decimal(target.total),
            strict=target.strict,
            ordinal_scale=PARTY_RATING_SCALE if target.form == Target.Form.ORDINAL else (),
            ordinal_target=target.ordinal_target or None,
            baseline_value=_decimal(target.baseline_value),
            baseline_year=target.baseline_year,
            start_year=start_year,
            deadline_year=target.deadline_year,
            is_percent=bool(indicator and indicator.is_percent),
            group=str(target.group) if target.group else None,
            children=tuple(build(child) for child in children[target.pk]),
            value_unit=indicator.unit if indicator else "",
        )

    return [build(target) for target in children[None]]
