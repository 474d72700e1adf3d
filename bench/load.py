"""Mixed load test: readers browsing the dashboards while writers save figures, against gunicorn on PostgreSQL.

    scripts/load-test [--readers 40] [--writers 5] [--duration 60] [--communes 30] [--province "Lai Châu"]

Creates chitieu_load_<pid> on 127.0.0.1 (user postgres), migrates it, generates illustrative data for one province
(`chitieu generate --province … --communes N`), collects static files, and sets up, through the ORM and the
API's own token service, the people of the test: one reader account that sees everything, and per writer a
reporter at one commune of the new era with a personal API token, plus an open reporting period (the year 2026)
that their figures fall in. Then it starts gunicorn (bench/load_wsgi.py: Django's application with a header that
says how many evaluations a request computed) and the task worker on a free loopback port and drives them from
this (second) process until the time is up:

- each reader logs in through the login form and requests the home page, the national overview, the province's
  and communes' dashboards, a locality, a target and an indicator ranking in turn, without pausing;
- each writer logs in and saves one figure every --write-interval seconds, alternately through the API (bulk
  observations, with its token) and through the entry page (GET the form, POST it with the CSRF token as a
  browser does), then views its commune's dashboard: the figure saved must be on it, or it is counted an error.

Prints throughput, p50/p95/p99, errors, the share of dashboard and target pages that computed no evaluation
(served from a cache), the load average sampled during the run, and a JSON line last. Stops the server and
the worker and drops the database. Every step has a time limit, so it always ends by itself.
"""

import argparse
import html.parser
import http.cookiejar
import json
import os
import random
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
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PG = ["-h", "127.0.0.1", "-U", "postgres"]
PASSWORD = "Tải-thử-2025"
TIMEOUT = 30  # seconds a client waits for one answer
COMPUTED = "X-Load-Computed"  # set by bench/load_wsgi.py: evaluations the request computed
SAVED = "Đã lưu bản nháp."  # the entry page's message after a save


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", "--users", type=int, default=40, help="readers browsing without pause")
    parser.add_argument("--writers", type=int, default=5, help="writers saving figures")
    parser.add_argument("--duration", type=float, default=60, help="seconds of load")
    parser.add_argument(
        "--write-interval", type=float, default=2.5, help="seconds between one writer's saves"
    )
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--province", default="Lai Châu")
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
            "LOGIN_ADDRESS_FAILURE_LIMIT": "1000",
            "DJANGO_SETTINGS_MODULE": "chitieu.settings",
        }
        env.pop("DATABASE_REPLICA_URLS", None)
        subprocess.run(["createdb", *PG, database], check=True, timeout=30)
        processes: list[subprocess.Popen] = []
        try:
            setup = prepare(env, args)
            port = free_port()
            processes.append(
                subprocess.Popen(
                    [
                        str(BIN / "gunicorn"),
                        "load_wsgi:application",
                        "--pythonpath",
                        str(PROJECT_DIR / "bench"),
                        "-b",
                        f"127.0.0.1:{port}",
                        "-w",
                        str(args.workers),
                        "--timeout",
                        str(TIMEOUT),
                        "--graceful-timeout",
                        "5",
                        "--log-level",
                        "warning",
                    ],
                    cwd=PROJECT_DIR,
                    env=env,
                    start_new_session=True,
                )  # fmt: skip
            )
            processes.append(
                subprocess.Popen(
                    [sys.executable, "manage.py", "db_worker", "--interval", "1"],
                    cwd=PROJECT_DIR,
                    env=env,
                    start_new_session=True,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )  # fmt: skip
            )
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base, timeout=30)
            return drive(base, setup, args)
        finally:
            for process in processes:
                stop(process)
            subprocess.run(["dropdb", *PG, "--if-exists", "--force", database], check=False, timeout=60)


def stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def manage(env: dict[str, str], *args: str, timeout: int = 600) -> str:
    command = [sys.executable, "manage.py", *args] + ([] if args[0] == "shell" else ["--skip-checks"])
    done = subprocess.run(command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        raise RuntimeError(f"manage.py {args[0]} failed:\n{done.stderr[-3000:]}")
    return done.stdout


# Run in `manage.py shell` after the data are generated: the accounts, the open period and the pages, as JSON.
SETUP = """
import json
from datetime import date, timedelta
from django.contrib.auth import get_user_model
from django.utils import timezone
from chitieu.accounts.models import Membership
from chitieu.api.services import create_token
from chitieu.plans.models import Resolution, Target
from chitieu.results.models import ReportingPeriod
from chitieu.scale.generator import MARK

users = get_user_model().objects
users.create_superuser("tai-thu", "tai-thu@example.vn", PASSWORD)
generated = Resolution.objects.filter(source_note=MARK).select_related("locality", "term")
rows = list(generated.order_by("locality__level__rank", "-term__start_year", "locality__code")[:6])
target = Target.objects.filter(resolution=rows[0], indicator__isnull=False).order_by("order").first()
pages = ["/", "/overview/", *(f"/resolutions/{r.pk}/" for r in rows), f"/localities/{rows[0].locality_id}/",
         f"/targets/{target.pk}/", f"/indicators/{target.indicator_id}/ranking/"]
# Figures of 2026, the year under way: an open yearly period, a draft (no submission yet) for each commune.
period, _created = ReportingPeriod.objects.get_or_create(
    kind="year", start=date(2026, 1, 1), end=date(2026, 12, 31),
    defaults={"name": "Năm 2026", "deadline": timezone.localdate() + timedelta(days=30)},
)
communes = generated.filter(term__start_year=2025, locality__parent__isnull=False).order_by("locality__code")
writers = []
for number, resolution in enumerate(communes[:WRITERS]):
    # A figure the commune's dashboard shows as it is: the 2026 column of a level target of its own.
    target = (
        Target.objects.filter(resolution=resolution, kind="level", form="exact", indicator__numerator__isnull=True)
        .select_related("indicator").order_by("order").first()
    )
    user = users.create_user(f"ghi-so-lieu-{number}", password=PASSWORD)
    Membership.objects.create(user=user, role=Membership.Role.REPORTER, locality=resolution.locality)
    _token, secret = create_token(user, "tải thử")
    writers.append({
        "username": user.username, "token": secret, "locality": resolution.locality_id,
        "indicator": target.indicator.code, "indicator_id": target.indicator_id,
        "entry": f"/entry/{period.pk}/{resolution.locality_id}/", "dashboard": f"/resolutions/{resolution.pk}/",
    })
print(json.dumps({"pages": pages, "writers": writers, "province": rows[0].locality.full_name}))
"""


def prepare(env: dict[str, str], args: argparse.Namespace) -> dict:
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "generate", "--province", args.province, "--communes", str(args.communes))
    manage(env, "collectstatic", "--noinput", "-v0")
    script = f"PASSWORD = {PASSWORD!r}\nWRITERS = {args.writers}\n{SETUP}"
    setup = json.loads(manage(env, "shell", "-c", script).strip().splitlines()[-1])
    if len(setup["writers"]) < args.writers:
        raise RuntimeError(
            f"only {len(setup['writers'])} communes with a resolution for {args.writers} writers"
        )
    return setup


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


class Form(html.parser.HTMLParser):
    """The fields a browser would send from a page's forms: inputs, selected options, text areas."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        name = found.get("name")
        if tag == "input" and name and found.get("type", "text") not in {"submit", "file", "checkbox"}:
            self.fields[name] = found.get("value", "")
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select:
            if self._select not in self.fields or "selected" in found:
                self.fields[self._select] = found.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields[name] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.fields[self._textarea] += data


def form_fields(page: str) -> dict[str, str]:
    form = Form()
    form.feed(page)
    return form.fields


def login(base: str, username: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/accounts/login/", timeout=TIMEOUT).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token})
    request = urllib.request.Request(f"{base}/accounts/login/", data=body.encode(), headers={"Referer": base})
    opener.open(request, timeout=TIMEOUT).read()
    if not any(cookie.name == "sessionid" for cookie in jar):
        raise RuntimeError("login failed")
    return opener


def vn(value: int) -> str:
    """An integer as the pages print it: 654321 → 654.321."""
    return f"{value:,}".replace(",", ".")


@dataclass
class Tally:
    """Everything the clients saw, shared by their threads under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    timings: list[float] = field(default_factory=list)  # every request, ms
    saves: dict[str, list[float]] = field(default_factory=lambda: {"api": [], "entry": []})  # ms per save
    errors: dict[str, int] = field(default_factory=dict)
    evaluated_pages: int = 0  # dashboards and target pages read
    from_cache: int = 0  # … of which computed no evaluation
    checked: int = 0  # saved figures looked for on the next page view
    loads: list[float] = field(default_factory=list)  # 1-minute load averages sampled during the run

    def error(self, problem: str) -> None:
        with self.lock:
            self.errors[problem] = self.errors.get(problem, 0) + 1


