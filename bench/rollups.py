"""Time what the roll-ups add to a write, and the rebuild, on a generated database (DATABASE_URL).

Ten commune figures are written through the door (one set-wise batch, and one by one in a page's save), each
timed with the roll-up refresh and with it switched off, then rolled back; then `rebuild` runs once, rolled
back too. Run after `chitieu generate --province NAME`: nothing is left changed.
"""

import os
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402

from chitieu.localities.models import Locality  # noqa: E402
from chitieu.plans.models import Indicator  # noqa: E402
from chitieu.results import rollups  # noqa: E402
from chitieu.results.door import Figure, System, figures, record_observation, write_observations  # noqa: E402

LOADER = System("bench", publishes=False)
ROUNDS = 9


class Undo(Exception):
    pass


def timed(write) -> float:
    started = time.perf_counter()
    try:
        with transaction.atomic():
            write()
            raise Undo
    except Undo:
        pass
    return (time.perf_counter() - started) * 1000


def main() -> int:
    communes = list(
        Locality.objects.filter(level__slug="commune", parent__parent__isnull=False).order_by("pk")[:10]
    )
    indicator = Indicator.objects.filter(rollup="sum").order_by("pk").first()
    start, end = date(2024, 1, 1), date(2024, 12, 31)
    keyed = {(indicator.pk, c.pk, start, end, 3): Figure("year", Decimal("12.5")) for c in communes}

    def batch():
        write_observations(LOADER, keyed, via="bench")

    def one_by_one():
        with rollups.gathered():
            for commune in communes:
                record_observation(
                    actor=LOADER,
                    via="bench",
                    indicator=indicator,
                    locality=commune,
                    period_start=start,
                    period_end=end,
                    value=Decimal("12.5"),
                    reported_on=date(2025, 1, 15),
                )

    results = {}
    for name, write in (("batch", batch), ("one_by_one", one_by_one)):
        with_rollups = [timed(write) for _ in range(ROUNDS)]
        kept = figures.refresh
        figures.refresh = lambda places: None
        try:
            without = [timed(write) for _ in range(ROUNDS)]
        finally:
            figures.refresh = kept
        results[name] = (statistics.median(without), statistics.median(with_rollups))
        print(
            f"10 commune figures, {name}: {results[name][0]:.1f} ms without roll-ups, {results[name][1]:.1f} ms with"
        )
    seconds = timed(rollups.rebuild) / 1000 if "--rebuild" in sys.argv else float("nan")
    print(f"rebuild: {seconds:.1f} s")
    print(
        f"BENCH write10_batch={results['batch'][1]:.1f} ms; write10_batch_before={results['batch'][0]:.1f} ms; "
        f"write10_entries={results['one_by_one'][1]:.1f} ms; write10_entries_before={results['one_by_one'][0]:.1f} ms; "
        f"rebuild={seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
