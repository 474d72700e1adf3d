"""Time importing a 100.000-value entry workbook (.xlsx) on PostgreSQL: read, check, write all or nothing.

A throwaway database (chitieu_bench_import on 127.0.0.1, user postgres) is created, migrated, filled with one
province, 1.000 communes and 100 indicators, and dropped at the end. The workbook (1.000 × 100 rows, values
typed the Vietnamese way as text) is built first and not timed; `workbook.import_workbook` is timed, as office
staff of the province: the streaming `xlsx_reader`, the page's checks for every unit, then the API's
`upsert_observations` in batches of 10.000.
"""

import io
import os
import secrets
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throwaway import throwaway_postgres  # noqa: E402

DB_NAME = "chitieu_bench_import"
COMMUNES = 1_000
INDICATORS = 100
BUDGET_SECONDS = 15


def main() -> int:
    with throwaway_postgres(DB_NAME):
        return run()


def run() -> int:
    user, content = prepare()
    from chitieu.results.models import Observation
    from chitieu.results.workbook import import_workbook

    if os.environ.get("PROFILE"):
        import cProfile

        cProfile.runctx("import_workbook(user, io.BytesIO(content))", globals(), locals(), sort="cumtime")
        return 0
    started = time.perf_counter()
    written = import_workbook(user, io.BytesIO(content))
    elapsed = time.perf_counter() - started
    assert written == Observation.objects.count() == COMMUNES * INDICATORS
    print(f"{written:,} values from a {len(content) / 1e6:.1f} MB .xlsx on PostgreSQL".replace(",", "."))
    print(f"  import: {elapsed:5.1f} s  (budget {BUDGET_SECONDS} s)")
    return 0 if elapsed <= BUDGET_SECONDS else 1


def prepare():
    from django.contrib.auth import get_user_model
    from openpyxl import Workbook

    from chitieu.accounts.models import Membership
    from chitieu.localities.models import Level, Locality
    from chitieu.plans.models import Indicator
    from chitieu.results.models import ReportingPeriod
    from chitieu.results.workbook import HEADERS, SHEET

    province_level = Level.objects.create(slug="province", name="Tỉnh", rank=1)
    commune_level = Level.objects.create(slug="commune", name="Xã", rank=3)
    province = Locality.objects.create(name="Thái Nguyên", type_name="Tỉnh", level=province_level)
    communes = Locality.objects.bulk_create(
        Locality(name=f"Xã số {n}", type_name="Xã", level=commune_level, parent=province)
        for n in range(COMMUNES)
    )
    indicators = Indicator.objects.bulk_create(
        Indicator(code=f"chi-so-{n}", name=f"Chỉ số {n}", unit="triệu đồng") for n in range(INDICATORS)
    )
    period = ReportingPeriod.objects.create(
        kind="9m",
        name="9 tháng năm 2024",
        start=date(2024, 1, 1),
        end=date(2024, 9, 30),
        deadline=date(2099, 10, 10),
    )
    user = get_user_model().objects.create_user("vanphong.tn", password=secrets.token_urlsafe())
    Membership.objects.create(user=user, role=Membership.Role.OFFICE, locality=province)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    sheet.append(["Kỳ báo cáo", period.name, "Mã kỳ", period.pk])
    sheet.append(["Đơn vị", province.name, "Mã đơn vị", province.pk])
    sheet.append([])
    sheet.append(HEADERS)
    number = 0
    for commune in communes:
        for indicator in indicators:
            number += 1
            sheet.append(
                [
                    number,
                    commune.pk,
                    indicator.code,
                    indicator.name,
                    "triệu đồng",
                    "",
                    "",
                    f"{number % 900 + 1}.{number % 1000:03d},5",
                    "ước",
                    "",
                ]
            )
    buffer = io.BytesIO()
    book.save(buffer)
    return user, buffer.getvalue()


if __name__ == "__main__":
    sys.exit(main())
