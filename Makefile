# Agora developer entry points. Every target is idempotent: the venv is made
# once, dependencies are reinstalled only when pyproject.toml or
# constraints.txt change (.venv/.stamp), and .ci/sysdeps.sh installs only
# the Debian packages that are missing.
#
#   make run    open the app on the bundled deck (ARGS=... to pass options)
#   make test   lint, then the test suite (offscreen Qt)
#   make lint   ruff check + ruff format --check + mypy + the layering contracts
#   make bench  benchmarks
#   make dist   wheel + sdist, and the standalone app + tarball, into dist/
#   make translations  refresh desktop_app/i18n/*.ts from the code, compile the .qm
#   make clean  build outputs and caches; `make distclean` also drops .venv

SHELL := /bin/bash
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.stamp
LINT_PATHS := desktop_app tests benchmarks packaging
PIP_FLAGS  := --disable-pip-version-check $(if $(CI),--progress-bar off)

.PHONY: run test lint bench dist clean distclean venv sysdeps-runtime sysdeps-test translations qm web-deps

run: sysdeps-runtime venv qm
	$(BIN)/agora $(ARGS)

# Lint first so style/type errors fail fast, then pytest. Any non-zero exit
# fails, including 5 ("no tests collected"): a run that tests nothing proves nothing.
test: sysdeps-test venv lint qm web-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# axe-core for the web pages' accessibility test, from npm at the version the lock
# file pins; `npm ci` only when the lock file is newer than what is installed.
WEB := tests/web
web-deps:
	@if [ $(WEB)/node_modules/.package-lock.json -nt $(WEB)/package-lock.json ]; then :; \
	elif command -v npm >/dev/null; then npm ci --prefix $(WEB) --no-audit --no-fund; \
	else echo "web-deps: no npm, the web pages' accessibility test will be skipped" >&2; fi

lint: venv
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy desktop_app
	$(BIN)/lint-imports

bench: venv
	$(BIN)/python -m benchmarks

# `build` makes its own isolated env with the pinned hatchling from pyproject;
# packaging/build.py then makes the standalone app dist/agora/ and its tarball.
dist: sysdeps-test venv qm
	$(BIN)/python -m build --outdir dist .
	$(BIN)/python packaging/build.py --dist dist

venv: $(STAMP)

# pyside6-lupdate/lrelease come with PySide6-Essentials: no other tool is needed.
# `translations` refreshes the .ts sources (new strings arrive unfinished, for a
# translator); `qm` only compiles the .qm files the app loads, where missing or stale.
translations: venv
	$(BIN)/python packaging/translations.py --update

qm: venv
	$(BIN)/python packaging/translations.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Order-only on the interpreter so a newer venv dir mtime doesn't force reinstalls.
$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install $(PIP_FLAGS) -c constraints.txt -e '.[dev]'
	touch $@

sysdeps-runtime:
	bash .ci/sysdeps.sh runtime

sysdeps-test:
	bash .ci/sysdeps.sh test

clean:
	rm -rf dist build *.egg-info .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache .benchmarks .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) $(WEB)/node_modules
