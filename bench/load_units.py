"""Time `load_units --all` (both eras, whole country) into a fresh temporary SQLite database."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
PYTHON = PROJECT_DIR / ".venv" / "bin" / "python"
BUDGET_SECONDS = 60


def manage(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [str(PYTHON), "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="chitieu-bench-") as directory:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{Path(directory) / 'bench.sqlite3'}"}
        manage("migrate", "--noinput", "-v0", env=env)
        started = time.perf_counter()
        first = manage("load_units", "--all", env=env)
        first_seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = manage("load_units", "--all", env=env)
        again_seconds = time.perf_counter() - started
    print(first.rstrip())
    print(f"First load, whole process: {first_seconds:.1f} s (budget {BUDGET_SECONDS} s).")
    print(again.splitlines()[0])
    print(f"Re-run (nothing to write), whole process: {again_seconds:.1f} s.")
    print(f"BENCH load_units_all={first_seconds:.1f} s; load_units_rerun={again_seconds:.1f} s")
    return 0 if first_seconds < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
