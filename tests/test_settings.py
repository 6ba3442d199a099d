"""Settings as the environment makes them: production is safe with only
DEBUG=false, SECRET_KEY and ALLOWED_HOSTS set; a laptop needs nothing."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from trellis import settings as trellis_settings

BASE_DIR = Path(__file__).resolve().parent.parent


def run_trellis(*args: str, code: str | None = None, **env: str) -> subprocess.CompletedProcess:
    """`python -m trellis ARGS` (or `python -c CODE` after django.setup()) in a
    clean environment: only PATH and what the test passes, so nothing from
    the test run (DATABASE_URL, DEBUG, ...) leaks in."""
    environment = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8", **env}
    if code is not None:
        command = [sys.executable, "-c",
                   "import os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', "
                   "'trellis.settings'); django.setup()\n" + code]
    else:
        command = [sys.executable, "-m", "trellis", *args]
    return subprocess.run(command, cwd=BASE_DIR, env=environment, capture_output=True,
                          text=True, timeout=120)


def production_env(**overrides: str) -> dict[str, str]:
    return {"DEBUG": "false", "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "trellis.example.org", **overrides}


def test_the_deploy_check_passes_with_only_the_three_production_values():
    result = run_trellis("check", "--deploy", "--fail-level", "WARNING", **production_env())

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output
    assert "WARNING" not in output
    assert "?: (security." not in output


def test_the_deploy_check_fails_on_a_weak_secret_key():
    result = run_trellis("check", "--deploy", "--fail-level", "WARNING",
                         **production_env(SECRET_KEY="too-short"))

    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = run_trellis("check", DEBUG="false", ALLOWED_HOSTS="trellis.example.org")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_the_development_secret_key():
    result = run_trellis("check", **production_env(SECRET_KEY=trellis_settings.DEV_SECRET_KEY))

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_defaults_are_secure():
    code = ("from django.conf import settings as s; import json; print(json.dumps({"
            "'debug': s.DEBUG, 'session': s.SESSION_COOKIE_SECURE, 'csrf': s.CSRF_COOKIE_SECURE,"
            " 'ssl': s.SECURE_SSL_REDIRECT, 'hsts': s.SECURE_HSTS_SECONDS}))")
    result = run_trellis(code=code, **production_env())

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"debug": False, "session": True, "csrf": True,
                                         "ssl": True, "hsts": 31536000}


def test_sqlite_is_tuned_for_concurrent_writers():
    options = trellis_settings.SQLITE_OPTIONS
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "PRAGMA journal_mode=WAL;" in options["init_command"]
    assert options["timeout"] >= 5


def test_with_no_environment_the_database_is_sqlite_in_var():
    code = ("from django.conf import settings as s; import json; d = s.DATABASES['default'];"
            "print(json.dumps({'engine': d['ENGINE'], 'name': str(d['NAME']),"
            " 'options': d['OPTIONS']}))")
    result = run_trellis(code=code)

    assert result.returncode == 0, result.stderr
    database = json.loads(result.stdout)
    assert database["engine"] == "django.db.backends.sqlite3"
    assert Path(database["name"]) == BASE_DIR / "var" / "trellis.sqlite3"
    assert database["options"]["transaction_mode"] == "IMMEDIATE"
    assert "PRAGMA journal_mode=WAL;" in database["options"]["init_command"]


def test_a_new_sqlite_connection_really_uses_wal_and_immediate_transactions(tmp_path):
    code = ("from django.db import connection; import json; connection.ensure_connection();"
            "c = connection.cursor();"
            "pragma = lambda name: c.execute('PRAGMA ' + name).fetchone()[0];"
            "print(json.dumps({'journal': pragma('journal_mode'),"
            " 'busy': pragma('busy_timeout'), 'fk': pragma('foreign_keys'),"
            " 'mode': connection.transaction_mode,"
            " 'name': str(connection.settings_dict['NAME'])}))")
    result = run_trellis(code=code, TRELLIS_VAR_DIR=str(tmp_path))

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "journal": "wal", "busy": 20000, "fk": 1, "mode": "IMMEDIATE",
        "name": str(tmp_path / "trellis.sqlite3"),
    }
