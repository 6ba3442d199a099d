"""A worker stopped dead part way through writing a file leaves nothing written, and
the job is then shown as interrupted rather than running for ever.

The real worker (`trellis db_worker`) runs in a subprocess against a file-based SQLite
database of its own, and is killed (SIGKILL: no chance to tidy up) once its progress
file shows that it has written rows inside the import's transaction."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRELLIS = Path(sys.executable).with_name("trellis")
ROWS = 100_000


def _env(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update({"DJANGO_SETTINGS_MODULE": "trellis.settings", "TRELLIS_VAR_DIR": str(tmp),
                "MEDIA_ROOT": str(tmp / "uploads"), "DEBUG": "false",
                "SECRET_KEY": "worker-test-" + "x" * 40, "LOG_LEVEL": "WARNING"})
    return env


def _step(env: dict, *args) -> dict:
    result = subprocess.run([sys.executable, "-m", "tests.imports.worker_steps", *map(str, args)],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=False,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_worker_killed_while_writing_writes_nothing_and_the_job_shows_it(tmp_path):
    env = _env(tmp_path)
    subprocess.run([TRELLIS, "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env,
                   check=True, timeout=300)
    prepared = _step(env, "prepare", ROWS)
    beat = Path(prepared["progress"])

    worker = subprocess.Popen([TRELLIS, "db_worker", "--no-reload", "--no-startup-delay",
                               "--interval", "0.2", "--batch"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            text = beat.read_text() if beat.exists() else ""
            if text.startswith("writing") and int(text.split()[1]) > 10_000:
                break
            assert worker.poll() is None, worker.stderr.read().decode()
            time.sleep(0.02)
        else:
            pytest.fail("the worker never started writing")
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()

    after = _step(env, "look", prepared["job"])
    assert after["points"] == 0  # not one row of the file
    assert after["status"] == "writing"  # as the worker left it
    assert after["tasks"] == ["RUNNING"]  # the task runner cannot know either

    settled = _step(env, "settle", prepared["job"])
    assert settled["status"] == "failed"
    assert settled["message"].startswith("The import stopped before it finished because the "
                                         "background worker stopped")
    assert not settled["folder_kept"]
