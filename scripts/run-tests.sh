#!/bin/sh
# Run every test suite and print one summary line "N passed, N failed".
# Usage: STATPIPE=path/to/statpipe sh scripts/run-tests.sh UNIT_BINARY...
# Every suite prints TAP-like lines ("ok ..." / "not ok ..."); a suite that
# exits non-zero without a "not ok" line counts as one failure.
STATPIPE=${STATPIPE:-./statpipe}
export STATPIPE LC_ALL=C
pass=0 fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

suite() {
	name=$1
	shift
	"$@" >"$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
		echo "not ok - $name exited with status $rc"
	fi
	grep -v '^ok ' "$log" | grep -v '^# ' | grep -Ev '^([0-9]+ passed, [0-9]+ failed|1\.\.[0-9]+)$' | sed '/^$/d' | sed "s|^|  $name: |" | head -n 40
	echo "# $name: $p passed, $f failed"
	pass=$((pass + p))
	fail=$((fail + f))
}

for t in "$@"; do
	CMOCKA_MESSAGE_OUTPUT=TAP suite "$(basename "$t")" "$t"
done
for t in tests/cli/t*.sh; do
	[ -e "$t" ] || continue
	suite "$(basename "$t" .sh)" sh "$t"
done
# fuzz corpora, once each (FUZZ_REPLAY: the replay binaries from make check)
for t in ${FUZZ_REPLAY:-}; do
	n=${t##*/replay_}
	suite "fuzz-$n" "$t" "fuzz-$n" "tests/fuzz/corpus/$n"
done
[ -f tests/ref/run.sh ] && suite ref sh tests/ref/run.sh
[ -f scripts/check-man.sh ] && suite man-lint sh scripts/check-man.sh
[ -f scripts/man-examples.sh ] && suite man-examples sh scripts/man-examples.sh

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
