"""What a new unit's congress report says of the units it was formed from: each predecessor province or district's
congress resolution of the term before, reviewed at its end ("Hậu Giang 18/18, Sóc Trăng 17/20 chỉ tiêu đạt và
vượt", as the first congress of the new Cần Thơ reported)."""

from dataclasses import dataclass

from chitieu.evaluation.engine.definitions import Review
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.text import resolution_summary
from chitieu.localities.models import Locality, LocalityLink
from chitieu.plans.models import Resolution


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
