# Sobes: `make run` and `make test` do all the set-up on a fresh Debian or Ubuntu machine.
SWIFT        ?= swift
PREFIX       ?= /usr/local
CONFIG       ?= debug
BIN          := $(shell $(SWIFT) build -c $(CONFIG) --show-bin-path 2>/dev/null)
RELEASE_BIN   = $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)
# Release builds link the Swift runtime statically: fewer shared-library pages to map and
# relocate at launch (peak RSS with chapter 04 open drops from ~32 MB to ~27 MB).
RELEASE_FLAGS := -c release --static-swift-stdlib

# Debian packages the build and the tests need (tmux drives the end-to-end suite).
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libstemmer-dev \
                libncurses-dev libsqlite3-dev zlib1g-dev tmux python3

.PHONY: all deps build release run test unit-test e2e study-check anki-check bench install install-files fuzz asan clean

all: build

deps:
	@./.ci/install-deps $(APT_PACKAGES)

build: deps
	$(SWIFT) build -c $(CONFIG)

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

run: build
	"$(BIN)/sobes" $(ARGS)

unit-test: deps
	$(SWIFT) test

e2e: build
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
	@./.ci/install-deps fzf less hyperfine
	"$(RELEASE_BIN)/sobes-bench" $(ARGS)
	@if [ -z "$(ARGS)" ]; then python3 Tests/bench/terminal_bench.py "$(RELEASE_BIN)/sobes" Content/04-asyncio.md; fi
	@if [ -z "$(ARGS)" ]; then python3 Tests/bench/keystroke_bench.py "$(RELEASE_BIN)/sobes" Content/04-asyncio.md; fi

install: release
	$(MAKE) install-files INSTALL_BIN="$(RELEASE_BIN)/sobes"

# Copies the binary, Content/ and Themes/ over what is installed; deletes nothing, so
# chapters or themes a reader put under PREFIX/share/sobes stay.
INSTALL_BIN ?= $(RELEASE_BIN)/sobes
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/sobes/Content" "$(DESTDIR)$(PREFIX)/share/sobes/Themes"
	install -m 0755 "$(INSTALL_BIN)" "$(DESTDIR)$(PREFIX)/bin/sobes"
	install -m 0644 Content/* "$(DESTDIR)$(PREFIX)/share/sobes/Content/"
	install -m 0644 Themes/* "$(DESTDIR)$(PREFIX)/share/sobes/Themes/"

# The libFuzzer targets, SECONDS each (default 60): `make fuzz SECONDS=600` runs all four,
# `make fuzz-markdown` (or fuzz-lexer, fuzz-notes-import, fuzz-toml) one of them.
FUZZ_TARGETS := lexer markdown notes-import toml
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
