# people-import: `make demo` runs the pipeline with no server; `make test` runs the suite.
VENV := .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PACKAGES := contract/pyproject.toml CSVProcessor/pyproject.toml StorePeople/pyproject.toml

.PHONY: venv demo test lint format bench lock clean

# Every third-party package from the hash-checked lock, then the three local packages
# (editable, no dependencies of their own to resolve).
$(STAMP): requirements-dev.lock $(PACKAGES)
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(PYTHON) -m pip install --quiet --no-deps --no-build-isolation \
		-e ./contract -e ./CSVProcessor -e ./StorePeople
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	bash scripts/demo.sh

# Extra arguments for pytest: make test ARGS='tests -m e2e'
test: $(STAMP)
	bash scripts/test.sh $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy  # the three packages ([tool.mypy] in pyproject.toml)

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: $(STAMP)
	bash scripts/bench.sh

lock:
	bash scripts/lock.sh

clean:
	rm -rf $(VENV) .demo
