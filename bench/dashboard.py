"""Time the province dashboard on PostgreSQL: 100 communes × 40 indicators × 5 years of monthly values.

    .venv/bin/python bench/dashboard.py [--requests 30] [--keep] [--database chitieu_bench_dash]

Creates a throwaway database (createdb -h 127.0.0.1 -U postgres), migrates it, builds the province with
bulk_create, then requests /resolutions/<pk>/ through the Django test Client: warm-up excluded, it prints p50 and
p95 of the server time, the number of SQL queries per page, the time of a page whose evaluation is computed
afresh (the cache cleared), and the floor: the plain SQL aggregate of the same observations. The database is
dropped afterwards unless --keep is given.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GOAL_P95_MS = 150
HOST = os.environ.get("BENCH_PGHOST", "127.0.0.1")
USER = os.environ.get("BENCH_PGUSER", "postgres")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--database", default="chitieu_bench_dash")
    parser.add_argument("--keep", action="store_true", help="keep the database (and reuse it next time)")
    parser.add_argument("--districts", type=int, default=10)
    parser.add_argument("--communes", type=int, default=10, help="communes per district")
    parser.add_argument("--indicators", type=int, default=40)
    args = parser.parse_args()

    exists = _database_exists(args.database)
    if not exists:
        subprocess.run(["createdb", "-h", HOST, "-U", USER, args.database], check=True)
    os.environ["DATABASE_URL"] = f"postgres://{USER}@{HOST}:5432/{args.database}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    try:
        _run(args, reuse=exists and args.keep)
    finally:
        if not args.keep:
            from django.db import connections

            connections.close_all()
            subprocess.run(["dropdb", "-h", HOST, "-U", USER, "--if-exists", args.database], check=True)


def _database_exists(name: str) -> bool:
    found = subprocess.run(
        [
            "psql",
            "-h",
            HOST,
            "-U",
            USER,
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname = '{name}'",
            "postgres",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return found.stdout.strip() == "1"


def _run(args: argparse.Namespace, reuse: bool) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from chitieu.plans.models import Resolution
    from chitieu.reports.evaluations import forget
    from chitieu.reports.generated import build_province
    from chitieu.results.models import Observation

    settings.ALLOWED_HOSTS = ["testserver"]
    setup_test_environment()
    call_command("migrate", verbosity=0)
    resolution = Resolution.objects.filter(locality__name__startswith="Thử nghiệm").order_by("-pk").first()
    if resolution is None or not reuse:
        started = time.perf_counter()
        province = build_province(args.districts, args.communes, args.indicators)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        resolution = province.resolution
        print(f"built the province in {time.perf_counter() - started:.1f} s")
    observations = Observation.objects.count()
    targets = resolution.targets.count()
    from chitieu.accounts.models import Membership

    user = Membership.objects.filter(locality=resolution.locality).first().user
    client = Client()
    client.force_login(user)
    url = f"/resolutions/{resolution.pk}/"
    for _ in range(args.warmup):
        assert client.get(url).status_code == 200
    timings = []
    for _ in range(args.requests):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    cold = []
    for _ in range(3):
        forget()
        with CaptureQueriesContext(connection) as cold_queries:
            started = time.perf_counter()
            client.get(url)
            cold.append((time.perf_counter() - started) * 1000)
    floor = _aggregate_floor(connection, resolution)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    print(f"{observations:,} observations, {targets} targets, {args.districts * args.communes} communes")
    print(
        f"dashboard  p50 {p50:.1f} ms   p95 {p95:.1f} ms   min {timings[0]:.1f} ms   "
        f"({args.requests} requests, {args.warmup} warm-up; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs)"
    )
    print(f"queries per page: {len(queries)} from the cache, {len(cold_queries)} when computed")
    print(
        f"computed (cache cleared, the data read and rolled up again): p50 {statistics.median(cold):.0f} ms"
    )
    print(f"plain SQL aggregate of the same observations (floor): p50 {floor:.1f} ms")
    print(f"goal p95 ≤ {GOAL_P95_MS} ms: {'met' if p95 <= GOAL_P95_MS else 'NOT met'}")


def _aggregate_floor(connection, resolution) -> float:  # type: ignore[no-untyped-def]
    """One GROUP BY (parent unit, indicator, period) over every observation of the province's communes."""
    sql = """
        SELECT o.indicator_id, l.parent_id, o.period_start, o.period_end, SUM(o.value), COUNT(*)
        FROM results_observation o JOIN localities_locality l ON l.id = o.locality_id
        JOIN localities_locality d ON d.id = l.parent_id
        WHERE d.parent_id = %s
        GROUP BY o.indicator_id, l.parent_id, o.period_start, o.period_end
    """
    runs = []
    with connection.cursor() as cursor:
        for _ in range(7):
            started = time.perf_counter()
            cursor.execute(sql, [resolution.locality_id])
            cursor.fetchall()
            runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


if __name__ == "__main__":
    main()
