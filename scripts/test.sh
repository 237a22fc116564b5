#!/usr/bin/env bash
# `make test`: every layer in one pytest run from the root (unit, integration, end to end),
# against the real services. Extra arguments go to pytest (e.g. -m "not faults").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
# The browser test's Chromium, unless this run leaves that test out.
[[ " $* " = *" --ignore=tests/test_web_browser.py "* ]] || bash scripts/need.sh
.venv/bin/pytest "$@"
