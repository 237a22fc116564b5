#!/usr/bin/env bash
# What the tests need beyond the venv and the services: Debian's headless Chromium and its
# chromedriver, for the import page's browser test (tests/test_web_browser.py). Installed
# when missing (as root, as on CI and the developers' machines); one line if it can't be.
set -uo pipefail
command -v chromium >/dev/null && command -v chromedriver >/dev/null && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "need: chromium and chromium-driver are missing: apt-get install chromium chromium-driver" >&2
  exit 1
fi
echo "need: installing chromium and chromium-driver (Debian packages)" >&2
export DEBIAN_FRONTEND=noninteractive
# CI builds the images (apt inside docker-test) beside the tests: wait for dpkg's lock, do not fail on it.
apt=(apt-get -o DPkg::Lock::Timeout=900)
{ "${apt[@]}" install -y -q chromium chromium-driver || { "${apt[@]}" update -q && "${apt[@]}" install -y -q chromium chromium-driver; }; } >/dev/null ||
  { echo "need: apt-get could not install chromium and chromium-driver" >&2; exit 1; }
