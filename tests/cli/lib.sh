# tests/cli/lib.sh: golden tests of the command line, sourced by the
# numbered scripts tNNNN-NAME.sh and run from the repository root.
#
#   check NAME STATUS ARGS...        run statpipe ARGS
#   check_in NAME STATUS FILE ARGS...  the same with FILE on stdin
#   check_sh NAME STATUS 'CMD'       run a shell line; $SP is statpipe
#
# Each compares the exit status with STATUS, stdout with
# expect/TNNNN/NAME.out (which must be empty unless STATUS is 0: no partial
# output) and stderr with NAME.err.  UPDATE=1 writes the expected files.
# done_testing prints "N passed, N failed".

: "${STATPIPE:=./statpipe}"
SP=$STATPIPE
DATA=testdata
export LC_ALL=C SP
T=$(basename "$0" .sh)
EXP=tests/cli/expect/${T%%-*}
npass=0
nfail=0
tmp=$(mktemp -d)
export tmp	# check_sh lines in single quotes use it too
trap 'rm -rf "$tmp"' EXIT

_compare() {
	name=$1 want=$2 rc=$3
	if [ -n "$UPDATE" ]; then
		mkdir -p "$EXP"
		cp "$tmp/out" "$EXP/$name.out"
		cp "$tmp/err" "$EXP/$name.err"
	fi
	why=
	[ "$rc" -eq "$want" ] || why="exit status $rc, want $want"
	if [ -z "$why" ] && [ "$want" -ne 0 ] && [ -s "$tmp/out" ]; then
		why="output on failure"
	fi
	if [ -z "$why" ] && ! cmp -s "$tmp/out" "$EXP/$name.out"; then
		why="stdout differs: $(diff "$EXP/$name.out" "$tmp/out" 2>&1 | head -5 | tr '\n' '|')"
	fi
	if [ -z "$why" ] && ! cmp -s "$tmp/err" "$EXP/$name.err"; then
		why="stderr differs: $(diff "$EXP/$name.err" "$tmp/err" 2>&1 | head -5 | tr '\n' '|')"
	fi
	if [ -z "$why" ]; then
		npass=$((npass + 1))
		echo "ok - $T $name"
	else
		nfail=$((nfail + 1))
		echo "not ok - $T $name: $why"
	fi
}

check() {
	name=$1 want=$2
	shift 2
	"$STATPIPE" "$@" >"$tmp/out" 2>"$tmp/err"
	_compare "$name" "$want" $?
}

check_in() {
	name=$1 want=$2 in=$3
	shift 3
	"$STATPIPE" "$@" <"$in" >"$tmp/out" 2>"$tmp/err"
	_compare "$name" "$want" $?
}

check_sh() {
	name=$1 want=$2
	sh -c "$3" >"$tmp/out" 2>"$tmp/err"
	_compare "$name" "$want" $?
}

done_testing() {
	echo "$npass passed, $nfail failed"
	[ "$nfail" -eq 0 ]
}
