#!/bin/sh
# fuzz.sh - run each libFuzzer target for a while (make fuzz).
# Usage: sh scripts/fuzz.sh SECONDS TARGET...
# Each target starts from tests/fuzz/corpus/TARGET and keeps what it finds
# in build/fuzz/corpus/TARGET.  A crash, leak or timeout is copied into
# tests/fuzz/corpus/TARGET/ (so make check replays it from then on), and
# the script exits 1 after running every target.
secs=${1:?usage: fuzz.sh SECONDS TARGET...}
shift
status=0
for t in "$@"; do
	work=build/fuzz/corpus/$t
	seeds=tests/fuzz/corpus/$t
	art=build/fuzz/artifacts/$t
	mkdir -p "$work" "$seeds" "$art"
	echo "fuzz $t: $secs s"
	build/fuzz/fuzz_"$t" -max_total_time="$secs" -timeout=10 \
	    -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
	    -artifact_prefix="$art/" "$work" "$seeds" \
	    >"build/fuzz/$t.log" 2>&1
	rc=$?
	grep -E '^stat::(number_of_executed_units|peak_rss_mb)' \
	    "build/fuzz/$t.log" | sed "s/^/  $t: /"
	for a in "$art"/*; do
		[ -e "$a" ] || continue
		cp "$a" "$seeds/"
		echo "fuzz $t: FOUND $(basename "$a") (copied to $seeds)"
		rm -f "$a"
		status=1
	done
	if [ "$rc" -ne 0 ]; then
		echo "fuzz $t: exit status $rc, see build/fuzz/$t.log"
		status=1
	fi
done
exit $status
