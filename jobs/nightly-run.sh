#!/usr/bin/env bash
# The nightly job: ingest the inbox and rebuild the changed periods' reports, never two runs at once.
# Usage: jobs/nightly-run.sh [extra options for `run`, e.g. --spring.datasource.url=…]
# Environment: NGVH_HOME (the installation folder holding input/, output/, data/; default: this repository),
#              JAVA_OPTS (e.g. -Xmx512m), NGVH_C2_FROM_BYTES (inbox files from this size keep the C2 compiler).
# Start-up: the jar runs from Boot's extracted layout in target/cds/ with a class data sharing archive, both made
# by jobs/cds-archive.sh whenever target/ngvh.jar is newer than them: a quiet night then starts in about a third of
# the CPU time (docs/PERFORMANCE.md). Without them (the archive could not be made), the jar runs as it is.
set -uo pipefail
# Vietnamese file names (agencies' workbooks) must round-trip whatever locale cron or systemd gives us: Java takes
# the encoding of file names from the locale, and its text encoding from file.encoding.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
home=${NGVH_HOME:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$home" || exit 1
mkdir -p output/logs
exec 9>output/logs/.nightly.lock
if ! flock -n 9; then
    echo "$(TZ=Asia/Ho_Chi_Minh date '+%d/%m/%Y %H:%M') Lần chạy trước vẫn đang chạy; bỏ qua lần này." \
        >> output/logs/nightly.log
    exit 0
fi
{
    echo "=== $(TZ=Asia/Ho_Chi_Minh date '+%d/%m/%Y %H:%M:%S') bắt đầu"
    launch=(-jar target/ngvh.jar)
    if bash jobs/cds-archive.sh "$@"; then
        launch=(-XX:SharedArchiveFile=target/cds/ngvh.jsa -Xshare:auto -jar target/cds/ngvh.jar)
    fi
    # A one-shot run of small files spends more CPU compiling (C2) than running: with the first-tier compiler only,
    # 400 small files and the reports take half the CPU (docs/PERFORMANCE.md). A large workbook's row path wants C2
    # (2.6x faster once compiled), so any inbox file over NGVH_C2_FROM_BYTES (2 MB, about 35,000 rows) keeps it.
    compile=(-XX:TieredStopAtLevel=1)
    if [ -n "$(find input/inbox -type f -size +"${NGVH_C2_FROM_BYTES:-2097152}"c -print -quit 2>/dev/null)" ]; then
        compile=()
    fi
    # shellcheck disable=SC2086
    java -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 "${compile[@]}" ${JAVA_OPTS:-} "${launch[@]}" run "$@"
    code=$?
    echo "=== $(TZ=Asia/Ho_Chi_Minh date '+%d/%m/%Y %H:%M:%S') kết thúc, mã thoát $code"
} >> output/logs/nightly.log 2>&1
# 3: another run (another terminal, the dashboard) holds the database's run lock; nothing was done, nothing failed.
if [ "${code:-1}" -eq 3 ]; then
    exit 0
fi
exit "${code:-1}"
