#!/usr/bin/env bash
# Turn on change capture on the local PostgreSQL and MariaDB (idempotent; safe to run every time).
#   PostgreSQL: wal_level=logical (logical decoding with pgoutput), restart only if it changed.
#   MariaDB:    log_bin + binlog_format=ROW + binlog_row_image=FULL, restart only if log_bin is off.
# Run after scripts/services.sh has brought the servers up. Needs root (or the servers' owner).
set -u

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() {  # name port
  for _ in $(seq 1 60); do up "$2" && return 0; sleep 1; done
  echo "setup-cdc: $1 did not come back on :$2" >&2; return 1
}
status=0

# --- PostgreSQL ------------------------------------------------------------------------------
if up 5432; then
  level=$(psql -h 127.0.0.1 -U postgres -Atc "SHOW wal_level" 2>/dev/null || echo unknown)
  if [ "$level" != "logical" ]; then
    echo "setup-cdc: PostgreSQL wal_level=$level -> logical (restart)"
    psql -h 127.0.0.1 -U postgres -qc "ALTER SYSTEM SET wal_level = logical" || status=1
    psql -h 127.0.0.1 -U postgres -qc "ALTER SYSTEM SET max_replication_slots = 64" || status=1
    psql -h 127.0.0.1 -U postgres -qc "ALTER SYSTEM SET max_wal_senders = 64" || status=1
    version=$(ls /etc/postgresql | head -1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main restart || status=1
    wait_for PostgreSQL 5432 || status=1
  fi
  echo "setup-cdc: PostgreSQL wal_level=$(psql -h 127.0.0.1 -U postgres -Atc 'SHOW wal_level')"
else
  echo "setup-cdc: PostgreSQL is not running on :5432 (run scripts/services.sh first)" >&2
  status=1
fi

# --- MariaDB ---------------------------------------------------------------------------------
CNF=/etc/mysql/cdc.cnf
if up 3306; then
  cat > "$CNF" <<'CNFEOF'
# lienthong change capture (scripts/setup-cdc.sh): row-based binary log with full row images.
[mysqld]
log_bin = mariadb-bin
server_id = 1
binlog_format = ROW
binlog_row_image = FULL
binlog_row_metadata = FULL
expire_logs_days = 2
CNFEOF
  if ! grep -q "^!include $CNF" /etc/mysql/my.cnf; then
    printf '\n!include %s\n' "$CNF" >> /etc/mysql/my.cnf
  fi
  logbin=$(mysql -h127.0.0.1 -uroot -Nse "SELECT @@log_bin" 2>/dev/null || echo 0)
  if [ "$logbin" != "1" ]; then
    echo "setup-cdc: MariaDB log_bin off -> on (restart)"
    mysqladmin -h127.0.0.1 -uroot shutdown || status=1
    for _ in $(seq 1 60); do pidof mariadbd >/dev/null || break; sleep 1; done
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || status=1
    wait_for MariaDB 3306 || status=1
  fi
  mysql -h127.0.0.1 -uroot -e "SET GLOBAL binlog_row_metadata = 'FULL'" || status=1
  mysql -h127.0.0.1 -uroot -Nse \
    "SELECT CONCAT('setup-cdc: MariaDB log_bin=', @@log_bin, ' binlog_format=', @@binlog_format,
     ' binlog_row_image=', @@binlog_row_image)" || status=1
else
  echo "setup-cdc: MariaDB is not running on :3306 (run scripts/services.sh first)" >&2
  status=1
fi
exit $status
