#!/usr/bin/env bash
# Start the local services the integration tests use, if they are down, and wait for them.
# PostgreSQL 127.0.0.1:5432 (trust), MariaDB 127.0.0.1:3306 (root, no password), NATS JetStream
# 127.0.0.1:4222. Commands are the machine's own (see the env notes of this workplace).
set -u

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() {  # name port
  for _ in $(seq 1 60); do up "$2" && { echo "services: $1 up on :$2"; return 0; }; sleep 1; done
  echo "services: $1 did not come up on :$2" >&2; return 1
}

if ! up 5432; then
  echo "services: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi
if ! up 3306; then
  echo "services: starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi
if ! up 4222; then
  echo "services: starting NATS JetStream"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
    -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log || true
fi
status=0
wait_for PostgreSQL 5432 || status=1
wait_for MariaDB 3306 || status=1
wait_for NATS 4222 || status=1
bash "$(dirname "$0")/setup-cdc.sh" || status=1
exit $status
