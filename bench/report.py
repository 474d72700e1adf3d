"""Time the demo Phú Lương mid-term report: the draft text, the Word document and the Excel annex; the PDF apart.

    .venv/bin/python bench/report.py [--no-pdf]

Runs on a fresh temporary SQLite database loaded with `load-units --province demo` and `load-demo`.
"""

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from io import StringIO
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
REPETITIONS = 7
BUDGET_SECONDS = 2.0  # docx + xlsx, the part a user waits for on the page


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def median_seconds(action) -> float:
    return statistics.median(timed(action)[0] for _ in range(REPETITIONS))


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="chitieu-bench-") as directory:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(directory) / 'bench.sqlite3'}"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.management import call_command

        from chitieu.documents import pdf, report, services
        from chitieu.plans.models import Resolution

        for command, options in (
            ("migrate", {"verbosity": 0}),
            ("load_units", {"province": ["demo"]}),
            ("load_demo", {}),
        ):
            call_command(command, stdout=StringIO(), **options)
        resolution = Resolution.objects.select_related("locality", "term").get(
            locality__name="Phú Lương", kind=Resolution.Kind.CONGRESS
        )
        user = get_user_model().objects.get(username="vanphong")

        def draft():
            return services.create_draft(
                resolution,
                kind="mid-term",
                as_of=date(2023, 6, 30),
                body="party",
                place="",
                dated=date(2023, 10, 15),
                signer="",
                signer_title="",
                user=user,
            )

        subject = draft()
        text = median_seconds(draft)
        docx = median_seconds(lambda: report.docx_bytes(subject))
        xlsx = median_seconds(lambda: report.xlsx_bytes(subject))
        targets = resolution.targets.count()
        print(
            f"Phú Lương, sơ kết giữa nhiệm kỳ ({targets} chỉ tiêu và chỉ tiêu thành phần), median of {REPETITIONS}:"
        )
        print(f"  draft text  {text * 1000:7.0f} ms")
        print(f"  .docx       {docx * 1000:7.0f} ms  ({len(report.docx_bytes(subject)) // 1024} KB)")
        print(f"  .xlsx       {xlsx * 1000:7.0f} ms  ({len(report.xlsx_bytes(subject)) // 1024} KB)")
        print(f"  docx + xlsx {(docx + xlsx) * 1000:7.0f} ms  (budget {BUDGET_SECONDS * 1000:.0f} ms)")
        if "--no-pdf" not in sys.argv:
            if pdf.soffice() is None:
                print("  PDF         skipped: LibreOffice (soffice) is not installed")
            else:
                seconds, content = timed(lambda: pdf.docx_to_pdf(report.docx_bytes(subject)))
                print(
                    f"  PDF         {seconds * 1000:7.0f} ms  ({len(content) // 1024} KB, one LibreOffice run)"
                )
        return 0 if docx + xlsx <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
