#!/bin/sh
# Run the whole suite against build directory $1: the Check binary
# $1/tests/test_X of every tests/test_X.c (one left over from a deleted
# suite is not run), then every shell test tests/cli/*.sh (exit 77 =
# skipped, e.g. a corpus test without $HEARSAY_CORPUS).  Prints one closing line
# "N passed, N failed, N skipped" and fails if anything failed.
B=${1:-build}
HEARSAY=$(pwd)/$B/hearsay
export HEARSAY B
: "${HEARSAY_CORPUS:=../shared/corpus}"
export HEARSAY_CORPUS
pass=0 fail=0 skip=0 failed=""
for src in tests/test_*.c; do
    t="$B/tests/$(basename "$src" .c)"
    if [ ! -x "$t" ]; then
        fail=$((fail + 1)); failed="$failed $t"; echo "FAIL: $t (not built)"
        continue
    fi
    if "$t"; then pass=$((pass + 1)); else fail=$((fail + 1)); failed="$failed $t"; fi
done
for t in tests/cli/*.sh; do
    [ -f "$t" ] || continue
    sh "$t"; rc=$?
    case $rc in
        0) pass=$((pass + 1)); echo "PASS: $t" ;;
        77) skip=$((skip + 1)); echo "SKIP: $t" ;;
        *) fail=$((fail + 1)); failed="$failed $t"; echo "FAIL: $t (exit $rc)" ;;
    esac
done
[ -n "$failed" ] && echo "failed:$failed"
echo "$B: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
