#!/usr/bin/env bash
# Builds local stand-ins for the official python, postgres, redis and rabbitmq images from Debian's
# packages, for a machine that reaches Debian's mirror and PyPI but no image registry:
#   local/debian:bookworm   debootstrap --variant=minbase, imported (made once, then reused)
#   local/<name>:standin    <name>/Dockerfile FROM it (rebuilt from the layer cache: seconds when unchanged)
# Needs a running Docker engine and debootstrap. Build logs go to $STANDIN_LOG_DIR (default: a temp dir).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
base=local/debian:bookworm
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
logs=${STANDIN_LOG_DIR:-$(mktemp -d)}

if ! docker image inspect "$base" > /dev/null 2>&1; then
  echo "standin: debootstrap bookworm into $base"
  root=$(mktemp -d)
  chmod 755 "$root"  # the image's /, which every user must be able to traverse
  trap 'rm -rf "$root"' EXIT
  debootstrap --variant=minbase --include=ca-certificates bookworm "$root" "$mirror" > "$logs/debootstrap.log" 2>&1 \
    || { tail -20 "$logs/debootstrap.log"; exit 1; }
  # As the official debian image: package scripts start no services, apt installs no recommends.
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod +x "$root/usr/sbin/policy-rc.d"
  echo 'APT::Install-Recommends "false";' > "$root/etc/apt/apt.conf.d/90no-recommends"
  # Trust what this host trusts, so pip works in builds where HTTPS goes through an inspecting proxy.
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/host-ca-certificates.crt"
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | docker import -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' -c 'CMD ["bash"]' - "$base" > /dev/null
fi

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
