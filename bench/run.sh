#!/usr/bin/env bash
# The performance benchmark of issue 10: ours and the analyst's baseline (bench/baseline.py) back to back, on this
# machine, each workload in a PostgreSQL database of its own that this script creates and drops. Prints one table.
# Usage: bench/run.sh [large] [huge] [night] [quiet]   (default: large, night, quiet; see docs/PERFORMANCE.md)
#        huge: one workbook of BENCH_HUGE_ROWS (1000000) rows through ours only, at the same heap: accepted, or refused by
#        a documented limit, with its peak heap (no baseline: openpyxl would hold the sheet).
# Environment: BENCH_ROWS (200000), BENCH_HUGE_ROWS (1000000), BENCH_FILES (400), BENCH_XMX (256m: our heap limit),
#              BENCH_REPORT=0 (skip the report step after an ingest), JAVA_OPTS (added to ours),
#              BENCH_LAUNCH=cds (ours started as jobs/nightly-run.sh starts it: the extracted jar and its AppCDS archive,
#              made by jobs/cds-archive.sh on the workload's database; default: java -jar target/ngvh.jar),
#              BENCH_JFR=1 (a JFR recording of each of our commands, target/bench/run/NAME.jfr, settings=profile),
#              BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres, trusted; may create databases).
set -euo pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=Asia/Ho_Chi_Minh
cd "$(dirname "$0")/.."
rows=${BENCH_ROWS:-200000} files=${BENCH_FILES:-400} xmx=${BENCH_XMX:-256m}
host=${BENCH_PG_HOST:-127.0.0.1} port=${BENCH_PG_PORT:-5432} user=${BENCH_PG_USER:-postgres}
work=target/bench
workloads=("$@"); [ ${#workloads[@]} -gt 0 ] || workloads=(large night quiet)
report=${BENCH_REPORT:-1}
python=/usr/bin/python3   # Debian's, with python3-pandas python3-openpyxl python3-psycopg2

./mvnw -B -o -q package -DskipTests
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=$work/classpath.txt -Dmdep.includeScope=test >/dev/null
rm -rf "$work/run" && mkdir -p "$work/run"
table=$work/table.md
printf '| workload | ours wall s | ours CPU s | rows/s | files/s | baseline s | speed-up (baseline s / ours s) | peak heap MB | peak RSS MB |\n' > "$table"
printf '|---|---|---|---|---|---|---|---|---|\n' >> "$table"
databases=()
sql() { psql -q -h "$host" -p "$port" -U "$user" -d postgres -c "$1"; }
cleanup() { for d in "${databases[@]}"; do sql "DROP DATABASE IF EXISTS $d WITH (FORCE)" || true; done; }
trap cleanup EXIT

new_database() {   # sets db: a fresh database of the benchmark's own
    db=ngvh_bench_$1_$$
    sql "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
    databases+=("$db")
}
jdbc() { echo "--spring.datasource.url=jdbc:postgresql://$host:$port/$1 --spring.datasource.username=$user"; }

generate() {   # generate KIND DIR COUNT: the deterministic workload (BenchWorkloads in the test sources)
    java -cp "target/test-classes:target/classes:$(cat $work/classpath.txt)" vn.daklak.ngoaivu.samples.BenchWorkloads "$@"
}

site() {   # a folder laid out as the program expects: input/{inbox,reference,plans}, output/
    mkdir -p "$1/input/inbox" "$1/output" && cp -r input/reference input/plans "$1/input/"
}

launch=(-jar target/ngvh.jar)
ours() {   # ours NAME DB COMMAND...: times one command; leaves NAME.time (wall user sys maxrss-KB), NAME.gc, NAME.out
    local name=$1 db=$2 jfr=; shift 2
    [ "${BENCH_JFR:-0}" = 1 ] && jfr=-XX:StartFlightRecording=filename=$work/run/$name.jfr,settings=profile
    if [ "${BENCH_LAUNCH:-jar}" = cds ]; then
        # shellcheck disable=SC2046
        bash jobs/cds-archive.sh $(jdbc "$db") || { echo "no CDS archive (jobs/cds-archive.sh failed)" >&2; return 1; }
        launch=(-XX:SharedArchiveFile=target/cds/ngvh.jsa -Xshare:auto -jar target/cds/ngvh.jar)
    fi
    # shellcheck disable=SC2086
    /usr/bin/time -q -o "$work/run/$name.time" -f '%e %U %S %M' java -Xmx$xmx -Xlog:gc:file=$work/run/$name.gc $jfr ${JAVA_OPTS:-} \
        "${launch[@]}" "$@" $(jdbc "$db") > "$work/run/$name.out" 2>&1 \
        || { echo "ours failed: $name (see $work/run/$name.out)" >&2; return 1; }
}
cause() { grep -oE 'OutOfMemoryError[^"]*|Exception: [^"]{0,80}' "$work/run/$1.out" | head -1; }
field() { awk -v i="$2" '{print $i}' "$work/run/$1.time"; }
heap_mb() { grep -oE '[0-9]+M->' "$work/run/$1.gc" | grep -oE '^[0-9]+' | sort -n | tail -1; }
# the summary line writes numbers the Vietnamese way, "200.008 dòng dữ liệu": thousands separated by dots
loaded_rows() { grep -oE '[0-9][0-9.]* dòng dữ liệu' "$work/run/$1.out" | tail -1 | grep -oE '^[0-9.]+' | tr -d .; }
outcome() { grep -oE '^\[1/1\] [^:]*: [^—]*' "$work/run/$1.out" | head -1 | sed 's/^\[1\/1\] [^:]*: //'; }

ingest_workload() {   # ingest_workload NAME COUNT-IS-FILES?: ours (empty inbox, then the workload) and the baseline
    local name=$1 dir=$work/run/$1; new_database "$1"
    site "$dir"
    ours "$name-empty" "$db" ingest --input "$dir/input" --output "$dir/output"
    case $name in
        large) generate large "$dir/input/inbox" "$rows" ;;
        huge) generate large "$dir/input/inbox" "${BENCH_HUGE_ROWS:-1000000}" ;;
        *) generate night "$dir/input/inbox" "$files" ;;
    esac
    if [ "$name" = huge ]; then huge_row "$dir"; return; fi   # before the baseline's copy of the inbox
    cp -r "$dir/input/inbox" "$work/run/$name-baseline-inbox"
    local count; count=$(ls "$dir/input/inbox" | wc -l)
    ours "$name" "$db" ingest --input "$dir/input" --output "$dir/output"
    local base; base=$($python bench/baseline.py "$work/run/$name-baseline-inbox" "dbname=$db host=$host port=$port user=$user")
    local wall empty n secs
    wall=$(field "$name" 1); empty=$(field "$name-empty" 1); n=$(loaded_rows "$name"); secs=$(awk -v a="$wall" -v b="$empty" 'BEGIN{s=a-b; if(s<0.01)s=0.01; print s}')
    local bsecs; bsecs=$(echo "$base" | awk '{print $3}')
    awk -v w="$name${BENCH_LAUNCH:+ [$BENCH_LAUNCH]} ($count files, $n rows; baseline $(echo "$base" | awk '{print $2}') rows)" -v wall="$wall" -v empty="$empty" \
        -v cpu="$(awk '{print $2+$3}' "$work/run/$name.time")" -v n="$n" -v f="$count" -v s="$secs" -v b="$bsecs" \
        -v heap="$(heap_mb "$name")" -v rss="$(( $(field "$name" 4) / 1024 ))" \
        'BEGIN{printf "| %s | %.1f (%.1f less start-up %.1f) | %.1f | %.0f | %.1f | %.1f | %.2f× |  %s | %s |\n", w, wall, s, empty, cpu, n/s, f/s, b, b/s, heap, rss}' >> "$table"
}

