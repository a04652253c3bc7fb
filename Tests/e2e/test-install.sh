#!/usr/bin/env bash
# make install-files puts a stripped binary, the content, themes and shell completions
# under PREFIX; the installed binary finds its content; make uninstall removes exactly
# those files and leaves a reader's own chapter.
set -euo pipefail
: "${SOBES:?set SOBES to the sobes binary}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
dest="$(mktemp -d /tmp/sobes-install-XXXXXX)"
trap 'rm -rf "$dest"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

make -s -C "$root" install-files DESTDIR="$dest" PREFIX=/usr INSTALL_BIN="$SOBES" >/dev/null
bin="$dest/usr/bin/sobes"
[ -x "$bin" ] || fail "no binary"
readelf -S "$bin" | grep -q '\.symtab' && fail "the installed binary is not stripped"
env -u SOBES_CONTENT "$bin" list | grep -qF "04. Asyncio" || fail "the installed binary does not find its content"
for theme in dark light mono; do [ -f "$dest/usr/share/sobes/Themes/$theme.toml" ] || fail "no theme $theme"; done
bash -n "$dest/usr/share/bash-completion/completions/sobes" || fail "the bash completion does not parse"
grep -q "interview" "$dest/usr/share/bash-completion/completions/sobes" || fail "the bash completion lacks a command"
[ -s "$dest/usr/share/zsh/site-functions/_sobes" ] || fail "no zsh completion"
[ -s "$dest/usr/share/fish/vendor_completions.d/sobes.fish" ] || fail "no fish completion"
# The committed man page (make man) names every command the binary has.
man_page="$dest/usr/share/man/man1/sobes.1"
[ -s "$man_page" ] || fail "no man page"
commands="$("$SOBES" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | grep -E '^  [a-z]' | awk '{ print $1 }')"
[ -n "$commands" ] || fail "no commands in sobes --help"
for command in $commands; do
    grep -qx ".It Em $command" "$man_page" || fail "the man page lacks '$command': run make man"
done

echo "# 99. Моя глава" > "$dest/usr/share/sobes/Content/99-mine.md"
make -s -C "$root" uninstall DESTDIR="$dest" PREFIX=/usr >/dev/null
left="$(cd "$dest" && find . -type f | sort)"
[ "$left" = "./usr/share/sobes/Content/99-mine.md" ] || fail "uninstall left or removed the wrong files: $left"
echo ok
