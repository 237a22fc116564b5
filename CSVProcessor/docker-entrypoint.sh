#!/bin/sh
# The CLI image's entry point. Arguments that start with "-" go to the CLI
# (`docker-compose run --rm csvprocessor -csv csv_files/x.csv` is `python csvprocessor.py -csv ...`);
# any other command runs as given.
# It runs as the owner of /app/logs, where run logs are written: a bind mount of the host's
# data/logs, so the files belong to whoever made that folder, root or not, and no image has to be
# built for a user id. With the image's own folder (no mount) that is its `app` user; a folder
# owned by root (made by root, or by Docker when it was missing) means root, as on the host.
set -e
case "${1:-}" in -*) set -- python csvprocessor.py "$@" ;; esac
if [ "$(id -u)" = 0 ]; then
  owner=$(stat -c %u /app/logs)
  group=$(stat -c %g /app/logs)
  if [ "$owner" != 0 ]; then
    exec setpriv --reuid="$owner" --regid="$group" --clear-groups -- "$@"
  fi
fi
exec "$@"
