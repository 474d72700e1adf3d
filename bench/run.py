"""Run every benchmark under bench/, print one table of their figures and save it under bench/results/.

    .venv/bin/python bench/run.py [--quick]        (or: chitieu bench [--quick])

Each script prints its own figures and, last, a line `BENCH name=value unit; name=value unit`; for scripts
without that line the figures are read from their usual output. --quick uses small sizes (CI, < 3 minutes).
"""

import argparse
import os
import platform
import re
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
PYTHON = sys.executable
PG = "postgres://postgres@127.0.0.1:5432/chitieu_bench_generated"
FIGURE = re.compile(r"(\w+)=([-\d.,]+)\s*([^;\s]*)")

# For scripts without a BENCH line: (figure, pattern whose first group is the value, unit).
FALLBACK = {
    "extract": [
        ("extract", r"([\d,]+) characters/s", "chars/s"),
        ("extract_articles", r"([\d,.]+) articles/s", "articles/s"),
    ],
    "dashboard": [
        ("dashboard_p50", r"p50 ([\d.]+) ms\s+p95", "ms"),
        ("dashboard_p95", r"p95 ([\d.]+) ms", "ms"),
        ("dashboard_queries", r"queries per page: (\d+)", "queries"),
        ("dashboard_floor", r"\(floor\): p50 ([\d.]+) ms", "ms"),
    ],
    "api_bulk": [
        ("api_bulk_first", r"first write:\s+([\d.]+) s", "s"),
        ("api_bulk_again", r"same batches again:\s+([\d.]+) s", "s"),
        ("api_bulk_changed", r"every value changed:\s+([\d.]+) s", "s"),
    ],
    "import_xlsx": [("import_xlsx", r"import:\s+([\d.]+) s", "s")],
    "report": [
        ("report_draft", r"draft text\s+([\d.]+) ms", "ms"),
        ("report_docx", r"\.docx\s+([\d.]+) ms", "ms"),
        ("report_xlsx", r"\.xlsx\s+([\d.]+) ms", "ms"),
        ("report_pdf", r"PDF\s+([\d.]+) ms", "ms"),
    ],
}


def plan(quick: bool) -> list[tuple[str, str, list[str], dict[str, str]]]:
    """(script, database, arguments, extra environment) in the order they run."""
    small = ["--province", "Lai Châu", "--communes", "20"] if quick else ["--province", "Thái Nguyên"]
    national = small if quick else ["--all"]
    dashboard = (
        ["--requests", "10", "--districts", "3", "--communes", "5", "--indicators", "20"] if quick else []
    )
    return [
        ("engine", "—", [], {}),
        ("extract", "—", [], {}),
        ("extract_batch", "—", ["--articles", "200"] if quick else [], {}),
        ("load_units", "SQLite", [], {}),
        ("report", "SQLite", ["--no-pdf"] if quick else [], {}),
        ("sign", "—", [], {}),
        ("import_xlsx", "PostgreSQL", [], {}),
        ("dashboard", "PostgreSQL", dashboard, {}),
        ("api_bulk", "PostgreSQL", [], {}),
        ("generated", "SQLite", small, {"DATABASE_URL": ""}),
        ("generated", "PostgreSQL", national, {"DATABASE_URL": PG}),
    ]


def run_script(name: str, args: list[str], extra: dict[str, str], timeout: int) -> tuple[str, str, float]:
    path = BENCH_DIR / f"{name}.py"
    if not path.exists():
        return "missing", "", 0.0
    env = {**os.environ, **extra}
    if not env.get("DATABASE_URL"):
        env.pop("DATABASE_URL", None)
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [PYTHON, str(path), *args],
            cwd=PROJECT_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as error:
        return "timeout", (error.stdout or b"").decode() if isinstance(error.stdout, bytes) else "", timeout
    seconds = time.perf_counter() - started
    status = "ok" if done.returncode == 0 else f"exit {done.returncode}"
    return status, done.stdout + (done.stderr[-2000:] if done.returncode else ""), seconds


def figures(name: str, output: str) -> list[tuple[str, str, str]]:
    lines = [line for line in output.splitlines() if line.startswith("BENCH ")]
    if lines:
        return [(key, value, unit) for key, value, unit in FIGURE.findall(lines[-1][6:])]
    found = []
    for key, pattern, unit in FALLBACK.get(name, []):
        if match := re.search(pattern, output):
            found.append((key, match.group(1), unit))
    if name == "dashboard" and len(found) >= 4:
        found.append(("dashboard_ratio", f"{float(found[0][1]) / float(found[3][1]):.1f}", "x"))
    return found


def machine() -> list[str]:
    def sh(command: str) -> str:
        return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()

    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
    return [
        f"- host: `{socket.gethostname()}`, {platform.system()} {platform.release()}, Python {platform.python_version()}",
        f"- CPU: {cpu}; `nproc`: {sh('nproc')}",
        f"- PostgreSQL: {sh('psql -h 127.0.0.1 -U postgres -tAc "show server_version"') or 'not reachable'}",
        "- `free -h`:",
        "",
        "```",
        sh("free -h"),
        "```",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--only", action="append", default=[], help="run only these scripts")
    args = parser.parse_args()
    timeout = 120 if args.quick else 1800
    rows: list[tuple[str, str, str, str, str, str, float]] = []
    failures = 0
    for name, database, script_args, extra in plan(args.quick):
        if args.only and name not in args.only:
            continue
        print(f"== {name} ({database}) {' '.join(script_args)}", flush=True)
        status, output, seconds = run_script(name, script_args, extra, timeout)
        print(output.rstrip(), flush=True)
        found = figures(name, output)
        if status not in ("ok", "missing"):
            failures += 1
        if not found:
            rows.append((name, database, "—", "—", "", status, seconds))
        for key, value, unit in found:
            rows.append((name, database, key, value, unit, status, seconds))
    table = [
        "| script | database | figure | value | unit | status | script time (s) |",
        "|---|---|---|---:|---|---|---:|",
        *(f"| {n} | {d} | {k} | {v} | {u} | {s} | {t:.1f} |" for n, d, k, v, u, s, t in rows),
    ]
    mode = "quick" if args.quick else "full"
    text = "\n".join([f"# Benchmarks {date.today().isoformat()} ({mode})", "", *machine(), "", *table, ""])
    print()
    print("\n".join(table))
    results = BENCH_DIR / "results"
    results.mkdir(exist_ok=True)
    path = results / f"{date.today().isoformat()}-{socket.gethostname()}{'-quick' if args.quick else ''}.md"
    path.write_text(text, encoding="utf-8")
    print(f"\nsaved {path.relative_to(PROJECT_DIR)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
