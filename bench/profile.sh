#!/usr/bin/env bash
# Summarises a JFR recording of bench/run.sh (BENCH_JFR=1): the methods most often on top of the stack in
# jdk.ExecutionSample (self time), and the frames of ours or the libraries' most often anywhere in the stack.
# Usage: bench/profile.sh target/bench/run/large.jfr [N]
set -euo pipefail
n=${2:-25}
jfr print --events jdk.ExecutionSample --stack-depth 64 "$1" > "$1.samples.txt"
total=$(grep -c 'jdk.ExecutionSample' "$1.samples.txt")
echo "samples: $total"
echo "-- top of stack (self):"
awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print}' "$1.samples.txt" \
    | sort | uniq -c | sort -rn | head -"$n" | awk -v t="$total" '{c=$1; $1=""; printf "%5.1f%% %s\n", 100*c/t, $0}'
echo "-- anywhere in the stack (inclusive), project and POI/fastexcel/JDBC frames:"
awk '/jdk.ExecutionSample/{delete seen} /line:/{f=$0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f); sub(/\(.*/, "", f);
     if (f ~ /^(vn\.daklak|org\.apache\.poi|org\.dhatim|org\.postgresql|org\.springframework\.batch)/ && !(f in seen)) {seen[f]=1; print f}}' \
    "$1.samples.txt" | sort | uniq -c | sort -rn | head -"$n" | awk -v t="$total" '{printf "%5.1f%% %s\n", 100*$1/t, $2}'
