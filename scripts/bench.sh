#!/usr/bin/env bash
# `make bench` (not part of `make test`): BENCH_ROWS="10000 200000" make bench
# Scaling: BENCH_WORKERS="1 2 4" (worker processes; default: the worker's own default).
# Ten million rows, bulk only (per-row runs up to 1M rows): BENCH_ROWS=10000000 make bench
# BENCH_ARGS passes more options to scripts/bench.py (see --help), e.g. "--readers --peers pgloader".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
# pgloader is one of the peers the bench measures (scripts/bench_peers.py): Debian packages it.
if ! command -v pgloader >/dev/null; then
  echo "bench: installing pgloader (apt)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgloader >/dev/null
fi
.venv/bin/python scripts/bench.py --rows ${BENCH_ROWS:-200000} --workers ${BENCH_WORKERS:-0} ${BENCH_ARGS:-}
