#!/usr/bin/env bash
# Regenerates the Pygments reference tokens the agreement tests compare against,
# so `swift test` never needs Pygments. Needs python3 with pygments (pip install pygments)
# and the shared tools (default ../shared/tools from the repository root; override
# with SOBES_SHARED_TOOLS).
#   chapter04.py            the Python of Content/04-asyncio.md (extract_python.py)
#   constructs.py           hand-written, every construct the lexer knows
#   *.pygments.tsv          pygments_tokens.py output: char_start char_end byte_start byte_end type
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tools="${SOBES_SHARED_TOOLS:-$root/../shared/tools}"
python3 "$tools/extract_python.py" "$root/Content/04-asyncio.md" -o "$here/chapter04.py"
for name in chapter04 constructs; do
    python3 "$tools/pygments_tokens.py" "$here/$name.py" -o "$here/$name.pygments.tsv"
done
python3 -c 'import pygments; print("pygments", pygments.__version__)' > "$here/pygments-version.txt"
