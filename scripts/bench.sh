#!/usr/bin/env bash
# `make bench` (not part of `make test`): BENCH_ROWS="10000 200000" make bench
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
.venv/bin/python scripts/bench.py --rows ${BENCH_ROWS:-200000}
