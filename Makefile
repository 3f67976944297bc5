# Two commands a new machine needs: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := node_modules/.bin
#: how assets/src/main.js becomes the one classic script Dash loads (tests/test_bundle.py
#: builds it the same way, from this line)
BUNDLE_FLAGS := --bundle --format=iife --target=es2019 --legal-comments=inline --log-level=warning
HOST ?= 127.0.0.1
PORT ?= 8050
#: Natural Earth layers the labels and territories are derived from: the upstream files,
#: xz-compressed, that travel with the project (see its README)
NATURAL_EARTH ?= geodata/sources/natural-earth

.PHONY: run test serve lint browser node bundle wrk bench bench-scale bench-load shapes places territories vendor clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

## run: install the app into .venv and serve it at http://$(HOST):$(PORT)
run: $(VENV)/.installed-app
	$(BIN)/python app.py --host $(HOST) --port $(PORT)

## serve: the same app under gunicorn, configured by gunicorn.conf.py (workers share the
## read-only data loaded once before they fork)
serve: $(VENV)/.installed-app
	$(BIN)/gunicorn -c gunicorn.conf.py --bind $(HOST):$(PORT)

## browser: make sure Debian's chromium and chromedriver are here (installs them as root)
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then \
		true; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	else \
		echo "The browser tests need headless Chromium: sudo apt-get install -y chromium chromium-driver" >&2; \
		exit 2; \
	fi

## node: make sure Node.js and npm are here (installs Debian's npm as root): the bundle,
## its type check, the agreement suite and the shapes build use them
node:
	@if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then \
		true; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; \
	else \
		echo "The browser modules' checks need Node.js: sudo apt-get install -y npm" >&2; \
		exit 2; \
	fi

# The browser half's tools, pinned in package-lock.json: esbuild bundles, tsc checks types.
node_modules/.installed: package.json package-lock.json | node
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## bundle: rebuild assets/crossroads.js from the ES modules in assets/src (commit the result;
## tests/test_bundle.py checks it is up to date)
bundle: node_modules/.installed
	$(NODE_BIN)/esbuild assets/src/main.js $(BUNDLE_FLAGS) --outfile=assets/crossroads.js

## lint: ruff, as CI runs it, vulture for dead code (settings in pyproject.toml), and tsc
## checking the browser modules against the JSDoc types of what Python sends
lint: $(VENV)/.installed-test node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/vulture
	$(NODE_BIN)/tsc -p tsconfig.json

## test: install test extras, the browser and Node.js with npm, then lint and run every test
test: $(VENV)/.installed-test browser node lint
	$(BIN)/python -m pytest

## bench: print start-up time, payload sizes and update times
bench: $(VENV)/.installed-test browser
	$(BIN)/python benchmarks/year_path.py

## bench-scale: start-up, a country call and the first page's transfer (and a year's change
## list) with 100,000 generated membership rows, beside the real data, with the targets
bench-scale: $(VENV)/.installed-test browser
	$(BIN)/python benchmarks/scale.py

## wrk: the load generator of bench-load (Debian's package; installed when run as root)
wrk:
	@if command -v wrk >/dev/null 2>&1; then \
		true; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
	else \
		echo "bench-load needs wrk: sudo apt-get install -y wrk" >&2; \
		exit 2; \
	fi

## bench-load: the atlas under gunicorn against bare Flask, a first visit's real mix for 30 s
## at 10 and 50 connections each, then a GET with slow clients held open; 127.0.0.1 only
## (about 4 minutes)
bench-load: $(VENV)/.installed-test wrk browser
	$(BIN)/python benchmarks/load.py

## vendor: fetch the plotly.js geo bundle named in assets/vendor/plotly-geo.provenance.json (needs npm)
vendor:
	@package=$$(sed -n 's/.*"package": "\(.*\)".*/\1/p' assets/vendor/plotly-geo.provenance.json); \
	tmp=$$(mktemp -d) && cd $$tmp && npm pack "$$package" --silent >/dev/null && tar xzf *.tgz && \
	cp package/plotly-geo.min.js $(CURDIR)/assets/vendor/ && cp package/LICENSE $(CURDIR)/assets/vendor/plotly-geo.LICENSE.txt && \
	cd $(CURDIR) && sha256sum assets/vendor/plotly-geo.min.js

## shapes: rebuild geodata/countries.geojson from Natural Earth (needs npm)
shapes: $(VENV)/.installed-app
	$(BIN)/python geodata/build_shapes.py

## places: rebuild geodata/places.csv (city labels) from Natural Earth's populated places
places: $(VENV)/.installed-app
	$(BIN)/python geodata/build_places.py $(NATURAL_EARTH)/ne_10m_populated_places_simple.json.xz

## territories: rebuild geodata/territories.geojson from Natural Earth and geodata/outlines/
## (after `make shapes`: each territory is fitted into its claimant's processed shape)
territories: $(VENV)/.installed-app
	$(BIN)/python geodata/build_territories.py $(NATURAL_EARTH)/ne_10m_admin_0_disputed_areas.json.xz

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache *.egg-info
