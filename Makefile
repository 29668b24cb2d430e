# logwarden: the two set-up commands of the README are `make demo` and `make test`.
# Both create the virtual environment and install what they need on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PEERS  := $(VENV)/.peers-stamp

.PHONY: demo test test-fast lint privacy-report bench crash-trials retention-trial up down status install clean prometheus chromium native

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "logwarden needs Python 3.11+; this is " + sys.version.split()[0])'
	@command -v java >/dev/null || { echo "logwarden's local stack needs Java 17+ (apt-get install openjdk-17-jre-headless)"; exit 1; }
	@command -v mvn >/dev/null || { echo "logwarden's local stack needs Maven to fetch Kafka's jars once (apt-get install maven)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,test,lint]'
	@touch $(STAMP)

install: $(STAMP) prometheus chromium native

## the scrub/route core (pseudonyms.py, walk.py, scrub.py) compiled with mypyc for these sources (pipeline/native.py; ~15 s once), the
## name lexicon (pipeline/privacy/lexicon.py; ~16 s once, then nothing; cues only without it), and the CLDR words
## the detectors read (pipeline/privacy/cldr.py; ~3 s once; read from Babel without them); the
## pure core runs when it cannot be built
native: $(STAMP)
	@$(BIN)/python -m pipeline.native
	@$(BIN)/python -m pipeline.privacy.lexicon
	@$(BIN)/python -m pipeline.privacy.cldr

## a tool from Debian's package of the same name, installed when missing (as root), else the command to run:
## $(call debian_tool,COMMAND,WHAT IT IS FOR)
define debian_tool
	@command -v $(1) >/dev/null || test -x /usr/bin/$(1) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's $(1) package ($(2))"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(1) >/dev/null; \
	  else \
	    echo "logwarden needs $(1) ($(2)): sudo apt-get install $(1)"; exit 1; \
	  fi; }
endef

## Debian's prometheus package: the local stack's Prometheus, and promtool for the tests
prometheus:
	$(call debian_tool,prometheus,the local Prometheus and promtool for the tests)

## Debian's chromium package: the headless browser the test of `policy explain --format html` renders the page in
chromium:
	$(call debian_tool,chromium,headless: the test of the policy explain page renders it)

## the main job on the local stack: Kafka, S3, the pipeline, a summary
demo: $(STAMP) prometheus native
	$(BIN)/logwarden demo

## the whole test suite, against a real Kafka broker and S3 server it starts itself (lint first)
test: lint prometheus chromium native
	$(BIN)/pytest -n 3 --dist loadfile -m "not timing"
	$(BIN)/pytest -m timing -q

## the tests that need no server: seconds, no Kafka
test-fast: $(STAMP) chromium native
	$(BIN)/pytest -m "not servers" -q -n 2

## style and bugs (ruff), types (mypy), and the import contracts of the data flow (import-linter)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

$(PEERS): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev,test,lint,peers]'
	@touch $(PEERS)

## per kind of identifier: the share caught and of look-alikes kept, logwarden beside scrubadub and Presidio
privacy-report: $(PEERS)
	$(BIN)/python -m bench.privacy

## speed and memory against bare baselines measured in the same run
bench: $(PEERS) native
	$(BIN)/python -m bench

## kill -9 the worker, the sink, the load generator and the tailer 20 times each while they work; count S3
## by event_id: exit 1 unless nothing is lost or duplicated (its own Kafka and S3, in a temporary folder; ~10 min).
## BROKERS=3: on a three-node cluster of its own, a random Kafka node killed 20 times too (~20 min)
BROKERS ?= 1
crash-trials: $(STAMP) native
	$(BIN)/python -m bench.crash_trials --brokers $(BROKERS)

## legal holds, expiry of every version and the report's digest on MinIO, built once from its Go module through the
## Go module proxy into ~/.cache/logwarden/ (the first time ~8 min and 2 GB of Go caches; needs Go 1.24+); not in `make test`
retention-trial: $(STAMP)
	$(BIN)/python -m bench.retention_trial

up: $(STAMP) prometheus native
	$(BIN)/logwarden dev up
down: $(STAMP)
	$(BIN)/logwarden dev down
status: $(STAMP)
	$(BIN)/logwarden dev status

clean:
	-$(BIN)/logwarden dev down
	rm -rf $(VENV) .logwarden .pytest_cache .hypothesis bench/results build/native
