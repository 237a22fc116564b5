#!/usr/bin/env bash
# `make test` on a fresh machine. A Debian container (the stand-in base, standin-images/base.sh, plus
# Python 3, git, make and curl: scripts/fresh-machine/Dockerfile) that has none of PostgreSQL, Redis
# and RabbitMQ clones this checkout's HEAD (mounted read-only) and runs `make test`: services.sh must
# install, start and set up the three services, make must build the venv from the lock, and the
# tests must pass. First, as a user without root or sudo, services.sh must stop with one line that
# names the apt-get command; after, a second services.sh must find all up, and nothing may listen
# beyond loopback.
# Arguments are make test's ARGS; the default is CI's: the end-to-end tests with every fast path off
# (FAST_PATHS=0), without the browser, log-format and start-up checks, which don't depend on the
# fast paths, and without test_history.py (status, list and undo read from the history: 252 s of
# the 779 s here, its per-row storing covered by test_undo's and test_preview's per-row cases);
# make test runs them all.
# `--prepare` stops after building the image: CI runs it beside the test suite.
# Starts dockerd (vfs) when none answers, and stops what it started, even on failure.
set -euo pipefail
prepare_only=""
[ "${1:-}" = "--prepare" ] && prepare_only=1 && shift
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
image=people-import/fresh-machine
container=people-import-fresh-$$
args=${*:-tests -m e2e --ignore=tests/test_web_browser.py --ignore=tests/test_log_format.py --ignore=tests/test_worker_start.py --ignore=tests/test_history.py}
# shellcheck source=scripts/docker-engine.sh
source "$repo/scripts/docker-engine.sh"
step() { current_step=$*; echo "== fresh-machine-test: $* ($SECONDS s)"; }
current_step=start

cleanup() {
  local rc=$?
  trap - EXIT
  docker rm -f "$container" > /dev/null 2>&1 || true
  docker_engine_stop
  rm -rf "$work"
  if [ "$rc" = 0 ]; then
    echo "fresh-machine-test: OK in $SECONDS s${prepare_only:+ (prepared only)}"
  else
    echo "fresh-machine-test: FAILED (exit $rc) at step: $current_step"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "tools and docker engine"
docker_tools
docker_engine "$work"

step "the fresh machine's image (local/debian:bookworm + python3, git, make, curl)"
STANDIN_LOG_DIR=$work "$repo/scripts/standin-images/base.sh"
docker build -q --build-arg BASE_IMAGE=local/debian:bookworm -t "$image" "$repo/scripts/fresh-machine" > /dev/null
[ -z "$prepare_only" ] || { current_step="prepared (image built)"; exit 0; }

# The checkout and its git directory (elsewhere for a worktree), read-only at the same paths.
git_dir=$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)
mounts=(-v "$repo:$repo:ro")
[[ "$git_dir" = "$repo"/* ]] || mounts+=(-v "$git_dir:$git_dir:ro")
head=$(git -C "$repo" rev-parse HEAD)

step "clone $head, services.sh without root, then FAST_PATHS=0 make test ARGS=\"$args\""
docker run --rm --name "$container" "${mounts[@]}" -e SOURCE="$repo" -e HEAD="$head" -e ARGS="$args" \
  -e FAST_PATHS=0 "$image" bash -euo pipefail -c '
    git clone -q --no-hardlinks "$SOURCE" /root/people-import
    cd /root/people-import
    git checkout -q "$HEAD"
    useradd -m newcomer
    if line=$(runuser -u newcomer -- bash scripts/services.sh 2>&1); then
      echo "services.sh succeeded without root or services"; exit 1
    fi
    echo "without root: $line"
    [ "$(wc -l <<< "$line")" = 1 ] || { echo "expected one line"; exit 1; }
    grep -q "sudo apt-get install -y postgresql redis-server rabbitmq-server" <<< "$line" ||
      { echo "expected the apt-get command"; exit 1; }
    start=$SECONDS
    make test ARGS="$ARGS"
    echo "make test: $((SECONDS - start)) s"
    bash scripts/services.sh  # again: everything is up, nothing to do, no output
    echo "services.sh again: OK"
    python3 scripts/fresh-machine/loopback_only.py  # PostgreSQL, Redis, RabbitMQ, epmd
  '
