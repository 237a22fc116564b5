#!/usr/bin/env bash
# The real pipeline on an embedded default: no server needed.
# SQLite for the database, kombu's filesystem transport for the broker and a
# file result backend; same code paths as production, only the URLs differ.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
demo="$root/.demo"
rm -rf "$demo" && mkdir -p "$demo"
export DATABASE_URL="sqlite:///$demo/people.db"
export BROKER_CONN="filesystem://$demo/broker"
export BACKEND_CONN="file://$demo/results"
export IMPORT_QUEUE=people
python=$root/.venv/bin/python

echo "== migrate: alembic upgrade head"
(cd StorePeople && "$root/.venv/bin/alembic" upgrade head)

echo "== start the worker: celery -A tasks worker"
(cd StorePeople && exec "$root/.venv/bin/celery" -A tasks worker --loglevel=WARNING) \
  >"$demo/worker.log" 2>&1 &
worker=$!
trap 'kill -TERM $worker 2>/dev/null; wait $worker 2>/dev/null || true' EXIT

echo "== import: python csvprocessor.py -csv csv_files/people.csv --wait"
(cd CSVProcessor && LOGS_DIR="$demo/logs" "$python" csvprocessor.py -csv csv_files/people.csv --wait)

echo "== stored people"
"$python" scripts/show_people.py
