"""No false flag on the Phú Lương 2020-2025 demo data as loaded (issue 14): every figure checked as the entry form
and the approver's page check it, and the evaluation of every review kind."""

from types import SimpleNamespace

import pytest

from chitieu.evaluation.engine.definitions import Review
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.text import resolution_summary
from chitieu.localities.models import Locality
from chitieu.localities.queries import subtree_ids
from chitieu.plans.models import Resolution
from chitieu.results.models import Observation
from chitieu.results.queries import reviewed_figures

pytestmark = pytest.mark.django_db


def test_no_figure_of_phu_luong_or_its_communes_raises_a_flag(demo):
    district = Locality.objects.get(name="Phú Lương", level__rank=2)
    flagged = []
    for unit in Locality.objects.filter(pk__in=[district.pk, *subtree_ids(district)]):
        observations = list(Observation.objects.filter(locality=unit).select_related("indicator"))
        for observation in observations:
            period = SimpleNamespace(start=observation.period_start, end=observation.period_end)
            for figure in reviewed_figures([observation], period, unit):
                flagged += [(unit.name, observation.indicator.name, f.text) for f in figure.flags]
    assert flagged == []


@pytest.mark.parametrize("review", list(Review))
def test_no_evaluation_of_phu_luong_raises_a_flag(demo, review):
    resolution = Resolution.objects.get(locality__name="Phú Lương", kind=Resolution.Kind.CONGRESS)
    result = evaluate_resolution(resolution, review_config(resolution, review=review))
    flags = [(row.definition.label, flag.text) for row in result.rows for flag in row.evaluation.flags]
    assert flags == [] and resolution_summary(result).flags == []
