# Two commands: `make run` serves the portal with the demo network, `make test` runs the suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install serve-install forget-deleted-database lint format migrate demo static messages clean bench-search bench-pages prod-smoke

# A second `make run` repeats only what its inputs changed: stamps in .make/ stand for
# "collected", "migrated" and "seeded" (the last two per database). Links in mails and
# certificates point at the address served unless BASE_URL says otherwise.
STAMPS := .make
DB_STAMP := $(STAMPS)/db-$(shell printf '%s' "$$DATABASE_URL" | cksum | cut -d' ' -f1)
STATIC_SOURCES := $(shell find static -type f -not -path 'static/collected/*' 2>/dev/null)
MIGRATIONS := $(wildcard */migrations/0*.py */*/migrations/0*.py)
DEMO_SOURCES := $(shell find demo -type f -not -name '*.pyc' 2>/dev/null)

run: serve-install forget-deleted-database $(STAMPS)/static $(DB_STAMP).seeded
	@$(MANAGE) demo_logins
	BASE_URL="$${BASE_URL:-http://$(HOST):$(PORT)}" $(MANAGE) runserver $(HOST):$(PORT)

# The default SQLite file deleted: its stamps no longer tell the truth.
forget-deleted-database:
	@test -n "$$DATABASE_URL" || test -f db.sqlite3 || rm -f $(STAMPS)/db-*

$(STAMPS)/static: $(STATIC_SOURCES) node_modules/.installed-npm
	$(MANAGE) collectstatic --noinput -v0
	@mkdir -p $(STAMPS) && touch $@

$(DB_STAMP).migrated: $(MIGRATIONS) $(VENV)/.installed-serve
	$(MANAGE) migrate --noinput -v0
	@mkdir -p $(STAMPS) && touch $@

$(DB_STAMP).seeded: $(DB_STAMP).migrated $(DEMO_SOURCES)
	$(MANAGE) seed_demo
	$(MANAGE) search_index --rebuild
	@touch $@

test: install static
	$(BIN)/pytest -n auto

# Stamp files make a second `make run` skip the installs unless the lock files changed.
# Serving needs the project's dependencies only; tests, lint and benchmarks add the dev group.
install: $(VENV)/.installed-python node_modules/.installed-npm
serve-install: $(VENV)/.installed-serve node_modules/.installed-npm

$(VENV)/bin/uv:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet "uv>=0.13"

$(VENV)/.installed-serve: pyproject.toml uv.lock | $(VENV)/bin/uv
	$(BIN)/uv sync --frozen --no-dev --inexact --python $(BIN)/python
	touch $@

$(VENV)/.installed-python: pyproject.toml uv.lock | $(VENV)/bin/uv
	$(BIN)/uv sync --frozen --python $(BIN)/python
	touch $@ $(VENV)/.installed-serve

node_modules/.installed-npm: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

static: install
	$(MANAGE) collectstatic --noinput -v0

migrate: install
	$(MANAGE) migrate --noinput -v0

demo: migrate
	$(MANAGE) seed_demo
	$(MANAGE) search_index --rebuild

messages: install
	$(MANAGE) makemessages -l en --ignore=.venv --ignore=node_modules --ignore=static/collected --ignore=tests --ignore=bench
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules static/collected $(STAMPS)

# Case study pages through gunicorn with the production settings, against a minimal view.
bench-pages: install
	$(BIN)/python -m bench.case_studies_http

# The search benchmark on PostgreSQL (its own database; created if missing). Not in `make test`.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/ndk_bench
bench-search: install
	-createdb -h 127.0.0.1 -U postgres ndk_bench 2>/dev/null
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/search_bench.py

# The production stack of deploy/ (nginx → gunicorn, /ws/ → daphne) on loopback against the
# local PostgreSQL and Redis, checked through nginx (deploy/smoke.py). Needs nginx. It collects
# the static files itself with the production storage, which `make static` does not use.
prod-smoke: install
	$(BIN)/python deploy/smoke.py
