"""Time a bulk write of 100.000 observations through POST /api/v1/observations/bulk on PostgreSQL.

A throwaway database (chitieu_bench_api on 127.0.0.1, user postgres) is created, migrated, filled with one
province, 100 communes and 20 indicators, and dropped at the end. The figures go in as 10 batches of 10.000
(the API's limit) through the real endpoint with Django's test client, as office staff of the province, after
one warm-up GET. Serialising the JSON bodies is not timed; parsing them is.
Then the same batches again (nothing changes) and once more with every value changed (each goes to history).
"""

import json
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throwaway import throwaway_postgres  # noqa: E402

DB_NAME = "chitieu_bench_api"
COMMUNES = 100
INDICATORS = 20
MONTHS = 50  # 100 communes × 20 indicators × 50 months = 100.000 observations
BATCH = 10_000
BUDGET_SECONDS = 15


def main() -> int:
    with throwaway_postgres(DB_NAME):
        return run()


def run() -> int:
    client, items = prepare()
    batches = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
    bodies = [json.dumps({"items": batch}) for batch in batches]
    # A running server has its URL map and modules loaded; the first request of a fresh process pays for that.
    assert client.get("/api/v1/indicators").status_code == 200

    first = post_all(client, bodies)
    again = post_all(client, bodies)
    for item in items:
        item["value"] = str(Decimal(item["value"]) + 1)
    changed = post_all(client, [json.dumps({"items": batch}) for batch in batches])

    from chitieu.results.models import Observation, ObservationRevision

    assert Observation.objects.count() == len(items)
    assert ObservationRevision.objects.count() == len(items)
    print(
        f"{len(items):,} observations in {len(batches)} batches of {BATCH:,} on PostgreSQL".replace(",", ".")
    )
    print(f"  first write:          {first:5.1f} s  (budget {BUDGET_SECONDS} s)")
    print(f"  same batches again:   {again:5.1f} s  (nothing changed)")
    print(f"  every value changed:  {changed:5.1f} s  (100.000 revisions kept)")
    return 0 if first <= BUDGET_SECONDS else 1


def prepare():
    from django.contrib.auth import get_user_model
    from django.test import Client

    from chitieu.accounts.models import Membership
    from chitieu.api.services import create_token
    from chitieu.localities.models import Level, Locality
    from chitieu.plans.models import Indicator
    from chitieu.results.models import ReportingPeriod

    province_level = Level.objects.create(slug="province", name="Tỉnh", rank=1)
    commune_level = Level.objects.create(slug="commune", name="Xã", rank=3)
    province = Locality.objects.create(
        name="Thái Nguyên", type_name="Tỉnh", level=province_level, code="19", scheme="2025"
    )
    Locality.objects.bulk_create(
        Locality(
            name=f"Xã thử {n:03d}",
            type_name="Xã",
            level=commune_level,
            parent=province,
            code=f"{5000 + n:05d}",
            scheme="2025",
        )
        for n in range(COMMUNES)
    )
    Indicator.objects.bulk_create(
        Indicator(code=f"chi-so-{n:02d}", name=f"Chỉ số thử {n:02d}") for n in range(INDICATORS)
    )
    # The door takes figures only for a stored reporting period.
    ReportingPeriod.objects.bulk_create(
        ReportingPeriod(
            kind="month",
            name=f"Tháng {month % 12 + 1}/{2021 + month // 12}",
            start=date(2021 + month // 12, month % 12 + 1, 1),
            end=date(2021 + month // 12, month % 12 + 1, 28),
            deadline=date(2099, 12, 31),
        )
        for month in range(MONTHS)
    )
    user = get_user_model().objects.create_user("vanphong.bench")
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=province)
    _token, secret = create_token(user, "bench")
    client = Client(SERVER_NAME="localhost", headers={"Authorization": f"Bearer {secret}"})
    items = [
        {
            "indicator": f"chi-so-{indicator:02d}",
            "locality_code": f"{5000 + commune:05d}",
            "period_start": f"{2021 + month // 12}-{month % 12 + 1:02d}-01",
            "period_end": f"{2021 + month // 12}-{month % 12 + 1:02d}-28",
            "period_kind": "month",
            "kind": "official",
            "value": f"{commune * 10 + indicator + month / 100:.2f}",
            "reported_on": "2025-06-30",
            "source": "Chi cục Thống kê",
        }
        for commune in range(COMMUNES)
        for indicator in range(INDICATORS)
        for month in range(MONTHS)
    ]
    return client, items


def post_all(client, bodies: list[str]) -> float:
    started = time.perf_counter()
    for body in bodies:
        response = client.post("/api/v1/observations/bulk", body, content_type="application/json")
        assert response.status_code == 200, response.content[:500]
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
