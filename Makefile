# newsdiff: two commands on a fresh machine.
#   make run    create .venv, install newsdiff into it, open the app on the bundled samples
#   make test   create/update .venv with the test extras, lint, type-check and run every test

PYTHON ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
SAMPLE  ?= samples/harbour-fire
CORE    := reader/model reader/text reader/settings.py reader/ingest reader/analysis reader/report reader/store reader/services reader/export reader/eval

.PHONY: run test lint typecheck pytest bench wheel-check clean realdata eval-real

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

run: $(BIN)/python
	$(BIN)/python -m pip install -q .
	$(BIN)/newsdiff $(SAMPLE)

$(VENV)/.test-installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports  # the layer contracts in pyproject.toml ([tool.importlinter])
	$(BIN)/vulture

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy --strict $(CORE) reader/cli reader/ui reader/__init__.py reader/__main__.py

pytest: $(VENV)/.test-installed
	$(BIN)/pytest -n auto -q

test: lint typecheck pytest

$(VENV)/.bench-installed: $(VENV)/.test-installed pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $@

bench: $(VENV)/.bench-installed
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m benchmarks.scale --app

# The real-news evaluation set (article text: kept outside the repository). Clone the two
# public collections first, or point NEWSDIFF_NEWSWCL50 / NEWSDIFF_ECBPLUS at existing clones:
#   git clone https://github.com/Luisgarchi/NewsWCL50 ~/src/NewsWCL50
#   git clone https://github.com/cltl/ECB-parser ~/src/ECB-parser
NEWSDIFF_REALDATA  ?= $(HOME)/newsdiff-realdata
NEWSDIFF_NEWSWCL50 ?= $(HOME)/src/NewsWCL50
NEWSDIFF_ECBPLUS   ?= $(HOME)/src/ECB-parser

realdata: $(VENV)/.test-installed
	$(BIN)/python -m benchmarks.realdata.build --out "$(NEWSDIFF_REALDATA)" \
		--source newswcl50="$(NEWSDIFF_NEWSWCL50)" --source ecbplus="$(NEWSDIFF_ECBPLUS)"

# Score newsdiff on the real-news set against the readings (dev and heldout rows).
eval-real: $(VENV)/.test-installed
	@if [ ! -d "$(NEWSDIFF_REALDATA)" ]; then \
		echo "eval-real: skipped, no real-news set at $(NEWSDIFF_REALDATA) (make realdata)"; \
	elif [ -z "$$(ls benchmarks/realdata/readings/*.json "$(NEWSDIFF_REALDATA)"/_readings/*.json 2>/dev/null)" ]; then \
		echo "eval-real: skipped, no readings in benchmarks/realdata/readings/"; \
	else \
		$(BIN)/newsdiff eval --real "$(NEWSDIFF_REALDATA)"; \
	fi

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
