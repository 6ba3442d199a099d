"""Survey submissions from concurrent clients, and the aggregate queries that
results over 10,000 responses rest on.

    python -m bench.surveys [--clients 8] [--seconds 20] [--responses 10000]

Builds a throwaway SQLite database in a temporary directory (never var/), then:

1. Starts Trellis in separate processes on a local port (`--workers` forked
   processes sharing one listening socket, each serving from a pool of 8
   threads with persistent database connections; DEBUG off; the file-based
   SQLite database) and has
   `--clients` threads answer an open round of the AIM and FIM (8 questions, all
   on one page) for `--seconds`, each response through the real pages: open
   the form, post the answers, send them from the review step. It then counts
   the responses stored against the sends the server accepted. Target: at
   least 50 responses a second, no errors and none lost.
2. Bulk-loads `--responses` responses into another round and times the queries a
   results page needs (response count, per-item distributions, every score in
   order for medians and quartiles). Target: a constant number of queries (3)
   taking at most 100 ms in all (median of 10 runs).

Exits 1 when a target is missed. The per-address rate limit is raised in the
server process, since every client here shares one address.
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
MAX_RESULTS_MS = 100.0
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


def build(tmp: Path) -> tuple[str, int]:
    """Migrate, collect static files, and make an open round; its token and a
    second round's pk for the results queries."""
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
    rounds = []
    for label in ("Live", "Results"):
        survey_round = SurveyRound.objects.create(
            project=project, label=label, audience="practitioners",
            opens_on=today - datetime.timedelta(days=1),
            closes_on=today + datetime.timedelta(days=30), public_title="How is FGC going?",
            why="To improve how conferences are run.", layout="one_page")
        RoundInstrument.objects.bulk_create([
            RoundInstrument(round=survey_round, instrument="aim", position=0),
            RoundInstrument(round=survey_round, instrument="fim", position=1)])
        rounds.append(survey_round)
    return rounds[0].token, rounds[1].pk


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


# --- Results queries over many responses ------------------------------------

def load_responses(round_pk: int, count: int) -> None:
    import datetime

    from django.db import transaction

    from trellis.surveys.instruments import get_instruments
    from trellis.surveys.models import Answer, Response, ResponseScore, SurveyRound
    from trellis.surveys.scoring import score

    survey_round = SurveyRound.objects.get(pk=round_pk)
    instruments = get_instruments()
    day = datetime.date.today()
    with transaction.atomic():
        responses = Response.objects.bulk_create(
            [Response(round=survey_round, submitted_on=day) for _ in range(count)],
            batch_size=2000)
        answers, scores = [], []
        for n, response in enumerate(responses):
            for slug in ("aim", "fim"):
                given = {i: (n * 7 + i * 3 + len(slug)) % 5 + 1 for i in range(1, 5)}
                answers += [Answer(response=response, round=survey_round, instrument=slug,
                                   item=i, value=v) for i, v in given.items()]
                scores += [ResponseScore(response=response, round=survey_round,
                                         instrument=slug, scale=scale, value=value)
                           for scale, value in score(instruments[slug], given).items()]
        Answer.objects.bulk_create(answers, batch_size=5000)
        ResponseScore.objects.bulk_create(scores, batch_size=5000)


def results_queries(round_pk: int) -> tuple[int, float]:
    """What a results page reads: (queries, median ms over 10 runs)."""
    from django.db import connection
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from trellis.surveys.models import Answer, Response, ResponseScore

    def read() -> None:
        Response.objects.filter(round_id=round_pk).count()
        list(Answer.objects.filter(round_id=round_pk).values("instrument", "item", "value")
             .annotate(n=Count("pk")).order_by("instrument", "item", "value"))
        list(ResponseScore.objects.filter(round_id=round_pk, value__isnull=False)
             .order_by("instrument", "scale", "value")
             .values_list("instrument", "scale", "value"))

    with CaptureQueriesContext(connection) as captured:
        read()
    times = []
    for _ in range(10):
        started = time.perf_counter()
        read()
        times.append((time.perf_counter() - started) * 1000)
    return len(captured), statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2,
                        help="server processes (default 2)")
    parser.add_argument("--serve", nargs=2, metavar=("DIR", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve[0]), int(args.serve[1]), args.workers)
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="trellis-bench-surveys-"))
    failed = False
    try:
        os.environ["BENCH_SECRET_KEY"] = "bench-" + secrets.token_urlsafe(40)
        setup(tmp)
        token, results_round = build(tmp)
        port = free_port()
        server = subprocess.Popen(  # noqa: S603 - this module, with fixed arguments
            [sys.executable, "-m", "bench.surveys", "--workers", str(args.workers),
             "--serve", str(tmp), str(port)],
            cwd=Path(__file__).resolve().parent.parent, env=os.environ.copy(),
            start_new_session=True)
        try:
            wait_for(port, server)
            sent, errors, elapsed = run_clients(port, token, args.clients, args.seconds)
        finally:
            os.killpg(server.pid, signal.SIGTERM)  # the server and its workers
            server.wait(timeout=10)

        from trellis.surveys.models import Response, SurveyRound

        stored = Response.objects.filter(round__token=token).count()
        rate = sent / elapsed
        ok = rate >= MIN_RATE and errors == 0 and stored == sent
        failed |= not ok
        print(f"load average {os.getloadavg()[0]:.1f}")
        print(f"submissions: {args.clients} clients for {elapsed:.1f} s: {sent} sent, "
              f"{stored} stored, {errors} errors, {rate:.1f} responses/s "
              f"(target >= {MIN_RATE:.0f}/s, no errors, none lost) "
              f"{'PASS' if ok else 'FAIL'}")

        load_responses(results_round, args.responses)
        queries, median = results_queries(results_round)
        count = Response.objects.filter(round=SurveyRound.objects.get(pk=results_round)).count()
        ok = queries == 3 and median <= MAX_RESULTS_MS
        failed |= not ok
        print(f"results queries over {count:,} responses: {queries} queries, median "
              f"{median:.1f} ms (target 3 queries, <= {MAX_RESULTS_MS:.0f} ms) "
              f"{'PASS' if ok else 'FAIL'}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
