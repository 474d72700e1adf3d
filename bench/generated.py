"""Time generation and the resolution page's evaluation on generated national-scale data, against the SQL floor.

    DATABASE_URL=... .venv/bin/python bench/generated.py [--province NAME ... | --all] [--communes N] [--keep]

Without DATABASE_URL a temporary SQLite file is used. A PostgreSQL DATABASE_URL names a throwaway database that
this script creates and drops (unless --keep). It generates the selection (`chitieu generate`), then evaluates the
province resolution with the most observations below it (evaluate_resolution, what /resolutions/<pk>/ computes)
and a commune's, and times the plain SQL aggregate over the same observations: the floor.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
REPETITIONS = 5


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--province", action="append", default=[])
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--communes", type=int)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="time an already generated database; keep it")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory(prefix="chitieu-bench-") as directory:
        if not url:
            url = os.environ["DATABASE_URL"] = f"sqlite:///{Path(directory) / 'bench.sqlite3'}"
        postgres = url.startswith("postgres")
        name = url.rsplit("/", 1)[1]
        pg = ["-h", "127.0.0.1", "-U", "postgres"]
        if postgres and not args.reuse:
            subprocess.run(["dropdb", *pg, "--if-exists", name], check=True)
            subprocess.run(["createdb", *pg, name], check=True)
        try:
            return run(args)
        finally:
            from django.db import connections

            connections.close_all()
            if postgres and not (args.keep or args.reuse):
                subprocess.run(["dropdb", *pg, "--if-exists", name], check=True)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    import django

    django.setup()
    from io import StringIO

    from django.core.management import call_command
    from django.db import connection

    from chitieu.evaluation.queries import evaluate_resolution
    from chitieu.plans.models import Resolution
    from chitieu.results.models import Observation
    from chitieu.scale.generator import MARK

    call_command("migrate", verbosity=0)
    options = {"all": True} if args.all else {"province": args.province or ["Lai Châu"]}
    out = StringIO("(reused)\n" if args.reuse else "")
    started = time.perf_counter()
    if not args.reuse:
        call_command("generate", communes=args.communes, stdout=out, **options)
    generate_seconds = time.perf_counter() - started
    if connection.vendor == "postgresql" and not args.reuse:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    observations = Observation.objects.count()
    print(out.getvalue().splitlines()[0])
    figures = [f"generate={generate_seconds:.1f} s", f"observations={observations} rows"]
    for level in ("province", "commune"):
        resolution = (
            Resolution.objects.filter(
                source_note=MARK, locality__level__slug=level, locality__scheme="legacy"
            )
            .select_related("locality")
            .order_by("locality__code")
            .first()
        )
        page = _median(lambda resolution=resolution: evaluate_resolution(resolution))
        ids = _subtree(resolution.locality_id)
        floor = _median(lambda ids=ids: _floor(connection, ids))
        print(
            f"{connection.vendor}: evaluate {resolution.locality} ({resolution.targets.count()} targets) "
            f"p50 {page:.1f} ms; SQL floor {floor:.1f} ms; ratio {page / floor:.1f}x"
        )
        figures += [
            f"{level}_page={page:.1f} ms",
            f"{level}_floor={floor:.1f} ms",
            f"{level}_ratio={page / floor:.1f} x",
        ]
    print("BENCH " + "; ".join(figures))
    return 0


def _median(action) -> float:  # type: ignore[no-untyped-def]
    action()  # warm-up
    runs = []
    for _ in range(REPETITIONS):
        started = time.perf_counter()
        action()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def _subtree(locality_id: int) -> list[int]:
    from chitieu.localities.models import Locality

    ids, level = [locality_id], [locality_id]
    while level := list(Locality.objects.filter(parent__in=level).values_list("pk", flat=True)):
        ids += level
    return ids


def _floor(connection, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    """The observations of the unit and the units below it, summed per indicator and period in one GROUP BY."""
    placeholders = ", ".join(["%s"] * len(ids))
    sql = f"""
        SELECT indicator_id, period_start, period_end, kind, SUM(value), COUNT(*)
        FROM results_observation WHERE locality_id IN ({placeholders})
        GROUP BY indicator_id, period_start, period_end, kind
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)
        cursor.fetchall()


if __name__ == "__main__":
    sys.exit(main())
