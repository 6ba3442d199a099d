# Trellis: `make run` to try it, `make test` to check it.
SHELL := /bin/bash
PORT ?= 8000
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
TRELLIS := $(VENV)/bin/trellis
PG_URL ?= postgres://postgres@127.0.0.1:5432/trellis

.PHONY: run test install lint test-sqlite test-postgres test-services bench static clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

install: $(VENV)/.installed

run: install
	@mkdir -p var
	$(TRELLIS) migrate --no-input
	$(TRELLIS) load_demo --if-empty
	@$(TRELLIS) sign_in_help --port $(PORT)
	@# Large imports run in a background worker beside the web server; both stop together.
	@echo "Background worker started; its log is var/worker.log"
	@$(TRELLIS) db_worker --interval 1 --no-reload > var/worker.log 2>&1 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(TRELLIS) runserver 127.0.0.1:$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/python scripts/lint_views.py

test-services:
	@bash scripts/test_services.sh

test-sqlite: install
	$(VENV)/bin/pytest

test-postgres: install test-services
	DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest

test: install lint test-services
	@mkdir -p var
	$(VENV)/bin/trellis makemigrations --check --dry-run > /dev/null
	@echo "== Test suite on SQLite =="
	$(VENV)/bin/pytest
	@echo "== Test suite on PostgreSQL =="
	DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest

bench: install
	@# Every benchmark runs, then the exit status says whether any target was missed.
	@status=0; for name in pages explore plan spc measure imports surveys survey_results; do \
	  echo "== bench.$$name =="; $(VENV)/bin/python -m bench.$$name || status=1; \
	done; exit $$status

static:
	bash scripts/build_static.sh

clean:
	rm -rf $(VENV) .tools var staticfiles
