#!/usr/bin/env bash
# Runs every end-to-end script in this folder against $SOBES and prints
# "N passed, N failed" as its last line.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
: "${SOBES:?set SOBES to the sobes binary}"
passed=0; failed=0
for script in "$here"/test-*.sh; do
    [ -e "$script" ] || continue
    name="$(basename "$script" .sh)"
    if bash "$script" >"/tmp/sobes-e2e-$name.log" 2>&1; then
        echo "e2e $name: ok"; passed=$((passed + 1))
    else
        echo "e2e $name: FAILED"; sed 's/^/    /' "/tmp/sobes-e2e-$name.log"; failed=$((failed + 1))
    fi
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
