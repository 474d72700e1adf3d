# The two commands of the README: `make demo` and `make test`. Everything else is a step they use.
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_PROVINCES ?= demo

.PHONY: demo test venv install install-test demo-data lint serve clean

$(BIN)/python:
	"$$(scripts/find-python)" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

demo-data: install
	$(BIN)/chitieu migrate --noinput
	$(BIN)/chitieu load-units --province $(DEMO_PROVINCES)
	$(BIN)/chitieu load-demo
	$(BIN)/chitieu make-demo-certificate

# The task worker runs beside the web server (PDF reports, long imports) and stops with it. With REDIS_URL set
# (the shared cache of evaluations), a redis-server (Debian package redis-server) starts too unless one answers.
demo: demo-data
	@$(BIN)/chitieu demo-banner --url "http://$(HOST):$(PORT)/"
	if [ -n "$$REDIS_URL" ] && ! redis-cli -u "$$REDIS_URL" ping >/dev/null 2>&1; then \
		redis-server --port "$$(echo "$$REDIS_URL" | sed -nE 's#.*:([0-9]+)(/.*)?$$#\1#p')" --save "" & redis=$$!; \
	fi; \
	$(BIN)/chitieu db_worker --interval 1 & worker=$$!; \
	trap 'kill $$worker $$redis 2>/dev/null' EXIT INT TERM; \
	$(BIN)/chitieu runserver $(HOST):$(PORT)

lint: install-test
	$(BIN)/ruff check chitieu bench
	$(BIN)/ruff format --check chitieu bench
	$(BIN)/mypy chitieu/evaluation/engine chitieu/core/numbers.py
	$(BIN)/chitieu makemigrations --check --dry-run

test: install-test lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
