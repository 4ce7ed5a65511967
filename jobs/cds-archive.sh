#!/usr/bin/env bash
# Makes target/cds/: Boot's extracted layout of target/ngvh.jar and an AppCDS archive of the classes a command
# loads, so that each later start maps them instead of loading and verifying them again (docs/PERFORMANCE.md).
# Does nothing when target/cds/ngvh.jsa is newer than the jar. The archive is trained by `status` with the same
# options as the run ("$@": the database), which starts everything `run` starts but changes nothing.
# Exit 0 when the archive is ready, 1 when it is not (the caller then runs the jar as it is).
# Usage (from the installation folder): jobs/cds-archive.sh [the options given to run]
set -uo pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8
jar=target/ngvh.jar cds=target/cds
[ -f "$jar" ] || exit 1
if [ -f "$cds/ngvh.jsa" ] && [ "$cds/ngvh.jsa" -nt "$jar" ]; then
    exit 0
fi
rm -rf "$cds.tmp" && mkdir -p "$cds.tmp" || exit 1
java -Djarmode=tools -jar "$jar" extract --destination "$cds.tmp" >/dev/null || exit 1
# The archive records the class path as given, so it is trained on the path the runs use: target/cds/ngvh.jar.
rm -rf "$cds" && mv "$cds.tmp" "$cds" || exit 1
java -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -XX:ArchiveClassesAtExit="$cds/ngvh.jsa" \
    -jar "$cds/ngvh.jar" status "$@" >/dev/null 2>&1
[ -s "$cds/ngvh.jsa" ]
