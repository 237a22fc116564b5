#!/usr/bin/env bash
# Lock every dependency with hashes (pip-tools): one lock per image and one for the dev venv.
#   bash scripts/lock.sh      # after changing a pyproject.toml or requirements-dev.in
# The inputs are each pyproject's dependencies (the contract's own included); the three local
# packages themselves are installed from their folders with --no-deps, after the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=${XDG_CACHE_HOME:-$HOME/.cache}/people-import/lock-tools
[ -x "$tools/bin/pip-compile" ] || { python3 -m venv "$tools" && "$tools/bin/pip" install -q pip-tools==7.6.2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

requirements() {  # the third-party dependencies of these pyproject.toml files
  python3 - "$@" << 'PY'
import sys, tomllib
for path in sys.argv[1:]:
    project = tomllib.load(open(path, "rb"))["project"]
    extras = [d for group in project.get("optional-dependencies", {}).values() for d in group]
    for dep in project["dependencies"] + extras:  # the images carry the extras too
        if not dep.startswith("people-import-"):
            print(dep)
PY
}
compile() {  # output, inputs...
  local out=$1
  shift
  "$tools/bin/pip-compile" -q --generate-hashes --allow-unsafe --strip-extras --no-header \
    --output-file "$out" "$@"
  sed -i "s|$work/||" "$out"  # "via -r csvprocessor.in", not a temp folder's name that changes each run
}
requirements contract/pyproject.toml CSVProcessor/pyproject.toml > "$work/csvprocessor.in"
requirements contract/pyproject.toml StorePeople/pyproject.toml > "$work/storepeople.in"
# setuptools builds the local packages (--no-build-isolation); redis-py needs async-timeout on
# Python < 3.11.3 (Debian 12's python3, the stand-in images'), which a newer Python's pip-compile
# would leave out of the lock.
for service in csvprocessor storepeople; do
  printf '%s\n' "setuptools>=70" "async-timeout>=4.0.3" >> "$work/$service.in"
done
# One truth: the dev lock (what the tests run) is solved first, over everything; each image's
# lock is then solved within its pins, so an image never runs a version the tests did not.
cat "$work/csvprocessor.in" "$work/storepeople.in" requirements-dev.in > "$work/dev.in"
compile requirements-dev.lock "$work/dev.in"
sed -n 's/^\([A-Za-z0-9_.-]*==[^ ]*\) .*/\1/p' requirements-dev.lock > "$work/tested.txt"
compile CSVProcessor/requirements.lock "$work/csvprocessor.in" --constraint "$work/tested.txt"
compile StorePeople/requirements.lock "$work/storepeople.in" --constraint "$work/tested.txt"
