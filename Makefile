# Two commands for a fresh machine:  `make run` (extract the sample data)  and  `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

$(BIN)/kcextract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dask]'
	touch $@

.PHONY: install run test lint bench
install: $(BIN)/kcextract

run: install
	@$(BIN)/kcextract run data/

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench

bench: install
	$(BIN)/python bench/benchmark.py
