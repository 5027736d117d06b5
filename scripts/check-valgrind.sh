#!/bin/sh
# check-valgrind.sh - the command-line tests once under valgrind memcheck
# (make check-valgrind, .ci/run).
# Usage: sh scripts/check-valgrind.sh STATPIPE [SUITE...]
#
# Every statpipe run of tests/cli/t*.sh goes through valgrind (the big
# inputs of t8020 scaled down: HOSTILE_SMALL=1).  A run with a memory error
# or a definite or indirect leak is "not ok", with its command line and
# valgrind's report; the golden comparisons themselves are make check's
# job (valgrind's floating point differs in last digits), so only their
# count is shown.  Suites run two at a time (JOBS).
bin=${1:?usage: check-valgrind.sh STATPIPE [SUITE...]}
shift
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ $# -gt 0 ] || set -- tests/cli/t*.sh
command -v valgrind >/dev/null || {
	echo "check-valgrind.sh: valgrind not found (scripts/deps.sh --ci)" >&2
	exit 2
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"	# t8000 runs statpipe as nobody
mkdir -m 1777 "$work/log"
cat >"$work/statpipe" <<EOS
#!/bin/sh
printf '%s\n' "\$*" >"$work/log/cmd.\$\$"
exec valgrind -q --error-exitcode=99 --leak-check=full \\
    --errors-for-leak-kinds=definite,indirect \\
    --show-leak-kinds=definite,indirect --log-file="$work/log/vg.\$\$" \\
    "$bin" "\$@"
EOS
chmod 755 "$work/statpipe"

for t in "$@"; do
	printf '%s\n' "$t"
done | xargs -P "${JOBS:-2}" -I{} sh -c 'n=$(basename {} .sh);
	STATPIPE="$1/statpipe" HOSTILE_SMALL=1 sh {} >"$1/$n.tap" 2>&1' sh "$work"

pass=0 fail=0
for t in "$@"; do
	n=$(basename "$t" .sh)
	diffs=$(grep -c '^not ok' "$work/$n.tap")
	echo "# $n: $diffs golden differences under valgrind (not counted)"
done
nrun=0
for c in "$work"/log/cmd.*; do
	[ -e "$c" ] || continue
	nrun=$((nrun + 1))
	pid=${c##*.}
	if [ -s "$work/log/vg.$pid" ]; then
		fail=$((fail + 1))
		echo "not ok - valgrind: statpipe $(tr "\n" " " <"$c")"
		sed 's/^/    /' "$work/log/vg.$pid" | head -n 30
	else
		pass=$((pass + 1))
		echo "ok - valgrind: statpipe $(tr "\n" " " <"$c")"
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$nrun" -gt 0 ]
