#!/usr/bin/env bash
# Make sure PostgreSQL, Redis and RabbitMQ answer on loopback; start those that
# are installed but stopped; fail with one clear line naming what is missing.
set -uo pipefail

pg_up()     { pg_isready -q -h 127.0.0.1 -p 5432; }
redis_up()  { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
rabbit_up() { timeout 5 bash -c '</dev/tcp/127.0.0.1/5672' 2>/dev/null; }

start_pg()     { pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start; }
start_redis()  { redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
                   --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log; }
start_rabbit() { rabbitmq-server -detached; }

ensure() {  # name, check, start, installed-binary
  local name=$1 check=$2 start=$3 binary=$4
  $check && return 0
  if ! command -v "$binary" >/dev/null; then
    echo "services: $name is not running on 127.0.0.1 and $binary is not installed" >&2
    return 1
  fi
  echo "services: starting $name" >&2
  $start >/dev/null 2>&1 || true
  for _ in $(seq 60); do $check && return 0; sleep 1; done
  echo "services: $name did not come up on 127.0.0.1 within 60 s" >&2
  return 1
}

ensure PostgreSQL pg_up start_pg pg_ctlcluster &&
  ensure Redis redis_up start_redis redis-server &&
  ensure RabbitMQ rabbit_up start_rabbit rabbitmq-server
