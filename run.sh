#!/usr/bin/env bash
# Starts the whole system on this machine: PostgreSQL, a Kafka broker (KRaft), command-service, query-service and
# the staff web application,
# with data kept in ./data between runs and a demo year loaded on the first run. Ctrl-C stops everything.
# Options: --fresh (start from empty data), --no-demo, --data DIR, --help. Needs only Java 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")"
jar=launcher/target/launcher.jar
if [ ! -f "$jar" ] || [ -n "$(find . \( -path ./data -o -path '*/target' -o -path ./.git \) -prune -o \( -name '*.java' -o -name 'pom.xml' -o -name '*.yml' -o -name '*.sql' -o -name '*.json' \) -newer "$jar" -print -quit)" ]; then
  echo "[启动程序] 构建中（首次约需数分钟）/ building …"
  mvn -B -q -DskipTests package -pl launcher,command-service,query-service,web-app -am
fi
exec java -jar "$jar" "$@"
