#!/usr/bin/env bash
# Builds one libFuzzer target over the library modules and runs it.
#   Tests/Fuzz/run-library-fuzz.sh TARGET [SECONDS]   TARGET: markdown, notes-import, toml or cache
# The library modules are built by SwiftPM with -sanitize=fuzzer,address into
# .build-fuzz/spm (their coverage guides the fuzzer); the target file is compiled against
# them with swiftc and linked with their objects. The corpus grows in fuzz-corpus/TARGET
# (git-ignored), seeded from the repository; a crash, a broken invariant or an input slower
# than 1 s per 100 KB is written to .build-fuzz/ and the script exits non-zero. The last
# line of the run is "fuzz timing: N inputs; slowest X ms per 100 KB ...".
set -euo pipefail
target="${1:?markdown, notes-import, toml or cache}"
seconds="${2:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
extra=()
case "$target" in
    markdown) source_file=MarkdownFuzz.swift; dict=markdown.dict; max_len=65536
              seeds=(Content/*.md Tests/Fuzz/seeds/markdown/*.md Tests/ChapterTests/Fixtures/*.md) ;;
    notes-import) source_file=NotesImportFuzz.swift; dict=notes-import.dict; max_len=16384
              seeds=(Tests/Fuzz/seeds/notes-import/*) ;;
    # TOMLKit 0.6.0 leaks the key array of every table it iterates (tableGetKeys mallocs it,
    # TOMLTable.keys never frees it): ~200 bytes per theme read, once per run. Reported, not
    # ours to fix here; leak detection would stop the run at the first input (libFuzzer's) or
    # fail it at exit (AddressSanitizer's).
    toml) source_file=TOMLFuzz.swift; dict=toml.dict; max_len=8192; extra=(-detect_leaks=0)
          export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
              seeds=(Themes/*.toml) ;;
    # The chapter cache's readers (entries and search index files): seeded with entries and
    # index files of the repository's chapters, which the target itself writes into the
    # corpus before the run (LLVMFuzzerInitialize); chapter 04's index is 330 KB.
    cache) source_file=CacheFuzz.swift; dict=cache.dict; max_len=393216; seeds=()
           export CACHE_FUZZ_CHAPTERS="Content:Tests/ChapterTests/Fixtures/shapes" CACHE_FUZZ_CORPUS="fuzz-corpus/cache" ;;
    *) echo "unknown fuzz target '$target': markdown, notes-import, toml or cache" >&2; exit 2 ;;
esac
spm=.build-fuzz/spm
mkdir -p .build-fuzz "fuzz-corpus/$target"
# SwiftPM's --sanitize=fuzzer alone links libFuzzer but leaves the modules without coverage
# counters: ask for them, so the fuzzer sees which paths of the library an input takes.
# (Every call passes the same flags: a call with others re-plans the build and the next one
# compiles everything again.)
flags=(--build-path "$spm" -c release --sanitize=fuzzer --sanitize=address
       -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table)
if ! { swift build "${flags[@]}" --target Browser && swift build "${flags[@]}" --target LibraryCache; } > .build-fuzz/spm.log 2>&1; then
    cat .build-fuzz/spm.log >&2
    exit 1
fi
bin="$(swift build "${flags[@]}" --show-bin-path)"
# The objects of the Browser and LibraryCache modules and everything they depend on.
objects=()
while IFS= read -r object; do objects+=("$object"); done < <(
    for module in Browser LibraryCache Chapter Search PythonSyntax Notes Study Screen Hyphenation GRDB TOMLKit CTOML; do
        find "$bin/$module.build" -name '*.o'
    done | sort)
# The C modules those import: ours, SQLite's for GRDB, toml++'s for TOMLKit.
module_maps=()
for map in Sources/CCmarkGFM/module.modulemap Sources/CStemmer/module.modulemap Sources/CHyphen/module.modulemap \
    "$spm/checkouts/GRDB.swift/Sources/GRDBSQLite/module.modulemap" "$bin/CTOML.build/module.modulemap"; do
    module_maps+=(-Xcc "-fmodule-map-file=$map")
done
# The linker's "Cannot export local symbol __asan_..." warnings are noise: keep the log and
# show it only when the build fails.
if ! swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name "Fuzz${target//-/}" \
    -I "$bin/Modules" -I "$bin" "${module_maps[@]}" \
    "Tests/Fuzz/$source_file" Tests/Fuzz/FuzzTiming.swift "${objects[@]}" \
    -lcmark-gfm -lcmark-gfm-extensions -lstemmer -lhyphen -lsqlite3 -lstdc++ \
    -o ".build-fuzz/$target-fuzz" > ".build-fuzz/$target-build.log" 2>&1; then
    cat ".build-fuzz/$target-build.log" >&2
    exit 1
fi
for seed in "${seeds[@]}"; do [ -f "$seed" ] && cp -n "$seed" "fuzz-corpus/$target/" 2>/dev/null || true; done
# Swift's own crash backtracer trips over ASan; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
exec ".build-fuzz/$target-fuzz" "fuzz-corpus/$target" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout=10 -rss_limit_mb=4096 -dict="Tests/Fuzz/$dict" -artifact_prefix=".build-fuzz/$target-" -print_final_stats=1 \
    ${extra[@]+"${extra[@]}"}
