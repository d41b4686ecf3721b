#!/usr/bin/env bash
# Installs the Java runtime the Spark linkage backend runs on (pyspark starts a JVM): Debian's
# default-jre-headless, only when no `java` is found (JAVA_HOME or PATH).
set -euo pipefail
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java || true)"; fi
if [ -n "$JAVA" ]; then
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
echo "java: installing Debian's default-jre-headless"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null
echo "java: $(java -version 2>&1 | head -1)"
