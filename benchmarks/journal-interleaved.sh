#!/usr/bin/env bash
# Runs the FileJournal benchmarks and their fsync baseline in alternation, several rounds, so
# that both see the same disk load on a shared machine; prints the median over rounds of each
# one's throughput and the ratio journal / baseline at each batch size, for the journal without
# and with signed checkpoints (Ed25519, default policy), and the ratio signed / unsigned.
# Usage (from the project root, after building the benchmarks):  benchmarks/journal-interleaved.sh [rounds]
set -euo pipefail
rounds=${1:-5}
jar=benchmarks/target/benchmarks.jar
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One short JMH run; waits while another JMH run on the machine holds JMH's lock.
bench() {
  local result=$1; shift
  until java -jar "$jar" "$@" -bm thrpt -f 1 -wi 1 -i 3 -w 1s -r 1s -rf csv -rff "$result" >"$out/log" 2>&1; do
    grep -q 'Unable to acquire the JMH lock' "$out/log" || { cat "$out/log" >&2; exit 1; }
    sleep 5
  done
}
for round in $(seq 1 "$rounds"); do
  for n in 1 16 256; do
    bench "$out/baseline-$n-$round.csv" 'eu.coact.benchmarks.journal.FsyncBaselineBenchmark' -p records="$n"
    bench "$out/journal-$n-$round.csv" 'eu.coact.benchmarks.journal.FileJournalBenchmark' -p batch="$n" -p signed=false
    bench "$out/signed-$n-$round.csv" 'eu.coact.benchmarks.journal.FileJournalBenchmark' -p batch="$n" -p signed=true
  done
done
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
for n in 1 16 256; do
  b=$(for f in "$out"/baseline-$n-*.csv; do awk -F, 'NR==2 {print $5}' "$f"; done | median)
  j=$(for f in "$out"/journal-$n-*.csv; do awk -F, 'NR==2 {print $5}' "$f"; done | median)
  s=$(for f in "$out"/signed-$n-*.csv; do awk -F, 'NR==2 {print $5}' "$f"; done | median)
  awk -v n="$n" -v b="$b" -v j="$j" -v s="$s" 'BEGIN {printf "batch %3d: baseline write+force %8.1f fsyncs/s | FileJournal %8.1f appends/s (ratio %.2f) | signed %8.1f appends/s = %9.0f events/s (ratio %.2f; signed / unsigned %.2f)\n", n, b, j, j/b, s, s*n, s/b, s/j}'
done
