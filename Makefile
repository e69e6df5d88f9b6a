# Two entry points for a fresh machine: `make run` and `make test`. Both create the venv on
# first use from the pinned, hashed lock (requirements/dev.txt), then install the project
# itself without its dependencies; again whenever pyproject.toml or the lock changes.
# `make lock` refreshes the locks after a dependency edit (UPGRADE=1: newest versions;
# UPGRADE_PACKAGE=name: one package). See tools/lock.py.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
LOCK := requirements/dev.txt
PYTEST_ARGS ?=

.PHONY: venv lock run test lint ui ui-check bench package screenshots clean

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) tools/lock.py --check
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

lock:
	$(PYTHON) tools/lock.py $(if $(UPGRADE),--upgrade) \
		$(foreach name,$(UPGRADE_PACKAGE),--upgrade-package $(name))

run: $(STAMP)
	$(PY) -m inspector_app demo

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m inspector_app.gui.forms --check
	$(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

ui: $(STAMP)
	$(PY) -m inspector_app.gui.forms

ui-check: $(STAMP)

# Each benchmark is one command; see benchmarks/README.md for the goals and options.
bench: $(STAMP)
	$(PY) benchmarks/bench_domain.py
	$(PY) benchmarks/bench_finalize.py
	$(PY) benchmarks/bench_labels.py
	$(PY) -m benchmarks.decode ../shared/corpus
	$(PY) -m benchmarks.sync_drain --count 200
	$(PY) benchmarks/server_load.py --duration 30 --workers 1,2,4
	$(PY) -m benchmarks.photo_store
	$(PY) -m benchmarks.lead_report
	xvfb-run -a -s '-screen 0 1366x768x24' $(PY) benchmarks/gui_latency.py
	xvfb-run -a -s '-screen 0 1366x768x24' $(PY) benchmarks/bench_demo_start.py
	xvfb-run -a -s '-screen 0 1366x768x24' $(PY) -m benchmarks.press_count

package: $(STAMP)
	packaging/build-linux.sh

screenshots: $(STAMP)
	xvfb-run -a -s '-screen 0 1366x768x24' $(PY) -m tools.screenshots docs/screenshots
	xvfb-run -a -s '-screen 0 1366x768x24' $(PY) -m tools.lead_screenshots docs/screenshots
	xvfb-run -a -s '-screen 0 1366x768x24' $(PY) -m tools.lead_screenshots --language fr docs/screenshots
	xvfb-run -a -s '-screen 0 1366x768x24' $(PY) -m tools.label_screenshots docs/screenshots
	xvfb-run -a -s '-screen 0 1366x768x24' $(PY) -m tools.message_screenshots docs/screenshots

clean:
	rm -rf build dist .pytest_cache .ruff_cache
