# BrainNetwork assistant. `make run` sets up, trains if needed and starts everything;
# `make test` sets up, trains if needed and runs every test.
SHELL := bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 2
# Rasa's training cache off: writing DIET's output to it took 50-60 s of every full training
# (make model on a fresh clone: 317 s with it, 262 s without; docs/benchmarks/README.md), and it
# saves nothing when the domain or the NLU data change, which is nearly every retraining here.
export RASA_MAX_CACHE_SIZE := 0
export PYTHONWARNINGS := ignore::DeprecationWarning,ignore::PendingDeprecationWarning

VENV := .venv
BIN := $(VENV)/bin
MODEL := models/brainnetwork.tar.gz
# Retrain only when what the model is built from has changed. The crisis lexicon
# (brainnetwork/nlu/crisis_signals/) is not among it: nothing of it is trained, and its code
# is read when the assistant starts.
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml') $(wildcard brainnetwork/nlu/*.py brainnetwork/policies/*.py)

.PHONY: help setup model run run-scaled shell validate test test-unit test-integration test-e2e test-nlu test-stories migrate staff-user review bench bench-soak bench-scale bench-review purge clean bench-understanding bench-crisis

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

setup: $(VENV)/.installed ## create .venv (Python 3.10) and install everything

$(VENV)/.installed: pyproject.toml scripts/setup.sh brainnetwork/widget/package-lock.json
	bash scripts/setup.sh
	touch $@

$(VENV)/.browser: | $(VENV)/.installed
	bash scripts/setup.sh browser
	touch $@

model: $(MODEL) ## train the model if data, config or domain changed

# --skip-validation: `make validate` (part of `make test`) checks the same data more strictly,
# failing on any warning; checking it again here took 10 s of every training.
$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	$(BIN)/rasa train --skip-validation --fixed-model-name brainnetwork --out models
	touch $@

run: model ## start the assistant: demo site + widget on :8000, Rasa on :5005, actions on :5055
	$(BIN)/python -m brainnetwork.serve

# Defaults for the local PostgreSQL and Redis; override them as environment variables.
SCALED_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/brainnetwork
SCALED_LOCK_STORE_URL ?= redis://127.0.0.1:6379/1

run-scaled: model ## two Rasa instances behind HAProxy on :5005 (PostgreSQL + Redis; see docs/production.md)
	RASA_INSTANCES=$${RASA_INSTANCES:-2} DATABASE_URL=$${DATABASE_URL:-$(SCALED_DATABASE_URL)} \
	LOCK_STORE_URL=$${LOCK_STORE_URL:-$(SCALED_LOCK_STORE_URL)} $(BIN)/python -m brainnetwork.serve

shell: model ## chat with the assistant in the terminal (rasa shell)
	$(BIN)/python -m brainnetwork.serve --shell

validate: setup ## rasa data validate, failing on any warning (but for responses sent by actions)
	$(BIN)/python scripts/validate_data.py

test: validate model $(VENV)/.browser ## run every test (validation, pytest: NLU, stories, end-to-end, browser)
	$(BIN)/python -m pytest

test-unit: setup ## the unit tests only (no model, no services; a minute or two)
	$(BIN)/python -m pytest -m unit

test-integration: setup ## the tests against PostgreSQL, Redis and SMTP (127.0.0.1; .ci/run starts them)
	$(BIN)/python -m pytest -m integration

test-e2e: model $(VENV)/.browser ## the end-to-end tests: the trained assistant, the launcher, the browser
	$(BIN)/python -m pytest -m e2e

test-nlu: model ## NLU report and confusion matrix on tests/nlu_test.yml (results/nlu/)
	$(BIN)/python -m pytest tests/test_model_quality.py -k nlu

test-stories: model ## Rasa test stories (tests/test_stories.yml), failing on any error
	$(BIN)/python -m pytest tests/test_model_quality.py -k stories

migrate: setup ## bring the database (DATABASE_URL) to the newest schema; run, staff-user, review and purge do it themselves
	$(BIN)/python -m brainnetwork.storage upgrade

staff-user: setup ## create a staff account for the review app (asks for a name and a password)
	@read -p "Username for the new staff account: " name && $(BIN)/python -m brainnetwork.review create-user "$$name"

review: setup ## the review CLI, e.g. make review ARGS="list --flag crisis"
	$(BIN)/python -m brainnetwork.review $(ARGS)

bench: model ## latency, throughput, memory, start-up and training vs the stock rasa init assistant (results/bench/)
	$(BIN)/python bench/assistant.py

bench-soak: model ## a 30-minute soak on loopback: memory growth per 1,000 turns (results/bench/soak.json)
	$(BIN)/python bench/assistant.py --soak-minutes $${SOAK_MINUTES:-30}

bench-scale: model ## one vs two Rasa instances behind HAProxy at the same p95, and HAProxy's added latency (PostgreSQL + Redis; results/bench/scale_out.json)
	$(BIN)/python bench/scale_out.py

bench-review: setup ## how fast the review app stays with 10,000 conversations (results/bench/review.json)
	$(BIN)/python bench/review_index.py

purge: setup ## delete conversations and contact requests past their retention (cron-friendly)
	$(BIN)/python -m brainnetwork.review purge

clean: ## remove the trained models and test results (keeps .venv)
	rm -rf models results .spacy

bench-understanding: model ## real visitor questions end to end over REST: accuracy, fallback, confusions (docs/benchmarks/understanding.json); RECORD=1 moves the ratchet
	$(BIN)/python bench/evaluation.py understanding $(if $(RECORD),--record) $(if $(URL),--url $(URL)) $(if $(FILE),--file $(FILE))

bench-crisis: model ## the crisis benchmark in three conversation states: recall and false alarms (docs/benchmarks/crisis.json); RECORD=1 moves the ratchet
	$(BIN)/python bench/evaluation.py crisis $(if $(RECORD),--record) $(if $(URL),--url $(URL)) $(if $(FILE),--file $(FILE))
