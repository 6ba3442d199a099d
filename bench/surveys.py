"""Survey submissions from concurrent clients.

    python -m bench.surveys [--clients 8] [--seconds 10] [--runs 3] [--workers 2]

Builds a throwaway SQLite database in a temporary directory (never var/),
starts Trellis in separate processes on a local port (`--workers` forked
processes sharing one listening socket, each serving from a pool of 8 threads
with persistent database connections; DEBUG off; the file-based SQLite
database) and has `--clients` threads answer an open round of the AIM and FIM
(8 questions, all on one page) for `--seconds`, `--runs` times. Each response
goes through the real pages: open the form, post the answers, send them from
the review step. Two seconds of warming up come first and are not counted.
After each run it counts the responses stored against the sends the server
accepted. Target: a median of at least 50 responses a second,
and no errors and none lost in any run.

Exits 1 when a target is missed. The per-address rate limit is raised in the
server process, since every client here shares one address. The results page
over 10,000 responses is measured by `python -m bench.survey_results`.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

MIN_RATE = 50.0
STATE = re.compile(r'name="state" value="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def environment(tmp: Path) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "trellis.settings",
        "TRELLIS_VAR_DIR": str(tmp),
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "uploads"),
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY", "bench-" + secrets.token_urlsafe(40)),
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }


def setup(tmp: Path) -> None:
    os.environ.pop("DATABASE_URL", None)  # always the throwaway SQLite file
    os.environ.update(environment(tmp))
    import django

    django.setup()
    from django.conf import settings

    db = Path(settings.DATABASES["default"]["NAME"])
    if tmp not in db.parents:  # belt and braces: never touch the user's database
        raise SystemExit(f"refusing to benchmark against {db}")


def build(tmp: Path) -> str:
    """Migrate, collect static files, and make an open round: its token."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)

    import datetime

    from django.utils import timezone

    from trellis.organisations.models import Organisation
    from trellis.projects.models import Project
    from trellis.surveys.models import RoundInstrument, SurveyRound

    today = timezone.localdate()
    org = Organisation.objects.create(name="Bench area")
    project = Project.objects.create(organisation=org, title="FGC", approach="Family Group "
                                     "Conferences")
    survey_round = SurveyRound.objects.create(
        project=project, label="Live", audience="practitioners",
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=30), public_title="How is FGC going?",
        why="To improve how conferences are run.", layout="one_page")
    RoundInstrument.objects.bulk_create([
        RoundInstrument(round=survey_round, instrument="aim", position=0),
        RoundInstrument(round=survey_round, instrument="fim", position=1)])
    return survey_round.token


# --- The server -------------------------------------------------------------

def serve(tmp: Path, port: int, workers: int) -> None:
    """Run in the server process: Trellis on 127.0.0.1:port until killed, as
    `workers` forked processes accepting from one listening socket, each
    answering requests from a fixed pool of threads that keep their database
    connections open (as a production server's threaded workers do)."""
    setup(tmp)
    from concurrent.futures import ThreadPoolExecutor

    from django.conf import settings
    from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
    from django.core.wsgi import get_wsgi_application

    settings.SURVEY_POSTS_PER_WINDOW = 10**9
    settings.SURVEY_SENDS_PER_WINDOW = 10**9
    settings.DATABASES["default"]["CONN_MAX_AGE"] = 600

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args) -> None:
            pass

    class PooledServer(WSGIServer):
        request_queue_size = 64
        pool: ThreadPoolExecutor

        def process_request(self, request, client_address) -> None:
            self.pool.submit(self._handle, request, client_address)

        def _handle(self, request, client_address) -> None:
            try:
                self.finish_request(request, client_address)
            except Exception:  # noqa: BLE001 - as socketserver does: report and go on
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)

    server = PooledServer(("127.0.0.1", port), Quiet, allow_reuse_address=True)
    server.set_app(get_wsgi_application())
    for _ in range(workers - 1):
        if os.fork() == 0:
            break
    server.pool = ThreadPoolExecutor(max_workers=8)
    server.serve_forever()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server process stopped")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