def fetch(
    opener, tally: Tally, url: str, data: bytes | None = None, headers: dict | None = None
) -> str | None:
    """One request, timed and counted; the body, or None after an error (counted)."""
    started = time.perf_counter()
    path = urllib.parse.urlsplit(url).path
    try:
        with opener.open(
            urllib.request.Request(url, data=data, headers=headers or {}), timeout=TIMEOUT
        ) as response:
            body = response.read().decode()
            computed = response.headers.get(COMPUTED)
        problem = None
    except urllib.error.HTTPError as error:
        body, computed, problem = None, None, f"{error.code} {re.sub(r'/[0-9]+/', '/…/', path)}"
    except Exception as error:  # noqa: BLE001 - every failure is counted and reported
        body, computed, problem = None, None, f"{type(error).__name__} {re.sub(r'/[0-9]+/', '/…/', path)}"
    elapsed = (time.perf_counter() - started) * 1000
    with tally.lock:
        tally.timings.append(elapsed)
        if problem:
            tally.errors[problem] = tally.errors.get(problem, 0) + 1
        if body is not None and re.match(r"^/(resolutions|targets)/", path):
            tally.evaluated_pages += 1
            tally.from_cache += computed == "0"
    return body


def reader(base: str, pages: list[str], start: int, deadline: float, tally: Tally) -> None:
    try:
        opener = login(base, "tai-thu")
    except Exception as error:  # noqa: BLE001 - counted, the test reports it
        tally.error(f"login: {type(error).__name__}")
        return
    step = start
    while time.monotonic() < deadline:
        fetch(opener, tally, base + pages[step % len(pages)])
        step += 1


def writer(base: str, spec: dict, number: int, interval: float, deadline: float, tally: Tally) -> None:
    try:
        opener = login(base, spec["username"])
    except Exception as error:  # noqa: BLE001 - counted, the test reports it
        tally.error(f"login: {type(error).__name__}")
        return
    api = urllib.request.build_opener()
    step = number  # writers start on different paths
    while time.monotonic() < deadline:
        began = time.monotonic()
        value = random.randint(100_000, 999_999)
        how = "api" if step % 2 == 0 else "entry"
        step += 1
        started = time.perf_counter()
        saved = (
            save_by_api(api, base, spec, value, tally)
            if how == "api"
            else save_by_entry(opener, base, spec, value, tally)
        )
        if saved:
            with tally.lock:
                tally.saves[how].append((time.perf_counter() - started) * 1000)
            page = fetch(opener, tally, base + spec["dashboard"])
            with tally.lock:
                tally.checked += 1
            if page is not None and vn(value) not in page:
                tally.error(f"a figure saved through the {how} was not on the next page view")
        time.sleep(max(0.0, min(interval - (time.monotonic() - began), deadline - time.monotonic())))


def save_by_api(api, base: str, spec: dict, value: int, tally: Tally) -> bool:
    item = {
        "indicator": spec["indicator"], "locality_id": spec["locality"], "period_start": "2026-01-01",
        "period_end": "2026-12-31", "period_kind": "year", "kind": "official", "value": str(value),
        "source": "Tải thử",
    }  # fmt: skip
    headers = {"Authorization": f"Bearer {spec['token']}", "Content-Type": "application/json"}
    body = fetch(
        api, tally, f"{base}/api/v1/observations/bulk", json.dumps({"items": [item]}).encode(), headers
    )
    return body is not None


def save_by_entry(opener, base: str, spec: dict, value: int, tally: Tally) -> bool:
    url = base + spec["entry"]
    page = fetch(opener, tally, url)
    if page is None:
        return False
    fields = form_fields(page)
    key = f"i{spec['indicator_id']}"
    if f"{key}-value" not in fields:
        tally.error("the entry page did not offer the writer's indicator")
        return False
    # A figure far from the last one is flagged, and a flagged figure is saved only with a note, as people do.
    fields.update({f"{key}-value": vn(value), f"{key}-kind": "3", f"{key}-note": "Tải thử", "save": ""})
    fields = {name: text for name, text in fields.items() if name not in {"submit", "q"}}
    answer = fetch(opener, tally, url, urllib.parse.urlencode(fields).encode(), {"Referer": url})
    if answer is None:
        return False
    # Saved, the page redirects to itself with a message and shows what is stored; refused, it shows the form again.
    if SAVED not in answer or f'value="{vn(value)}"' not in answer:
        tally.error("the entry page refused the figure")
        return False
    return True


