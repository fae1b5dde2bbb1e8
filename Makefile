# Every target installs what it needs, so any of them works as the first command on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export PATH := $(CURDIR)/$(BIN):$(PATH)
# Hand-written Python folders that exist in this checkout (ruff fails on a missing path).
PY_DIRS := $(wildcard overlay emulators tests benchmarks examples generator tools)

.PHONY: install generate check-generated generate-async check-async lint format test docs demo notebooks bench emulator clean new-service

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,pandas,emulator,fast,pyarrow,docs,plot]'
	touch $@

generate: $(STAMP)
	$(BIN)/python generator/generate.py --output generated/dataports_api

check-generated: $(STAMP)
	$(BIN)/python generator/generate.py --check generated/dataports_api

# The asyncio clients are generated from the sync sources (generator/asyncify.py); CI fails when one is stale.
ASYNC_SERVICES := --package dataports.rapidpro --package dataports.gretel --package dataports.voxel51 --package dataports.datagrok --package dataports.clicdata

generate-async: $(STAMP)
	$(BIN)/python generator/asyncify.py $(ASYNC_SERVICES)

check-async: $(STAMP)
	$(BIN)/python generator/asyncify.py --check $(ASYNC_SERVICES)

lint: $(STAMP)
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)
	$(BIN)/mypy overlay/dataports emulators/dataports_emulators

format: $(STAMP)
	$(BIN)/ruff check --fix $(PY_DIRS)
	$(BIN)/ruff format $(PY_DIRS)

test: lint check-generated check-async docs
	$(BIN)/python -m pytest -q

# The API reference site (mkdocs.yml, docs/site/): a public name without a docstring fails first, then the strict build.
docs: $(STAMP)
	$(BIN)/python tools/docs/check_docstrings.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir build/site

demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

# Each notebook executed against a fresh emulator holding its service's demo workspace, stored with its outputs;
# tests/test_notebooks.py fails when a committed notebook differs from what this writes (images compared by presence).
notebooks: $(STAMP)
	$(BIN)/python tools/notebooks/execute.py

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

emulator: $(STAMP)
	$(BIN)/dataports-emulator

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

new-service: $(STAMP)
	@test -n "$(NAME)" || { echo "usage: make new-service NAME=<service>"; exit 2; }
	$(BIN)/python generator/new_service.py $(NAME)