# --- The clients ------------------------------------------------------------

class Client:
    def __init__(self, port: int, token: str) -> None:
        self.port = port
        self.path = f"/s/{token}/answer/"
        self.cookies: dict[str, str] = {}

    def request(self, method: str, body: dict | None = None) -> tuple[int, str, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
                   "Referer": f"http://127.0.0.1:{self.port}{self.path}"}
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, self.path, body=data, headers=headers)
        response = conn.getresponse()
        text = response.read().decode()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        location = response.getheader("Location", "")
        conn.close()
        return response.status, text, location

    def respond(self, n: int) -> bool:
        status, page, _ = self.request("GET")
        if status != 200:
            return False
        answers = {f"a-{slug}-{i}": str((n + i) % 5 + 1) for slug in ("aim", "fim")
                   for i in range(1, 5)}
        status, page, _ = self.request("POST", {
            "csrfmiddlewaretoken": CSRF.search(page).group(1),
            "state": STATE.search(page).group(1), "screen": "0", "action": "next", **answers})
        if status != 200 or "Check your answers" not in page:
            return False
        status, _, location = self.request("POST", {
            "csrfmiddlewaretoken": CSRF.search(page).group(1),
            "state": STATE.search(page).group(1), "action": "send"})
        return status == 302 and location.endswith("/thanks/")


def run_clients(port: int, token: str, clients: int, seconds: float) -> tuple[int, int, float]:
    sent = [0] * clients
    errors = [0] * clients
    stop = time.monotonic() + seconds

    def work(index: int) -> None:
        client = Client(port, token)
        n = index
        while time.monotonic() < stop:
            try:
                ok = client.respond(n)
            except Exception:  # noqa: BLE001 - any failure is counted as an error
                ok = False
            if ok:
                sent[index] += 1
            else:
                errors[index] += 1
            n += clients

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(sent), sum(errors), time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10, help="length of each run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2,
                        help="server processes (default 2)")
    parser.add_argument("--serve", nargs=2, metavar=("DIR", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve[0]), int(args.serve[1]), args.workers)
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="trellis-bench-surveys-"))
    try:
        os.environ["BENCH_SECRET_KEY"] = "bench-" + secrets.token_urlsafe(40)
        setup(tmp)
        token = build(tmp)
        from trellis.surveys.models import Response

        port = free_port()
        server = subprocess.Popen(  # noqa: S603 - this module, with fixed arguments
            [sys.executable, "-m", "bench.surveys", "--workers", str(args.workers),
             "--serve", str(tmp), str(port)],
            cwd=Path(__file__).resolve().parent.parent, env=os.environ.copy(),
            start_new_session=True)
        rates, faults = [], 0
        try:
            wait_for(port, server)
            # Not counted: each server thread opens its database connection and
            # each process loads its templates on its first requests.
            run_clients(port, token, args.clients, 2)
            for run in range(1, args.runs + 1):
                before = Response.objects.filter(round__token=token).count()
                sent, errors, elapsed = run_clients(port, token, args.clients, args.seconds)
                stored = Response.objects.filter(round__token=token).count() - before
                rates.append(sent / elapsed)
                faults += errors + abs(stored - sent)
                print(f"run {run}: {args.clients} clients for {elapsed:.1f} s: {sent} sent, "
                      f"{stored} stored, {errors} errors, {rates[-1]:.1f} responses/s "
                      f"(load average {os.getloadavg()[0]:.1f})")
        finally:
            os.killpg(server.pid, signal.SIGTERM)  # the server and its workers
            server.wait(timeout=10)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    median = statistics.median(rates)
    ok = median >= MIN_RATE and faults == 0
    print(f"submissions: median {median:.1f} responses/s over {args.runs} runs "
          f"(target >= {MIN_RATE:.0f}/s, no errors, none lost) {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
