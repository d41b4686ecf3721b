# The two commands of the quick start:
#   make demo   install into .venv, build the synthetic city, register it, serve the API
#   make test   install into .venv, start the local services if needed, lint, type-check, test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install demo test lint services bench clean

$(BIN)/lienthong: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -qq --upgrade pip
	$(BIN)/pip install -qq -e '.[dev]'
	touch $(BIN)/lienthong

install: $(BIN)/lienthong

demo: install
	$(BIN)/lienthong demo $(ARGS)

services:
	bash scripts/services.sh
	bash scripts/browser.sh
	bash scripts/pdf.sh
	bash scripts/java.sh
	bash scripts/oidc-sandbox.sh
	bash scripts/prometheus.sh

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

test: install services lint
	CI=$${CI:-true} $(BIN)/pytest -n 2 --dist loadgroup -q

clean:
	rm -rf $(VENV) lienthong-demo .pytest_cache .mypy_cache .ruff_cache
