#!/usr/bin/env bash
# Builds local stand-ins for the official python, postgres, redis and rabbitmq images from Debian's
# packages, for a machine that reaches Debian's mirror and PyPI but no image registry:
#   local/debian:bookworm   base.sh: debootstrap --variant=minbase, imported (made once, then reused)
#   local/<name>:standin    <name>/Dockerfile FROM it (rebuilt from the layer cache: seconds when unchanged)
# Needs a running Docker engine and debootstrap. Build logs go to $STANDIN_LOG_DIR (default: a temp dir).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
base=local/debian:bookworm
logs=${STANDIN_LOG_DIR:-$(mktemp -d)}

STANDIN_LOG_DIR=$logs "$here/base.sh"

names=(python postgres redis rabbitmq)
pids=()
for name in "${names[@]}"; do
  docker build --build-arg BASE_IMAGE="$base" -t "local/$name:standin" "$here/$name" > "$logs/$name.log" 2>&1 &
  pids+=("$!")
done
status=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    status=1
    tail -20 "$logs/${names[$i]}.log"
    echo "standin: local/${names[$i]}:standin failed to build (log: $logs/${names[$i]}.log)"
  fi
done
exit "$status"
