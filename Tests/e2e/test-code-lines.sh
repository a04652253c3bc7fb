#!/usr/bin/env bash
# Issue 12: at 120 columns and more, at least 95% of a chapter's non-empty Python lines show
# whole in the default layout. Walks every code block in the real program at the five sizes,
# on the bundled chapter and on a fixture chapter with long lines, and prints the share.
set -euo pipefail
: "${SOBES:?set SOBES to the sobes binary}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python3 "$here/code_lines.py" "$SOBES" "$root/Content"
python3 "$here/code_lines.py" "$SOBES" "$here/fixtures/wide-code"
