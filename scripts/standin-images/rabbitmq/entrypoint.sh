#!/bin/sh
# Writes the default user from RABBITMQ_DEFAULT_USER / RABBITMQ_DEFAULT_PASS (as the official image reads them)
# into a config file, lets that user log in from other hosts, then starts the server.
set -eu
{
  echo 'listeners.tcp.default = 5672'
  echo 'loopback_users = none'
  echo "default_user = ${RABBITMQ_DEFAULT_USER:-guest}"
  echo "default_pass = ${RABBITMQ_DEFAULT_PASS:-guest}"
} > /etc/rabbitmq/conf.d/10-defaults.conf
exec "$@"
