#!/usr/bin/env bash
# The quiet night (issue 10): `run` with nothing new against `help`, each the best of three, as table rows for
# bench/run.sh. Usage (from the repository): bench/quiet-night.sh SITE-DIR DATABASE-OPTIONS...
set -euo pipefail
site=$1; shift
mkdir -p "$site/input/inbox" "$site/output" && cp -r input/reference input/plans "$site/input/"
folders=(--input "$site/input" --output "$site/output")
best() {   # best LABEL JAVA-ARGS...: the fastest of three (wall, CPU, peak RSS of that one) as a table row
    local label=$1; shift
    for _ in 1 2 3; do
        /usr/bin/time -o "$site/t" -f '%e %U %S %M' java "$@" >/dev/null 2>&1 || { echo "| $label | failed |"; return; }
        cat "$site/t"
    done | sort -n | head -1 | awk -v l="$label" '{printf "| %s | %.2f | %.2f | | | | | | %d |\n", l, $1, $2+$3, $4/1024}'
}
best "quiet night: help (jar)" -jar target/ngvh.jar help
best "quiet night: run, server (jar)" -jar target/ngvh.jar run "${folders[@]}" "$@"
bash jobs/cds-archive.sh "${folders[@]}" "$@"
cds=(-XX:SharedArchiveFile=target/cds/ngvh.jsa -jar target/cds/ngvh.jar)
best "quiet night: help (extracted + CDS)" "${cds[@]}" help
best "quiet night: run, server (extracted + CDS, as jobs/nightly-run.sh)" "${cds[@]}" run "${folders[@]}" "$@"
best "quiet night: run, server (extracted + CDS + C1 only)" -XX:TieredStopAtLevel=1 "${cds[@]}" run "${folders[@]}" "$@"
if [ "$(id -u)" -ne 0 ]; then
    best "quiet night: run, embedded (extracted + CDS)" "${cds[@]}" run "${folders[@]}" \
        --ngvh.embedded-database.data-root="$site/data"
else
    echo "| quiet night: run, embedded | not measured: PostgreSQL refuses to run as root |"
fi
