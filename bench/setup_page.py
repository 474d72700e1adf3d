"""Size and time of the setup page of the demo's biggest resolution, and of each part of each group it loads.

    .venv/bin/python bench/setup_page.py [--requests 10] [--var-dir /tmp/chitieu-bench-setup]

Loads the demo into a fresh SQLite database in the given folder (`load-units --province demo`, `load-demo`; about a
minute, skipped when the folder already holds it), signs in as the administrator and requests the page and each
group part (as htmx does) through Django's test Client, warm-up excluded. Prints the HTML size and the p50 and
maximum server time of each; the goal is under 100 KB and 200 ms (issue 17).
"""

import argparse
import os
import statistics
import sys
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GOAL_BYTES = 100_000
GOAL_MS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--var-dir", default="/tmp/chitieu-bench-setup")
    args = parser.parse_args()
    os.environ["CHITIEU_VAR_DIR"] = args.var_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    Path(args.var_dir).mkdir(parents=True, exist_ok=True)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db.models import Count

    from chitieu.plans.models import Resolution

    call_command("migrate", verbosity=0)
    if not Resolution.objects.exists():
        call_command("load_units", province=["demo"], stdout=StringIO())
        call_command("load_demo", stdout=StringIO())
    resolution = Resolution.objects.annotate(n=Count("targets")).order_by("-n", "pk").first()
    print(f"{resolution} ({resolution.n} chỉ tiêu)")
    failed = False
    for url, headers in _urls(resolution):
        size, times = _measure(url, headers, args.requests)
        p50, worst = statistics.median(times), max(times)
        ok = size < GOAL_BYTES and p50 < GOAL_MS
        failed |= not ok
        print(
            f"{url:<40} {size / 1000:7.1f} KB  p50 {p50:6.1f} ms  max {worst:6.1f} ms  {'ok' if ok else 'OVER'}"
        )
    sys.exit(1 if failed else 0)


def _urls(resolution):
    from chitieu.setup.forms import PART_SIZE
    from chitieu.setup.services import sections

    yield f"/setup/{resolution.pk}/", {}
    for section in sections(resolution):
        for part in range(1, max(1, -(-section.count // PART_SIZE)) + 1):
            yield f"/setup/{resolution.pk}/groups/{section.key}/?part={part}", {"HTTP_HX_REQUEST": "true"}


def _measure(url: str, headers: dict, requests: int) -> tuple[int, list[float]]:
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        client.get(url, **headers)
        times.append((time.perf_counter() - start) * 1000)
    return len(response.content), times


if __name__ == "__main__":
    main()
