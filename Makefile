# logwarden: the two set-up commands of the README are `make demo` and `make test`.
# Both create the virtual environment and install what they need on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test bench up down status install clean lint

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "logwarden needs Python 3.11+; this is " + sys.version.split()[0])'
	@command -v java >/dev/null || { echo "logwarden's local stack needs Java 17+ (apt-get install openjdk-17-jre-headless)"; exit 1; }
	@command -v mvn >/dev/null || { echo "logwarden's local stack needs Maven to fetch Kafka's jars once (apt-get install maven)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,test]'
	@touch $(STAMP)

install: $(STAMP)

## the main job on the local stack: Kafka, S3, the pipeline, a summary
demo: $(STAMP)
	$(BIN)/logwarden demo

## the whole test suite, against a real Kafka broker and S3 server it starts itself
test: $(STAMP)
	$(BIN)/pytest

## speed and memory against bare baselines measured in the same run
bench: $(STAMP)
	$(BIN)/python -m bench

up: $(STAMP)
	$(BIN)/logwarden dev up
down: $(STAMP)
	$(BIN)/logwarden dev down
status: $(STAMP)
	$(BIN)/logwarden dev status

clean:
	-$(BIN)/logwarden dev down
	rm -rf $(VENV) .logwarden .pytest_cache .hypothesis bench/results
