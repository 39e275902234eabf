# Two commands do everything: `make site` builds the site, `make test` runs every test.
# Set-up steps run only when their inputs changed (stamp files in .venv/ and node_modules/).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN    := PYTHONPATH=scripts NO_MKDOCS_2_WARNING=1 $(BIN)/python
# Test processes for `make test` (pytest-xdist); each builds the sites it needs once.
TEST_WORKERS ?= 2

.PHONY: site generate check schema reading serve test test-fast lint bench lighthouse chromium java clean

site: $(VENV)/.site-deps                ## set up, generate the pages and build site/
	$(RUN) -m guided_reading build

generate: $(VENV)/.site-deps            ## only write the generated Markdown into docs/
	$(RUN) -m guided_reading generate

check: $(VENV)/.site-deps               ## validate every reading without building
	$(RUN) -m guided_reading check
	$(RUN) scripts/quiz_measure.py --items seeds

schema: $(VENV)/.site-deps              ## rewrite edition.schema.json from the typed model (commit it)
	$(RUN) -m guided_reading schema

reading: $(VENV)/.site-deps              ## make reading SOURCE=path/to/op-ed.txt SLUG=name: add a draft reading
	@test -n "$(SOURCE)" -a -n "$(SLUG)" || { echo "usage: make reading SOURCE=path/to/op-ed.txt SLUG=name"; exit 2; }
	$(RUN) -m guided_reading new "$(SOURCE)" --slug "$(SLUG)"

serve: $(VENV)/.site-deps               ## preview on http://127.0.0.1:8000, regenerating when seeds/ change
	$(RUN) -m guided_reading generate
	$(RUN) -m mkdocs serve --dev-addr 127.0.0.1:8000 --watch seeds --watch scripts

test: $(VENV)/.test-deps node_modules/.installed chromium java   ## set up, lint, and run the whole suite
	$(BIN)/ruff check scripts tests
	npx --no-install eslint .
	PYTHONPATH=scripts $(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	$(BIN)/zizmor --offline --min-severity medium --no-progress .github/
	node --test tests/js/
	@# --dist loadfile: each origin's crawl (tests/browser/test_crawl_*.py) runs once, in the process that holds its tests.
	$(RUN) -m pytest -n $(TEST_WORKERS) --dist loadfile -m "not lighthouse" $(PYTEST_ARGS)
	@# Lighthouse simulates a slow phone from the time the page takes here: its runs go last, on their own.
	$(RUN) -m pytest -m lighthouse $(PYTEST_ARGS) || [ $$? -eq 5 ]

test-fast: $(VENV)/.test-deps node_modules/.installed   ## the edit loop: lint, the layer contract, types, unit and golden tests (no build, no browser)
	$(BIN)/ruff check scripts tests
	npx --no-install eslint .
	PYTHONPATH=scripts $(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	node --test tests/js/
	QUICK_TESTS=1 $(RUN) -m pytest -q -n $(TEST_WORKERS) -m "not slow" $(PYTEST_ARGS)

bench: $(VENV)/.test-deps               ## time generation and build, weigh the pages (a report, not a test)
	$(RUN) scripts/bench.py

lighthouse: site node_modules/.installed chromium   ## Lighthouse scores of the main pages, site/ served gzipped
	$(BIN)/python tests/quality/lighthouse_scores.py site

lint: $(VENV)/.test-deps node_modules/.installed
	$(BIN)/ruff check scripts tests
	npx --no-install eslint .
	PYTHONPATH=scripts $(BIN)/lint-imports --no-cache

$(VENV)/.site-deps: requirements/site.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/site.txt
	touch $@

$(VENV)/.test-deps: requirements/test.txt requirements/parsers.txt $(VENV)/.site-deps
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/test.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/parsers.txt
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium, driven by Playwright: Playwright's own browser download is not used.
# poppler-utils reads back the printed handout (pdftotext).
chromium:
	@command -v chromium >/dev/null && command -v pdftotext >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core poppler-utils >/dev/null; }

# Java runs the HTML validator (npm vnu-jar).
java:
	@command -v java >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless >/dev/null; }

clean:
	rm -rf site .site.* nav.generated.yml docs/index.md $(VENV)
	for marker in docs/*/.generated; do [ -e "$$marker" ] && rm -rf "$$(dirname "$$marker")"; done; true
	@# The features' files copied into docs/assets/, as the docs/assets/.gitignore written with them lists them (itself too).
	[ ! -f docs/assets/.gitignore ] || (cd docs/assets && grep '^/' .gitignore | cut -c2- | xargs rm -f)
