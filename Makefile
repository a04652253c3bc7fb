# Sobes: `make run` and `make test` do all the set-up on a fresh Debian or Ubuntu machine.
SWIFT        ?= swift
PREFIX       ?= /usr/local
CONFIG       ?= debug
BIN          := $(shell $(SWIFT) build -c $(CONFIG) --show-bin-path 2>/dev/null)
RELEASE_BIN   = $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)
# Release builds link the Swift runtime statically: fewer shared-library pages to map and
# relocate at launch (peak RSS with chapter 04 open drops from ~32 MB to ~27 MB). They link
# with the toolchain's lld and packed relative relocations (DT_RELR, glibc 2.36+): about
# 90,000 relocations become 17 KB, and peak RSS with chapter 04 drops from ~31.5 to ~26 MB
# (gold, the default, cannot pack them).
# The C libraries (SQLite, cmark-gfm, libstemmer, libhyphen, ncursesw, zlib, libstdc++) are
# linked from their static archives too (.ci/static-libs): about 4.6M fewer instructions
# before the first frame (30.5M to 25.9M), most of them the loader's symbol lookups.
# ncursesw's archive does not bring libtinfo along as its shared object does.
# The executable is linked at a fixed address (-no-pie): a position-independent one has its
# 1.1 MB of pointers relocated at each start, a copy-on-write page fault per 4 KB page, and
# in a VM each fault is dear. `sobes --version` went from 709 to 367 page faults and from
# 8.0 to 4.7 ms (perf stat -r 20); the shared libraries it still loads stay randomized.
STATIC_LIBS  := $(CURDIR)/.build/static-libs
RELEASE_FLAGS := -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld \
                 -Xlinker -z -Xlinker pack-relative-relocs -Xlinker -ltinfo -Xswiftc -Xclang-linker -Xswiftc -no-pie

# Debian packages the build needs, and those only the tests need (tmux drives the
# end-to-end suite; python3 runs its helpers): `make install` asks for the first only.
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libstemmer-dev \
                libncurses-dev libsqlite3-dev zlib1g-dev
TEST_PACKAGES := tmux python3
# Hyphenation of table cells: libhyphen and its Russian and English patterns.
APT_PACKAGES += libhyphen-dev hyphen-ru hyphen-en-us
# The direct-colour terminfo entries (xterm-direct, tmux-direct) the browser opens for 24-bit
# colour under COLORTERM=truecolor; without them it draws the nearest 256 colours.
APT_PACKAGES += ncurses-term

.PHONY: all deps test-deps build release run test unit-test e2e study-check anki-check bench install install-files \
        uninstall man fuzz asan clean

all: build

deps:
	@./.ci/install-deps $(APT_PACKAGES)

test-deps: deps
	@./.ci/install-deps $(TEST_PACKAGES)

build: deps
	$(SWIFT) build -c $(CONFIG)

release: deps
	@./.ci/static-libs "$(STATIC_LIBS)"
	PKG_CONFIG_PATH="$(STATIC_LIBS)/pkgconfig" $(SWIFT) build $(RELEASE_FLAGS)

run: build
	"$(BIN)/sobes" $(ARGS)

unit-test: test-deps
	$(SWIFT) test

e2e: build test-deps
	SOBES="$(BIN)/sobes" bash Tests/e2e/run-all.sh

test: unit-test e2e

# FSRS through the command line against the `fsrs` package (installs it into a private
# venv on first use; a few minutes, so not part of `make test`).
study-check: build
	python3 Tests/study-check/check.py "$(BIN)/sobes" $(ARGS)

# `sobes export --format apkg` imported by Anki's own code (the `anki` package, installed into
# a private venv on first use: a minute or two, so not part of `make test`).
anki-check: build
	python3 Tests/anki/check_apkg.py "$(BIN)/sobes"

bench: release
	@./.ci/install-deps fzf less hyperfine ripgrep
	"$(RELEASE_BIN)/sobes-bench" $(ARGS)
	@if [ -z "$(ARGS)" ]; then python3 Tests/bench/terminal_bench.py "$(RELEASE_BIN)/sobes" Content/04-asyncio.md; fi
	@if [ -z "$(ARGS)" ]; then python3 Tests/bench/keystroke_bench.py "$(RELEASE_BIN)/sobes" Content/04-asyncio.md; fi
	@if [ -z "$(ARGS)" ]; then python3 Tests/bench/library_bench.py "$(RELEASE_BIN)/sobes" Content --runs 10; fi

