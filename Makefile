# Two entry points for users: `make briefing` and `make test`. Each does the set-up it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/nebula-2025-06-quarter-zh.txt
EXAMPLE_GLOSSARY := examples/nebula.glossary.toml
STAMP := $(VENV)/.callbrief-installed
FONTS := $(VENV)/.callbrief-fonts

.PHONY: briefing test bench fuzz golden system setup clean

briefing: setup
	$(BIN)/callbrief build $(EXAMPLE) --glossary $(EXAMPLE_GLOSSARY)

test: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest -q

# Also installs LibreOffice (headless Calc) to check that the workbook opens cleanly.
bench: setup
	@bash scripts/ensure-system-packages libreoffice-calc-nogui
	$(BIN)/python bench/bench.py

# The property suite's transcripts at scale (FUZZ_EXAMPLES, default 10,000): counts and the
# slowest inputs; fails on any unexpected exception or an input over 2 s.
FUZZ_EXAMPLES ?= 10000
fuzz: setup
	$(BIN)/python scripts/fuzz.py --examples $(FUZZ_EXAMPLES)

# Rewrite tests/golden/ from the current templates; review the diff before committing.
golden: setup
	CALLBRIEF_REGENERATE_GOLDEN=1 $(BIN)/pytest -q tests/test_golden.py

# Compiles the package's modules ahead (quick when they are): a machine that sets
# PYTHONDONTWRITEBYTECODE would otherwise compile them again at every start (about 0.3 s).
setup: system $(STAMP) $(FONTS)
	@$(BIN)/python -m compileall -q src

system:
	@bash scripts/ensure-system-packages

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "callbrief needs Python 3.11 or newer ($(PYTHON) is older)" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install -q -e '.[dev]'
	@$(BIN)/python -c 'from callbrief.render.pdf import harfbuzz_subsetting as ok; ok() or print( \
	  "callbrief: warning: HarfBuzz subsetting (libharfbuzz-subset0) is missing; PDFs will take about 20 times longer")'
	@touch $@

# The compact copy of the CJK font the PDFs embed (render/compact_font.py; about 45 s, once).
$(FONTS): src/callbrief/render/compact_font.py $(STAMP)
	$(BIN)/python -m callbrief.render.compact_font
	@touch $@

clean:
	rm -rf $(VENV) output/*.pdf output/*.xlsx output/*.json