huge_row() {   # huge_row DIR: ours only; the outcome the program gave and the heap it took
    local size; size=$(du -m "$1/input/inbox/SVHTTDL-2024-YEAR-lon.xlsx" | awk '{print $1}')
    ours huge "$db" ingest --input "$1/input" --output "$1/output" || true
    local why; why=$(find "$1/output/feedback" -name '*.ket-qua.csv' -exec grep -h ';Lỗi;' {} + 2>/dev/null | head -1 | cut -d';' -f6 | sed 's/ nên .*//')
    awk -v w="huge (1 file of ${BENCH_HUGE_ROWS:-1000000} rows, ${size:-?} MB): $(outcome huge)${why:+: $why}" -v wall="$(field huge 1)" \
        -v empty="$(field huge-empty 1)" -v cpu="$(awk '{print $2+$3}' "$work/run/huge.time")" -v n="$(loaded_rows huge)" \
        -v heap="$(heap_mb huge)" -v rss="$(( $(field huge 4) / 1024 ))" \
        'BEGIN{s=wall-empty; if(s<0.01)s=0.01; printf "| %s | %.1f (%.1f less start-up %.1f) | %.1f | %.0f | | | |  %s | %s |\n", w, wall, s, empty, cpu, n/s, heap, rss}' >> "$table"
}

report_workload() {   # report_workload DB DIR YEAR PERIOD: one period's report set, -Xmx as above
    if ! ours "report-$3-$4" "$1" report --year "$3" --period "$4" --input "$2/input" --output "$2/output"; then
        printf '| report %s %s | failed after %.1f s at -Xmx%s: %s | %.1f | | | | | %s | %s |\n' "$3" "$4" \
            "$(field "report-$3-$4" 1)" "$xmx" "$(cause "report-$3-$4")" \
            "$(awk '{print $2+$3}' "$work/run/report-$3-$4.time")" "$(heap_mb "report-$3-$4")" \
            "$(( $(field "report-$3-$4" 4) / 1024 ))" >> "$table"
        return
    fi
    printf '| report %s %s | %.1f | %.1f | | | | | %s | %s |\n' "$3" "$4" "$(field "report-$3-$4" 1)" \
        "$(awk '{print $2+$3}' "$work/run/report-$3-$4.time")" "$(heap_mb "report-$3-$4")" \
        "$(( $(field "report-$3-$4" 4) / 1024 ))" >> "$table"
}

for w in "${workloads[@]}"; do
    case $w in
        large) ingest_workload large; [ "$report" = 0 ] || report_workload "$db" "$work/run/large" 2024 YEAR ;;
        huge) ingest_workload huge ;;
        night) ingest_workload night; [ "$report" = 0 ] || { report_workload "$db" "$work/run/night" 2024 H1
               report_workload "$db" "$work/run/night" 2024 YEAR; } ;;
        quiet) new_database quiet; bash bench/quiet-night.sh "$work/run/quiet" $(jdbc "$db") >> "$table" ;;
        *) echo "unknown workload $w (large, huge, night, quiet)"; exit 2 ;;
    esac
done
cat "$table"