install: release
	$(MAKE) install-files INSTALL_BIN="$(RELEASE_BIN)/sobes"

# The man page, docs/sobes.1, is made by swift-argument-parser's generate-manual plugin
# from the commands' own help and committed (the plugin builds the package once more in
# release, too slow for every install): run `make man` after changing a command's help;
# Tests/e2e/test-install.sh checks that it names every command.
man:
	$(SWIFT) package --allow-writing-to-directory docs generate-manual --output-directory docs

# Copies the binary (stripped), Content/ and Themes/, the man page and the
# shell completions over what is installed; deletes nothing, so chapters or themes a
# reader put under PREFIX/share/sobes stay. `make uninstall` removes exactly these files.
INSTALL_BIN ?= $(RELEASE_BIN)/sobes
SHARE := $(DESTDIR)$(PREFIX)/share
INSTALLED_FILES = $(DESTDIR)$(PREFIX)/bin/sobes $(SHARE)/man/man1/sobes.1 \
    $(SHARE)/bash-completion/completions/sobes $(SHARE)/zsh/site-functions/_sobes \
    $(SHARE)/fish/vendor_completions.d/sobes.fish \
    $(addprefix $(SHARE)/sobes/,$(wildcard Content/*) $(wildcard Themes/*))
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(SHARE)/sobes/Content" "$(SHARE)/sobes/Themes" "$(SHARE)/man/man1" \
	    "$(SHARE)/bash-completion/completions" "$(SHARE)/zsh/site-functions" "$(SHARE)/fish/vendor_completions.d"
	install -m 0755 -s "$(INSTALL_BIN)" "$(DESTDIR)$(PREFIX)/bin/sobes"
	install -m 0644 Content/* "$(SHARE)/sobes/Content/"
	install -m 0644 Themes/* "$(SHARE)/sobes/Themes/"
	install -m 0644 docs/sobes.1 "$(SHARE)/man/man1/sobes.1"
	"$(INSTALL_BIN)" --generate-completion-script bash > "$(SHARE)/bash-completion/completions/sobes"
	"$(INSTALL_BIN)" --generate-completion-script zsh > "$(SHARE)/zsh/site-functions/_sobes"
	"$(INSTALL_BIN)" --generate-completion-script fish > "$(SHARE)/fish/vendor_completions.d/sobes.fish"

# Removes the files `make install` put there, then the folders it made if they are empty
# (a reader's own chapters keep theirs).
uninstall:
	rm -f $(INSTALLED_FILES)
	-rmdir "$(SHARE)/sobes/Content" "$(SHARE)/sobes/Themes" "$(SHARE)/sobes" 2>/dev/null

# The libFuzzer targets, SECONDS each (default 60): `make fuzz SECONDS=600` runs all five,
# `make fuzz-markdown` (or fuzz-lexer, fuzz-notes-import, fuzz-toml, fuzz-cache) one of them.
FUZZ_TARGETS := lexer markdown notes-import toml cache
fuzz: $(addprefix fuzz-,$(FUZZ_TARGETS))

fuzz-lexer: deps
	Tests/Fuzz/run-lexer-fuzz.sh $(or $(SECONDS),60)

fuzz-%: deps
	Tests/Fuzz/run-library-fuzz.sh $* $(or $(SECONDS),60)

# The unit tests and the end-to-end suite built with AddressSanitizer (its own build folder).
# Leak checking is off: the Swift runtime keeps metadata for the process's life by design.
ASAN_BUILD := $(SWIFT) build --build-path .build-asan --sanitize=address
asan: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --build-path .build-asan --sanitize=address
	$(ASAN_BUILD) --product sobes
	ASAN_OPTIONS=detect_leaks=0 SOBES="$$($(ASAN_BUILD) --show-bin-path)/sobes" bash Tests/e2e/run-all.sh

clean:
	rm -rf .build
