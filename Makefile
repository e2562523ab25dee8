# The two commands of the quick start: `make scan` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: scan test install install-dev bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $@

install: $(STAMP)
install-dev: $(DEV_STAMP)

# Exit code 1 means the scan has findings, which is the point of a scan: make still
# succeeds; 2 (bad input or registry) fails.
scan: $(STAMP)
	@$(BIN)/claimcheck scan corpus --registry claims.yaml; rc=$$?; \
	if [ $$rc -eq 1 ]; then echo "claimcheck: findings reported (exit code 1, which fails a CI job)"; \
	elif [ $$rc -ne 0 ]; then exit $$rc; fi

test: $(DEV_STAMP)
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; exit $$rc

bench: $(STAMP)
	$(BIN)/python bench/peer_suites.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/scan_scale.py
	$(BIN)/python bench/heldout.py
	$(BIN)/python bench/heldout.py --dir bench/heldout2

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
