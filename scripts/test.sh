#!/usr/bin/env bash
# `make test`: unit -> integration -> end-to-end, against the real services.
set -euo pipefail
cd "$(dirname "$0")/.."
pytest=$(pwd)/.venv/bin/pytest

bash scripts/services.sh
(cd CSVProcessor && "$pytest")
(cd StorePeople && "$pytest")
"$pytest" tests
