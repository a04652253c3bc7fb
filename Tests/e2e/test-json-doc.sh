#!/usr/bin/env bash
# docs/json.md cannot drift: each example has the shape the program prints now.
source "$(dirname "$0")/lib.sh"
here="$(cd "$(dirname "$0")" && pwd)"
python3 "$here/json_doc.py" "$SOBES" "$here/../../docs/json.md" || fail "docs/json.md differs from the program (see above)"
echo ok
