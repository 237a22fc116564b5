#!/usr/bin/env bash
# `make test`: every layer from the root (unit, integration, end to end), against the real
# services. With no arguments, the whole suite in two steps, each in pytest-xdist processes (the
# suite mostly waits on services and worker processes, so several share two cores well): every
# test but the faults tests in TEST_PROCESSES (default 3), then the faults tests, which kill
# workers and stop their own copies of the services at random moments, in FAULT_PROCESSES
# (default 1: two at once once made the cluster test's CLI finish publishing before its fault),
# by themselves. Extra arguments make it one plain pytest run with them (-m e2e).
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
.venv/bin/pytest -m faults -n "${FAULT_PROCESSES:-1}" --dist worksteal || status=$?  # run even after a failure: the whole picture at once
exit "$status"