def sample_load(deadline: float, tally: Tally) -> None:
    while time.monotonic() < deadline:
        with open("/proc/loadavg") as loadavg:
            tally.loads.append(float(loadavg.read().split()[0]))
        time.sleep(min(5.0, max(0.0, deadline - time.monotonic())))


def drive(base: str, setup: dict, args: argparse.Namespace) -> int:
    tally = Tally()
    pages = setup["pages"]
    started = time.monotonic()
    deadline = started + args.duration
    threads = [threading.Thread(target=reader, args=(base, pages, n, deadline, tally), daemon=True)
               for n in range(args.readers)]  # fmt: skip
    threads += [
        threading.Thread(
            target=writer, args=(base, spec, n, args.write_interval, deadline, tally), daemon=True
        )
        for n, spec in enumerate(setup["writers"][: args.writers])
    ]
    threads.append(threading.Thread(target=sample_load, args=(deadline, tally), daemon=True))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + TIMEOUT * 3 + 5)
    wall = time.monotonic() - started
    return report(tally, setup, args, wall)


def report(tally: Tally, setup: dict, args: argparse.Namespace, wall: float) -> int:
    with tally.lock:
        timings = sorted(tally.timings)
        errors = dict(tally.errors)
        saves = {how: sorted(times) for how, times in tally.saves.items()}
    count, failed = len(timings), sum(errors.values())

    def pct(values: list[float], p: float) -> float:
        return values[min(len(values) - 1, int(p * len(values)))] if values else 0.0

    all_saves = sorted(saves["api"] + saves["entry"])
    cache_share = tally.from_cache / tally.evaluated_pages if tally.evaluated_pages else 0.0
    loads = tally.loads or [0.0]
    figures = {
        "readers": args.readers,
        "writers": args.writers,
        "duration_s": round(wall, 1),
        "province": setup["province"],
        "communes": args.communes,
        "workers": args.workers,
        "requests": count,
        "throughput_rps": round(count / wall, 1),
        "p50_ms": round(pct(timings, 0.50)),
        "p95_ms": round(pct(timings, 0.95)),
        "p99_ms": round(pct(timings, 0.99)),
        "errors": failed,
        "saves_api": len(saves["api"]),
        "saves_entry": len(saves["entry"]),
        "save_p50_ms": round(pct(all_saves, 0.50)),
        "save_p95_ms": round(pct(all_saves, 0.95)),
        "saves_checked": tally.checked,
        "evaluated_pages": tally.evaluated_pages,
        "cache_share": round(cache_share, 3),
        "loadavg_mean": round(statistics.fmean(loads), 2),
        "loadavg_max": max(loads),
    }
    print(f"{args.readers} readers and {args.writers} writers for {args.duration:.0f} s on {setup['province']} "
          f"({args.communes} communes per era), gunicorn with {args.workers} workers")  # fmt: skip
    print(f"readers' pages: {', '.join(setup['pages'])}")
    print(f"{count} requests in {wall:.1f} s: {count / wall:.1f} requests/s")
    print(f"latency p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, "
          f"mean {statistics.fmean(timings) if timings else 0:.0f} ms")  # fmt: skip
    print(f"saves: {len(saves['api'])} through the API, {len(saves['entry'])} through the entry page, "
          f"p50 {figures['save_p50_ms']} ms, p95 {figures['save_p95_ms']} ms; "
          f"{tally.checked} looked for on the next page view")  # fmt: skip
    print(f"dashboards and target pages served from cache (no evaluation computed): {tally.from_cache} of "
          f"{tally.evaluated_pages} ({cache_share:.0%})")  # fmt: skip
    print(
        f"load average (1 min) during the run: mean {figures['loadavg_mean']}, max {figures['loadavg_max']}"
    )
    print(
        f"errors: {failed}"
        + (f" ({'; '.join(f'{k}: {v}' for k, v in sorted(errors.items()))})" if errors else "")
    )
    print(
        f"BENCH load_throughput={count / wall:.1f} req/s; load_p95={figures['p95_ms']} ms; "
        f"load_requests={count} requests; load_errors={failed} errors"
    )
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if count and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
