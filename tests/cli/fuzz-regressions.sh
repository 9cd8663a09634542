#!/bin/sh
# fuzz-regressions.sh -- replay every input a fuzzer ever broke on.
#
# The idea: each crash or invariant violation the fuzzers found is kept as
# a file under fuzz/regressions/<harness>/ and must never come back.  The
# harnesses (fuzz/fuzz_<harness>.c, with all their invariants) are linked
# with fuzz/replay_main.c instead of libFuzzer, against the library in
# $B (so under `make asan` they run with ASan+UBSan too), and run on those
# files.  The extract regressions also go through the CLI binary, which
# must exit 0 or 2, never crash.
set -u
: "${HEARSAY:?set HEARSAY to the binary under test}"
B=${B:-build}
CC=${CC:-cc}
[ -d fuzz/regressions ] || { echo "fuzz-regressions: none"; exit 0; }
T=$(mktemp -d "${TMPDIR:-/tmp}/hearsay-freg.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
FLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 -g -Wall -Wextra -Werror"
# a sanitizer-built library needs the sanitizer runtime (and gets it here)
if nm "$B/libhearsay.a" 2>/dev/null | grep -q __asan; then
    FLAGS="$FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all"
fi
PKG_CFLAGS=$(pkg-config --cflags libutf8proc jansson)
PKG_LIBS=$(pkg-config --libs libutf8proc jansson)
fail=0 count=0
for dir in fuzz/regressions/*/; do
    h=$(basename "$dir")
    [ -f "fuzz/fuzz_$h.c" ] || { echo "fuzz-regressions: no harness for $dir" >&2; fail=1; continue; }
    extra=
    [ "$h" = jsonl ] && extra=cli/input.c
    # shellcheck disable=SC2086
    $CC $FLAGS -Iinclude -Isrc -Icli $PKG_CFLAGS -o "$T/replay_$h" \
        "fuzz/fuzz_$h.c" fuzz/replay_main.c $extra "$B/libhearsay.a" \
        $PKG_LIBS -lpthread -lm || { fail=1; continue; }
    for f in "$dir"*; do
        [ -f "$f" ] || continue
        count=$((count + 1))
        if ! "$T/replay_$h" "$f" 2> "$T/err"; then
            echo "fuzz-regressions: FAIL: $h $f" >&2
            tail -n 20 "$T/err" >&2
            fail=1
        fi
        if [ "$h" = extract ]; then
            "$HEARSAY" extract "$f" > /dev/null 2> "$T/err"
            rc=$?
            case $rc in
                0|2) ;;
                *) echo "fuzz-regressions: FAIL: hearsay extract $f exit $rc" >&2
                   tail -n 20 "$T/err" >&2
                   fail=1 ;;
            esac
        fi
    done
done
[ "$fail" -eq 0 ] && echo "fuzz-regressions: $count inputs replayed"
exit $fail
