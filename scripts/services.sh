#!/usr/bin/env bash
# Make sure PostgreSQL, Redis and RabbitMQ answer on loopback (`make test`, `make bench`).
# - Installed but stopped: started without systemd (pg_ctlcluster, redis-server --daemonize,
#   rabbitmq-server -detached).
# - Not installed: installed from the Debian/Ubuntu packages (postgresql, redis-server,
#   rabbitmq-server) as root or with `sudo -n`, then set up for the tests: RabbitMQ listens on
#   127.0.0.1 only, and PostgreSQL's role postgres gets a random password kept in ~/.pgpass (the
#   tests connect as postgres@127.0.0.1 with no password in the URL; libpq reads that file).
#   Without root or sudo, one line names the command to run.
# Every step is idempotent: a second run finds everything up and changes nothing.
set -uo pipefail

pg_marker=/var/lib/postgresql/.installed-by-people-import  # PostgreSQL is ours to set up
if [ "$(id -u)" = 0 ]; then
  root=(env) as_postgres=(runuser -u postgres --)
elif sudo -n true 2> /dev/null; then
  root=(sudo -n) as_postgres=(sudo -n -u postgres)
else
  root=() as_postgres=()
fi

tcp_up()    { timeout 5 bash -c "</dev/tcp/127.0.0.1/$1" 2> /dev/null; }
pg_up()     { if command -v pg_isready > /dev/null; then pg_isready -q -h 127.0.0.1 -p 5432; else tcp_up 5432; fi; }
redis_up()  { redis-cli -h 127.0.0.1 -p 6379 ping 2> /dev/null | grep -q PONG; }
rabbit_up() { tcp_up 5672; }

start_pg()     { "${root[@]}" pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start; }
start_redis()  { "${root[@]}" redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
                   --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log; }
start_rabbit() { "${root[@]}" rabbitmq-server -detached; }

# name, check, start, binary, Debian package
services=(
  "PostgreSQL pg_up start_pg pg_ctlcluster postgresql"
  "Redis redis_up start_redis redis-server redis-server"
  "RabbitMQ rabbit_up start_rabbit rabbitmq-server rabbitmq-server"
)

install_missing() {  # Debian packages of the services that are down and not installed
  local line name check start binary package missing=() names=()
  for line in "${services[@]}"; do
    read -r name check start binary package <<< "$line"
    $check || command -v "$binary" > /dev/null || { missing+=("$package"); names+=("$name"); }
  done
  [ ${#missing[@]} = 0 ] && return 0
  local what="${names[*]} not running on 127.0.0.1 and not installed"
  if ! command -v apt-get > /dev/null; then
    echo "services: $what: install them with your system's package manager (Debian: ${missing[*]})" >&2
    return 1
  fi
  if [ ${#root[@]} = 0 ]; then
    echo "services: $what: run  sudo apt-get install -y ${missing[*]}  and make test again" >&2
    return 1
  fi
  echo "services: installing ${missing[*]} (apt-get)" >&2
  local log apt=("${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 -q)
  log=$(mktemp)
  { "${apt[@]}" install -y "${missing[@]}" || { "${apt[@]}" update && "${apt[@]}" install -y "${missing[@]}"; }; } > "$log" 2>&1 ||
    { tail -20 "$log" >&2; rm -f "$log"; echo "services: apt-get could not install ${missing[*]}" >&2; return 1; }
  rm -f "$log"
  [[ " ${missing[*]} " = *" postgresql "* ]] && "${root[@]}" touch "$pg_marker"
  [[ " ${missing[*]} " = *" rabbitmq-server "* ]] && rabbit_loopback
  return 0
}

rabbit_loopback() {  # as on the machines CI runs on: node, epmd and AMQP on 127.0.0.1 only
  grep -qs '^ERL_EPMD_ADDRESS=' /etc/rabbitmq/rabbitmq-env.conf ||
    "${root[@]}" tee -a /etc/rabbitmq/rabbitmq-env.conf > /dev/null << 'CONF'
NODENAME=rabbit@localhost
ERL_EPMD_ADDRESS=127.0.0.1
export ERL_FLAGS="-kernel inet_dist_use_interface {127,0,0,1}"
CONF
  grep -qs '^listeners\.tcp\.' /etc/rabbitmq/rabbitmq.conf ||
    echo 'listeners.tcp.local = 127.0.0.1:5672' | "${root[@]}" tee -a /etc/rabbitmq/rabbitmq.conf > /dev/null
  # Where the package's own scripts started it (systemd), restart it with that configuration.
  if rabbit_up && [ -d /run/systemd/system ]; then "${root[@]}" systemctl restart rabbitmq-server; fi
}

ensure() {  # name, check, start, binary
  local name=$1 check=$2 start=$3 binary=$4
  $check && return 0
  if ! command -v "$binary" > /dev/null; then
    echo "services: $name is not running on 127.0.0.1 and $binary is not installed" >&2
    return 1
  fi
  echo "services: starting $name" >&2
  $start > /dev/null 2>&1 || true
  for _ in $(seq 120); do $check && return 0; sleep 1; done
  echo "services: $name did not come up on 127.0.0.1 within 120 s" >&2
  return 1
}

# The tests log in as postgres@127.0.0.1 without a password in the URL (TEST_ADMIN_DATABASE_URL
# overrides it). A PostgreSQL this script installed gets a password for that role, in ~/.pgpass.
pg_login() { PGCONNECT_TIMEOUT=5 psql -X -w -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atqc 'select 1' < /dev/null > /dev/null 2>&1; }
pg_role() {
  if [ -n "${TEST_ADMIN_DATABASE_URL:-}" ] || ! command -v psql > /dev/null || pg_login; then return 0; fi
  if [ ! -e "$pg_marker" ] || [ ${#root[@]} = 0 ]; then
    echo "services: PostgreSQL on 127.0.0.1 refuses role postgres without a password: add" \
      "127.0.0.1:5432:*:postgres:PASSWORD to ~/.pgpass or set TEST_ADMIN_DATABASE_URL" >&2
    return 1
  fi
  echo "services: giving PostgreSQL's role postgres a password, kept in ~/.pgpass" >&2
  local password pgpass=${PGPASSFILE:-$HOME/.pgpass}
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  (cd / && echo "ALTER ROLE postgres PASSWORD '$password'" | "${as_postgres[@]}" psql -X -q -d postgres) ||
    { echo "services: could not set the password of PostgreSQL's role postgres" >&2; return 1; }
  touch "$pgpass" && chmod 600 "$pgpass"
  grep -v -E '^(127\.0\.0\.1|localhost):5432:\*:postgres:' "$pgpass" > "$pgpass.new"
  printf '%s:5432:*:postgres:%s\n' 127.0.0.1 "$password" localhost "$password" >> "$pgpass.new"
  chmod 600 "$pgpass.new" && mv "$pgpass.new" "$pgpass"
  pg_login || { echo "services: PostgreSQL still refuses role postgres on 127.0.0.1" >&2; return 1; }
}

install_missing || exit 1
for line in "${services[@]}"; do
  read -r name check start binary _ <<< "$line"
  ensure "$name" "$check" "$start" "$binary" || exit 1
done
pg_role
