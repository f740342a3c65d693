# Two entry points for users: `make briefing` and `make test`. Each does the set-up it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/nebula-2025-06-quarter-zh.txt
EXAMPLE_GLOSSARY := examples/nebula.glossary.toml
STAMP := $(VENV)/.callbrief-installed

.PHONY: briefing test lint typecheck system setup clean

briefing: setup
	$(BIN)/callbrief extract $(EXAMPLE) --glossary $(EXAMPLE_GLOSSARY)

test: setup
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(BIN)/pytest -q

setup: system $(STAMP)

system:
	@bash scripts/ensure-system-packages

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "callbrief needs Python 3.11 or newer ($(PYTHON) is older)" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

clean:
	rm -rf $(VENV) output/*.pdf output/*.xlsx output/*.json
