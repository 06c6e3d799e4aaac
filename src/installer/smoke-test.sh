#!/usr/bin/env bash
# Smoke test of the packaged command line (after `mvn -Pinstaller package`): the app image's own launcher, with its
# own Java runtime, runs the commands. Uses command names only (help, generate, show), not a parser's messages.
#   usage: smoke-test.sh [APP_IMAGE_DIR]   (default target/installer/licensedesk)
set -euo pipefail
app="${1:-target/installer/licensedesk}"
launcher="$app/bin/licensedesk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
unset LICENSEDESK_DB
failures=0

check() {
    local what="$1"; shift
    if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}

"$launcher" --help > "$work/help.out" 2> "$work/help.err"
check "licensedesk --help exits 0 and names the show command" grep -q "show" "$work/help.out"
"$launcher" generate 3 --seed 11 --db "$work/desk" > "$work/generate.out" 2>&1
check "licensedesk generate 3 writes a database" test -f "$work/desk.mv.db"
# The first generated reference, read with H2's own shell on the packaged runtime and jars.
reference="$("$app/lib/runtime/bin/java" -cp "$(ls "$app"/lib/app/h2-*.jar)" org.h2.tools.Shell \
    -url "jdbc:h2:file:$work/desk" -user sa \
    -sql "SELECT reference FROM licence_application ORDER BY reference FETCH FIRST 1 ROWS ONLY" \
    | sed -n 2p | tr -d ' ')"
"$launcher" show "$reference" --db "$work/desk" > "$work/show.out" 2> "$work/show.err"
check "licensedesk show $reference prints it as JSON" grep -q "\"reference\" *: *\"$reference\"" "$work/show.out"
check "licensedesk show prints nothing on stderr (no log output)" test ! -s "$work/show.err"
status=0
"$launcher" show NO-SUCH-REFERENCE --db "$work/desk" > /dev/null 2>&1 || status=$?
check "licensedesk show of an unknown reference exits 1" test "$status" -eq 1
check "the log file is in the data folder" test -f "$work/data/licensedesk/logs/licensedesk.log"

passed=$((6 - failures))
echo "$passed passed, $failures failed"
test "$failures" -eq 0
