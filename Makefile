# Two commands a new user needs (see README): `make run` and `make test`.
export DAGSTER_HOME := $(CURDIR)

.PHONY: setup run test dev lint bench

setup:
	./scripts/bootstrap.sh

run: setup
	.venv/bin/uav-etl run

test: setup
	./scripts/browser.sh || echo "chromium not installed: the browser test will be skipped"
	.venv/bin/ruff check .
	.venv/bin/python -m pytest

dev: setup
	.venv/bin/dagster dev --host 127.0.0.1

lint: setup
	.venv/bin/ruff check . && .venv/bin/ruff format --check .

bench: setup
	.venv/bin/python benchmarks/run.py
