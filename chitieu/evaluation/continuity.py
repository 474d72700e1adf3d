"""What a new unit's congress report says of the units it was formed from: each predecessor province or district's
congress resolution of the term before, reviewed at its end ("Hậu Giang 18/18, Sóc Trăng 17/20 chỉ tiêu đạt và
vượt", as the first congress of the new Cần Thơ reported)."""

from dataclasses import dataclass
from datetime import date

from chitieu.evaluation.baselines import Baseline, Carried, titled
from chitieu.evaluation.engine.definitions import Review
from chitieu.evaluation.queries import carried_baselines, evaluate_resolution, review_config, target_baselines
from chitieu.evaluation.series import SeriesReader
from chitieu.evaluation.text import resolution_summary
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import Resolution, Target


@dataclass(frozen=True)
class PredecessorResult:
    locality: Locality
    resolution: Resolution
    reached: int
    total: int

    @property
    def text(self) -> str:
        """'Huyện Phú Lương: 9/9 chỉ tiêu đạt và vượt'."""
        return f"{self.locality.full_name}: {self.reached}/{self.total} chỉ tiêu đạt và vượt"


def predecessor_units(locality: Locality) -> list[Locality]:
    """The units a unit was formed from, and the districts that lay in them (abolished on 1/7/2025)."""
    linked = list(
        Locality.objects.filter(
            pk__in=LocalityLink.objects.filter(successor=locality).values("predecessor_id")
        ).select_related("level")
    )
    districts = Locality.objects.filter(
        parent__in=linked, level__slug="district", resolutions__isnull=False
    ).distinct()
    return [*linked, *districts]


def previous_resolutions(resolution: Resolution) -> list[Resolution]:
    """The congress resolutions of the term before, of the units the resolution's unit was formed from, and
    those marked as continued by it."""
    units = predecessor_units(resolution.locality)
    found = Resolution.objects.filter(
        kind=Resolution.Kind.CONGRESS, locality__in=units, term__end_year=resolution.term.start_year
    ) | Resolution.objects.filter(continued_by=resolution)
    order = {unit.pk: index for index, unit in enumerate(units)}
    return sorted(
        found.select_related("locality", "term").distinct(),
        key=lambda r: order.get(r.locality_id, len(order)),
    )


def predecessor_results(resolution: Resolution) -> list[PredecessorResult]:
    """Each predecessor's resolution, evaluated at the end of its term on its own (now read-only) figures; none
    for a unit that was not formed on a date (no query then: the dashboard of every other unit stays as it was)."""
    if resolution.locality.valid_from is None:
        return []
    results = []
    for previous in previous_resolutions(resolution):
        summary = resolution_summary(
            evaluate_resolution(previous, review_config(previous, review=Review.END_OF_TERM))
        )
        results.append(PredecessorResult(previous.locality, previous, summary.reached, summary.total))
    return results


@dataclass(frozen=True)
class TargetContinuity:
    """What a target page says of the terms around it."""

    baseline: Baseline | None  # the baseline the evaluation reads when the resolution states none
    continues: Carried | None  # the previous term's target it carries on, with its end-of-term result
    continued_in: list[
        tuple[int, str]
    ]  # the next term's targets that carry it on: (id, "Được tiếp nối bởi …")


def target_continuity(target: Target, as_of: date | None = None) -> TargetContinuity:
    """The baseline of the target page (the same figure as the evaluation's and `chitieu evaluate`'s), the target
    it continues and those that continue it."""
    config = review_config(target.resolution, as_of=as_of)
    carried = carried_baselines([target], config)
    baseline = None
    # Only a merged unit's target or a continuing one has a baseline the resolution does not state.
    if target.indicator is not None and (target.resolution.locality.valid_from is not None or carried):
        reader = SeriesReader(target.resolution.locality, [target.indicator], as_of=as_of)
        baseline = target_baselines([target], reader, config, carried=carried).get(target.pk)
    continued_in = [
        (
            later.pk,
            f"Được tiếp nối bởi chỉ tiêu {f'{later.label} {later.name}'.strip()} của "
            + titled(later.resolution.title, later.resolution.term.name),
        )
        for later in target.continued_in.select_related("resolution__term").order_by("pk")
    ]
    found = carried.get(target.pk)
    return TargetContinuity(baseline, found.carried if found else None, continued_in)
