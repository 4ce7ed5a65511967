#!/usr/bin/env bash
# The report step alone (issue 10: "one period's full report set ... under 3 seconds for the sample year and for
# 5 years × 60 agencies", with -Xmx256m): `report --year Y --period YEAR` as a one-shot command, the plain jar, as
# jobs/ start it (extracted + CDS), and with C1 only; each the best of three. Prints a table: the command's wall and
# CPU seconds, and the report's own build time from the log ("Đã lập báo cáo … trong … giây", ReportService).
# The warm build time (a long-lived JVM, as `serve` rebuilds on schedule) is ReportBenchmark's.
# Usage (from the repository, after ./mvnw -o -q package -DskipTests): bench/report.sh
# Creates and drops two databases ngvh_bench_report_*; needs psql and a PostgreSQL server that trusts the user
# (NGVH_BENCH_PG=host:port, default 127.0.0.1:5432; NGVH_BENCH_PG_USER, default postgres).
set -euo pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8
host=${NGVH_BENCH_PG:-127.0.0.1:5432} user=${NGVH_BENCH_PG_USER:-postgres}
work=target/bench/report
sample_db=ngvh_bench_report_sample_$$ generated_db=ngvh_bench_report_generated_$$
rm -rf "$work" && mkdir -p "$work"
pg() { psql -q -h "${host%%:*}" -p "${host##*:}" -U "$user" "$@"; }
db() { echo "--spring.datasource.url=jdbc:postgresql://$host/$1 --spring.datasource.username=$user"; }
cleanup() {
    pg -d postgres -c "DROP DATABASE IF EXISTS $sample_db" -c "DROP DATABASE IF EXISTS $generated_db" || true
}
trap cleanup EXIT
pg -d postgres -c "CREATE DATABASE $sample_db" -c "CREATE DATABASE $generated_db"
java_utf8=(java -Xmx256m -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8)

# The sample year: the shipped inbox ingested (its files' times set in the past, so none is "being written").
mkdir -p "$work/sample" && cp -r input "$work/sample/input"
find "$work/sample/input" -type f -exec touch -d '-1 hour' {} +
# shellcheck disable=SC2046
"${java_utf8[@]}" -jar target/ngvh.jar ingest --input "$work/sample/input" --output "$work/sample/output" \
    $(db "$sample_db") >/dev/null

# The generated province (src/test/resources/report/benchmark-data.sql), with master data files that say what the
# database holds (`report` reloads them from --input).
mkdir -p "$work/generated/input/plans" "$work/generated/input/reference" "$work/generated/output"
# shellcheck disable=SC2046
"${java_utf8[@]}" -jar target/ngvh.jar status $(db "$generated_db") >/dev/null 2>&1 || true   # migrates
pg -d "$generated_db" -f src/test/resources/report/benchmark-data.sql >/dev/null
ref="$work/generated/input/reference"
pg -d "$generated_db" <<SQL
\copy (SELECT code, name, short_name, array_to_string(aliases, '|') AS aliases, kind, CASE WHEN reports THEN 'true' ELSE 'false' END AS reports, valid_from, valid_to, successor FROM agency ORDER BY code) TO '$ref/agencies.csv' WITH CSV HEADER
\copy (SELECT code, name_vi, coalesce(name_en, '') AS name_en, country, array_to_string(coalesce(aliases, '{}'), '|') AS aliases FROM partner ORDER BY code) TO '$ref/partners.csv' WITH CSV HEADER
\copy (SELECT code, name FROM plan_group ORDER BY code) TO '$ref/plan-groups.csv' WITH CSV HEADER
\copy (SELECT year, code, group_code AS "group", content, lead_agency, array_to_string(coordinating_agencies, '|') AS coordinating_agencies, start_date AS start, end_date AS "end", planned_budget, funding_source, coalesce(expected_output, '') AS expected_output FROM plan_task WHERE year = 2025 ORDER BY code) TO '$work/generated/input/plans/plan-2025-tasks.csv' WITH CSV HEADER
SQL

# The archive as jobs/nightly-run.sh makes it (trained by `status` on the sample database).
# shellcheck disable=SC2046
bash jobs/cds-archive.sh $(db "$sample_db") || echo "(no CDS archive: the CDS rows run the jar as it is)"

best() {   # best LABEL SITE YEAR DATABASE JAVA-ARGS...: the fastest of three as a table row
    local label=$1 site=$2 year=$3 database=$4; shift 4
    for _ in 1 2 3; do
        # shellcheck disable=SC2046
        /usr/bin/time -o "$work/t" -f '%e %U %S %M' "${java_utf8[@]}" "$@" report --year "$year" --period YEAR \
            --input "$work/$site/input" --output "$work/$site/output" $(db "$database") >/dev/null 2>&1 \
            || { echo "| $label | failed |"; return; }
        built=$(grep -o "Đã lập báo cáo YEAR $year trong [0-9,]* giây" "$work/$site/output/logs/ngvh.log" | tail -1 \
            | grep -o '[0-9,]* giây' | tr ',' '.' | cut -d' ' -f1)
        echo "$(cat "$work/t") $built"
    done | sort -n | head -1 | awk -v l="$label" -v la="$(cut -d' ' -f1 /proc/loadavg)" \
        '{printf "| %s | %.2f | %.2f | %s | %d | %s |\n", l, $1, $2+$3, $5, $4/1024, la}'
}
echo "| report YEAR, one-shot command | wall s | CPU s | build s (log) | peak RSS MB | load |"
echo "|---|---:|---:|---:|---:|---:|"
cds=(-XX:SharedArchiveFile=target/cds/ngvh.jsa -Xshare:auto -jar target/cds/ngvh.jar)
for site in sample generated; do
    year=2024 database=$sample_db
    [ "$site" = generated ] && year=2025 database=$generated_db
    best "$site $year: jar" "$site" "$year" "$database" -jar target/ngvh.jar
    best "$site $year: extracted + CDS (as jobs/)" "$site" "$year" "$database" "${cds[@]}"
    best "$site $year: extracted + CDS + C1 only" "$site" "$year" "$database" -XX:TieredStopAtLevel=1 "${cds[@]}"
done
