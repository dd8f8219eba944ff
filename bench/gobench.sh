#!/usr/bin/env bash
# Runs every Go benchmark of zhnorm with -benchmem, COUNT times, and
# summarises them with benchstat (go install golang.org/x/perf/cmd/benchstat@latest).
#   bench/gobench.sh            # COUNT=5, BENCHTIME=1s
#   COUNT=10 BENCHTIME=2s bench/gobench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-5}
benchtime=${BENCHTIME:-1s}
mkdir -p bench/out
out=bench/out/gobench-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(go version), $(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "# load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  go test -run '^$' -bench . -benchmem -benchtime "$benchtime" -count "$count" \
    ./encoding ./normalize ./boilerplate ./dedupe
} | tee "$out"
if command -v benchstat >/dev/null 2>&1; then
  benchstat "$out"
else
  echo "(benchstat not installed: go install golang.org/x/perf/cmd/benchstat@latest)"
fi
