# The two commands of the README. Both install what they need first.
#   make build   build the guide from the shipped content into site/ (and its zip)
#   make test    run the whole test suite (installs Chromium from Debian when missing)
# A developer's shortcut, not one of the two:
#   make test-fast   everything that needs no browser (ruff, mypy, node, pytest -m 'not browser')
VENV ?= .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test test-fast static check serve clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/gesprekswijzer build

check: $(STAMP)
	$(VENV)/bin/gesprekswijzer check

LANGUAGE ?= nl
serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/gesprekswijzer serve --language $(LANGUAGE)

# What needs neither a build nor a browser: lint, types and the forms' pure JavaScript.
static: $(STAMP)
	$(VENV)/bin/ruff check generator tests benchmarks
	$(VENV)/bin/mypy
	node --test tests/js/

test: static
	bash tests/ensure-chromium.sh
	NO_MKDOCS_2_WARNING=1 $(PYTHON) -m pytest -q -n 2

test-fast: static
	NO_MKDOCS_2_WARNING=1 $(PYTHON) -m pytest -q -n 2 -m 'not browser'

clean:
	rm -rf site .build $(VENV)
