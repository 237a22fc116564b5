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
worker_log() { echo "-- the worker's log ($demo/worker.log):"; tail -n 40 "$demo/worker.log"; }

# Import only once the worker is consuming, as a user would: kombu's filesystem
# transport keeps each exchange's bindings in one JSON file that two processes
# declaring at the same moment can truncate or overwrite (a lost binding drops
# the messages routed by it; cf. treeverse/dvc-task#73). One declarer at a time.
for _ in $(seq 600); do
  grep -q "storepeople: ready" "$demo/worker.log" && break
  if ! kill -0 $worker 2>/dev/null; then echo "demo: the worker exited" >&2; worker_log >&2; exit 1; fi
  sleep 0.2
done
grep -q "storepeople: ready" "$demo/worker.log" || { echo "demo: the worker was not ready in 120 s" >&2; worker_log >&2; exit 1; }

echo "== import: python csvprocessor.py -csv csv_files/people.csv --wait"
(cd CSVProcessor && LOGS_DIR="$demo/logs" "$python" csvprocessor.py -csv csv_files/people.csv --wait) \
  || { worker_log >&2; exit 1; }

echo "== stored people"
"$python" scripts/show_people.py
