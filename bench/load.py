"""Load test: N concurrent users over the main pages for a while, against gunicorn on a throwaway PostgreSQL database.

    scripts/load-test [--users 50] [--duration 120]

Creates chitieu_load_<pid> on 127.0.0.1 (user postgres), migrates it, generates illustrative data for one province
(`chitieu generate --province "Lai Châu" --communes 30`), collects static files, starts gunicorn on a free loopback
port, then drives it from this (second) process: each user logs in through the login form and requests the
main pages in turn until the time is up. Prints throughput, p50/p95/p99 and errors, stops the server and drops
the database. Every step has a time limit, so it always ends by itself.
"""

import argparse
import http.cookiejar
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PG = ["-h", "127.0.0.1", "-U", "postgres"]
PASSWORD = "Tải-thử-2025"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=120, help="seconds of load")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--communes", type=int, default=30)
    args = parser.parse_args()
    database = f"chitieu_load_{os.getpid()}"
    with tempfile.TemporaryDirectory(prefix="chitieu-load-") as directory:
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1",
            "CHITIEU_VAR_DIR": directory,
            "CACHE_DIR": str(Path(directory) / "cache"),
            "LOGIN_FAILURE_LIMIT": "1000",
            "DJANGO_SETTINGS_MODULE": "chitieu.settings",
        }
        subprocess.run(["createdb", *PG, database], check=True, timeout=30)
        server = None
        try:
            pages = prepare(env, args.communes)
            port = free_port()
            server = subprocess.Popen(
                [str(BIN / "gunicorn"), "chitieu.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(args.workers),
                 "--timeout", "30", "--graceful-timeout", "5", "--log-level", "warning"],
                cwd=PROJECT_DIR, env=env, start_new_session=True,
            )  # fmt: skip
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base, timeout=30)
            return drive(base, pages, args.users, args.duration)
        finally:
            if server is not None:
                os.killpg(server.pid, signal.SIGTERM)
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(server.pid, signal.SIGKILL)
            subprocess.run(["dropdb", *PG, "--if-exists", "--force", database], check=False, timeout=60)


def manage(env: dict[str, str], *args: str, timeout: int = 300) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args, "--skip-checks"] if args[0] != "shell" else [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR, env=env, check=True, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    return done.stdout


def prepare(env: dict[str, str], communes: int) -> list[str]:
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "generate", "--province", "Lai Châu", "--communes", str(communes))
    manage(env, "collectstatic", "--noinput", "-v0")
    script = f"""
from django.contrib.auth import get_user_model
from chitieu.plans.models import Resolution, Target
from chitieu.scale.generator import MARK
get_user_model().objects.create_superuser("tai-thu", "tai-thu@example.vn", "{PASSWORD}")
rows = list(Resolution.objects.filter(source_note=MARK).order_by("locality__level__rank", "locality__code")[:6])
target = Target.objects.filter(resolution=rows[0]).order_by("order").first()
print("/")
for r in rows:
    print(f"/resolutions/{{r.pk}}/")
print(f"/localities/{{rows[0].locality_id}}/")
print(f"/targets/{{target.pk}}/")
print(f"/indicators/{{target.indicator_id}}/ranking/")
"""
    return [line for line in manage(env, "shell", "-c", script).split() if line.startswith("/")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/accounts/login/", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer within {timeout} s")


def login(base: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/accounts/login/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"username": "tai-thu", "password": PASSWORD, "csrfmiddlewaretoken": token})
    request = urllib.request.Request(f"{base}/accounts/login/", data=body.encode(), headers={"Referer": base})
    opener.open(request, timeout=30).read()
    if not any(cookie.name == "sessionid" for cookie in jar):
        raise RuntimeError("login failed")
    return opener


def drive(base: str, pages: list[str], users: int, duration: float) -> int:
    timings: list[float] = []
    errors: dict[str, int] = {}
    lock = threading.Lock()
    deadline = time.monotonic() + duration

    def user(number: int) -> None:
        try:
            opener = login(base)
        except Exception as error:  # noqa: BLE001 - counted, the test reports it
            with lock:
                errors[f"login: {error}"] = errors.get(f"login: {error}", 0) + 1
            return
        step = number
        while time.monotonic() < deadline:
            page = pages[step % len(pages)]
            step += 1
            started = time.perf_counter()
            try:
                with opener.open(base + page, timeout=30) as response:
                    response.read()
                problem = None
            except urllib.error.HTTPError as error:
                problem = f"{error.code} {page}"
            except Exception as error:  # noqa: BLE001 - every failure is counted and reported
                problem = f"{type(error).__name__} {page}"
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                timings.append(elapsed)
                if problem:
                    errors[problem] = errors.get(problem, 0) + 1

    started = time.monotonic()
    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + 35)
    wall = time.monotonic() - started
    timings.sort()
    count = len(timings)
    failed = sum(errors.values())

    def pct(p: float) -> float:
        return timings[min(count - 1, int(p * count))] if count else 0.0

    print(f"{users} users, {duration:.0f} s, {len(pages)} pages: {', '.join(pages)}")
    print(f"{count} requests in {wall:.1f} s: {count / wall:.1f} requests/s")
    print(f"latency p50 {pct(0.5):.0f} ms, p95 {pct(0.95):.0f} ms, p99 {pct(0.99):.0f} ms, "
          f"mean {statistics.fmean(timings) if timings else 0:.0f} ms")  # fmt: skip
    print(
        f"errors: {failed}"
        + (f" ({'; '.join(f'{k}: {v}' for k, v in sorted(errors.items()))})" if errors else "")
    )
    print(
        f"BENCH load_throughput={count / wall:.1f} req/s; load_p95={pct(0.95):.0f} ms; "
        f"load_requests={count} requests; load_errors={failed} errors"
    )
    return 0 if count and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
