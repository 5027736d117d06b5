# tests/cli/learn/ref.sh: sourced after lib.sh by the learners' tests.
#   ref NAME ARGS...   statpipe ARGS against $EXP/$REF_PREFIX-NAME.csv, a
#                      table computed by R, by refcmp.awk (relative 1e-9)
ref() {
	name=$1
	shift
	if "$STATPIPE" "$@" >"$tmp/got" 2>"$tmp/err" &&
	    awk -v rtol=1e-9 -f tests/cli/learn/refcmp.awk \
	    "$EXP/$REF_PREFIX-$name.csv" "$tmp/got" >"$tmp/diff"; then
		npass=$((npass + 1))
		echo "ok - $T $REF_PREFIX-$name"
	else
		nfail=$((nfail + 1))
		echo "not ok - $T $REF_PREFIX-$name: $(cat "$tmp/diff" "$tmp/err" |
		    head -5 | tr '\n' '|')"
	fi
}
