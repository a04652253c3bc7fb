#!/usr/bin/env bash
# Builds the libFuzzer target for the Python lexer and runs it.
#   Tests/Fuzz/run-lexer-fuzz.sh [SECONDS]     (default 60; run from anywhere)
# The corpus grows in fuzz-corpus/lexer (git-ignored), seeded with the test fixtures;
# a crashing input (or one taking over 10 s) is written to .build-fuzz/ and the script
# exits non-zero.
# Swift 6.3 on Linux: -sanitize=fuzzer links libFuzzer's main; the target is the
# @_cdecl("LLVMFuzzerTestOneInput") function in PythonLexerFuzz.swift.
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mkdir -p .build-fuzz fuzz-corpus/lexer
# The linker's "Cannot export local symbol __asan_..." warnings are noise: keep the
# build log and show it only when the build fails.
if ! swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name LexerFuzz \
    Sources/PythonSyntax/*.swift Tests/Fuzz/PythonLexerFuzz.swift -o .build-fuzz/lexer-fuzz \
    > .build-fuzz/build.log 2>&1; then
    cat .build-fuzz/build.log >&2
    exit 1
fi
cp -n Tests/PythonSyntaxTests/Fixtures/*.py fuzz-corpus/lexer/ 2>/dev/null || true
exec .build-fuzz/lexer-fuzz fuzz-corpus/lexer -max_total_time="$seconds" -max_len=4096 \
    -timeout=10 -dict=Tests/Fuzz/python.dict -artifact_prefix=.build-fuzz/ -print_final_stats=1
