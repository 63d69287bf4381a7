#!/usr/bin/env bash
# The benchmark of issue 3 §7, from the root of a fresh clone (nothing installed in ~/.m2 is used or written):
#   ./benchmarks/run.sh            100,000 applications, as the targets are set
#   ./benchmarks/run.sh 5000       a quick try-out (figures without a verdict)
# Extra Maven arguments follow, e.g. ./benchmarks/run.sh 100000 -Dbenchmark.lag-seconds=60
set -euo pipefail
cd "$(dirname "$0")/.."
applications="${1:-100000}"
shift || true
exec mvn -B -q -DskipTests -Pbenchmark -pl benchmarks -am verify -Dbenchmark.applications="$applications" "$@"
