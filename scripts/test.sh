#!/usr/bin/env bash
# `make test`: every layer from the root (unit, integration, end to end), against the real
# services. With no arguments, the whole suite in two steps: every test but the faults tests in
# TEST_PROCESSES pytest-xdist processes (default 3: the suite mostly waits on services and worker
# processes, so three share two cores well), then the faults tests, which stop or kill services,
# alone in one process. Extra arguments make it one plain pytest run with them (e.g. -m e2e).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
# The browser test's Chromium, unless this run leaves that test out.
[[ " $* " = *" --ignore=tests/test_web_browser.py "* ]] || bash scripts/need.sh
if [ $# -gt 0 ]; then
  exec .venv/bin/pytest "$@"
fi
status=0
.venv/bin/pytest -m "not faults" -n "${TEST_PROCESSES:-3}" --dist worksteal || status=$?
.venv/bin/pytest -m faults || status=$?  # run even after a failure: the whole picture at once
exit "$status"
