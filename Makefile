# Two commands: `make run` serves the portal with the demo network, `make test` runs the suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint format migrate demo static messages clean bench-search bench-pages prod-smoke

run: install static migrate demo
	@$(MANAGE) demo_logins
	$(MANAGE) runserver $(HOST):$(PORT)

test: install static
	$(BIN)/pytest -n auto

# Stamp files make a second `make run` skip the installs unless the lock files changed.
install: $(VENV)/.installed-python node_modules/.installed-npm

$(VENV)/.installed-python: pyproject.toml uv.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/pip install --quiet "uv>=0.13"
	$(BIN)/uv sync --frozen --python $(BIN)/python
	touch $@

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
	rm -rf $(VENV) node_modules static/collected

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
