#!/usr/bin/env bash
# The Debian base every stand-in (and the fresh-machine test) builds FROM: local/debian:bookworm,
# debootstrap --variant=minbase, imported once, then reused. Needs a running Docker engine and
# debootstrap. Its log goes to $STANDIN_LOG_DIR (default: a temp dir).
set -euo pipefail

base=local/debian:bookworm
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
logs=${STANDIN_LOG_DIR:-$(mktemp -d)}

docker image inspect "$base" > /dev/null 2>&1 && exit 0
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
