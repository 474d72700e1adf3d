"""The generator: exact counts on a small run, the same data from the same seed, everything marked illustrative."""

from io import StringIO

import pytest
from django.core.management import call_command

from chitieu.criteria.models import Assessment
from chitieu.localities.units import select_provinces
from chitieu.plans.models import Resolution, Target
from chitieu.results.models import Observation
from chitieu.scale.generator import MARK, generate

pytestmark = pytest.mark.django_db


def snapshot() -> list[tuple]:
    return list(
        Observation.objects.order_by(
            "locality__scheme", "locality__code", "indicator__code", "period_start", "period_end", "kind"
        ).values_list(
            "locality__scheme",
            "locality__code",
            "indicator__code",
            "period_start",
            "period_end",
            "kind",
            "value",
        )
    )


def test_a_small_run_writes_exact_counts():
    out = StringIO()
    call_command("generate", province=["Lai Châu"], communes=2, seed=7, stdout=out)
    assert "Đã sinh dữ liệu minh họa cho" in out.getvalue()
    assert out.getvalue().splitlines()[-1].startswith("BENCH generate=")
    # Lai Châu in both eras, 2 communes in each, and the one legacy district the two legacy communes share.
    assert Resolution.objects.filter(source_note=MARK).count() == COUNTS["resolutions"]
    assert Target.objects.filter(is_illustrative=True).count() == COUNTS["targets"]
    assert Observation.objects.count() == COUNTS["observations"]
    assert Assessment.objects.count() == 2 * 19 * 5


def test_the_same_seed_gives_the_same_data_and_a_rerun_replaces_it():
    selection = select_provinces(["Lai Châu"])
    generate(selection, seed=7, communes=2)
    first = snapshot()
    targets = list(
        Target.objects.order_by(
            "resolution__locality__scheme",
            "resolution__locality__level__rank",
            "resolution__locality__code",
            "order",
        ).values_list("name", "value")
    )
    generate(selection, seed=7, communes=2)
    assert snapshot() == first
    assert (
        list(
            Target.objects.order_by(
                "resolution__locality__scheme",
                "resolution__locality__level__rank",
                "resolution__locality__code",
                "order",
            ).values_list("name", "value")
        )
        == targets
    )
    generate(selection, seed=8, communes=2)
    assert snapshot() != first


def test_everything_generated_is_marked_illustrative():
    generate(select_provinces(["Lai Châu"]), seed=7, communes=1)
    assert not Observation.objects.exclude(is_illustrative=True, source=MARK).exists()
    assert not Target.objects.exclude(is_illustrative=True).exists()
    assert not Resolution.objects.filter(is_public=True).exists()
    assert not Assessment.objects.exclude(is_illustrative=True).exists()


def test_a_generated_resolution_can_be_evaluated():
    from chitieu.evaluation.queries import evaluate_resolution

    generate(select_provinces(["Lai Châu"]), seed=7, communes=1)
    resolution = Resolution.objects.filter(source_note=MARK, locality__level__slug="commune").first()
    evaluation = evaluate_resolution(resolution)
    assert len(evaluation.rows) == resolution.targets.count()
    assert evaluation.illustrative


COUNTS = {"resolutions": 7, "targets": 191, "observations": 3832}


def test_assessments_entered_otherwise_keep_their_place_and_the_run_does_not_fail():
    selection = select_provinces(["Lai Châu"])
    generate(selection, seed=7, communes=2)
    kept = Assessment.objects.filter(note=MARK).order_by("pk").first()
    # An office (or the demo) enters its own assessment for a generated commune, criterion and year.
    Assessment.objects.filter(pk=kept.pk).update(note="Biên bản thẩm định của huyện", met=not kept.met)
    generate(selection, seed=7, communes=2)
    own = Assessment.objects.get(locality=kept.locality, criterion=kept.criterion, year=kept.year)
    assert (own.note, own.met) == ("Biên bản thẩm định của huyện", not kept.met)
    assert Assessment.objects.count() == 2 * 19 * 5
