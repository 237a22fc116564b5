#!/usr/bin/env bash
# `make bench` (not part of `make test`): BENCH_ROWS="10000 200000" make bench
# Scaling: BENCH_WORKERS="1 2 4" (worker processes; default: the worker's own default).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
.venv/bin/python scripts/bench.py --rows ${BENCH_ROWS:-200000} --workers ${BENCH_WORKERS:-0}
