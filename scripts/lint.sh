#!/bin/sh
# lint.sh - cppcheck and clang-tidy with the configuration kept in the
# repository (.cppcheck-suppressions, .clang-tidy, .clang-tidy-known).
# Prints "ok"/"not ok" per tool and file and "N passed, N failed"; exits 1
# on any finding.  JOBS files are checked at a time (default 2).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
flags="-std=gnu11 -D_GNU_SOURCE -Ilib"

if cppcheck -q --std=c11 -D_GNU_SOURCE --enable=warning,portability \
    --inline-suppr --suppressions-list=.cppcheck-suppressions \
    --error-exitcode=1 -I lib lib cmd tests/fuzz tests/unit \
    >"$work/cppcheck" 2>&1; then
	pass=$((pass + 1))
	echo "ok - cppcheck"
else
	fail=$((fail + 1))
	echo "not ok - cppcheck"
	sed 's/^/    /' "$work/cppcheck"
fi

# one log per file, then the findings not in .clang-tidy-known
ls lib/*/*.c cmd/*.c tests/fuzz/*.c | xargs -P "${JOBS:-2}" -I{} sh -c \
    'clang-tidy --quiet {} -- $2 >"$1/$(echo {} | tr / _).tidy" 2>&1' \
    sh "$work" "$flags"
known=$(grep -v '^#' .clang-tidy-known | awk 'NF == 2 { print $1 ":.*\\[" $2 "[],]" }')
for f in lib/*/*.c cmd/*.c tests/fuzz/*.c; do
	log=$work/$(echo "$f" | tr / _).tidy
	grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$log" |
	    sed "s|^$(pwd)/||" | sort -u >"$log.found"
	for k in $known; do
		grep -v -e "$k" "$log.found" >"$log.tmp"
		mv "$log.tmp" "$log.found"
	done
	if [ -s "$log.found" ]; then
		fail=$((fail + 1))
		echo "not ok - clang-tidy $f"
		sed 's/^/    /' "$log.found"
	else
		pass=$((pass + 1))
		echo "ok - clang-tidy $f"
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
