# Two commands on a fresh clone with only Python installed:
#   make demo   set up .venv, ingest the example corpus into demo.db, print the statements
#   make test   set up .venv and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	rm -f demo.db
	$(BIN)/onrecord ingest examples --db demo.db
	$(BIN)/onrecord quotes --db demo.db

test: $(VENV)/.installed
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) demo.db *.egg-info src/*.egg-info
