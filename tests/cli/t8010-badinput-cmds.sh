#!/bin/sh
# The bad-input catalogue against every command: each bad file (columns
# a,b) must give exit 1 and one line naming the file and line, with no
# output; a good file first does not change that.
. tests/cli/lib.sh

# run CASE STATUS 'CMD...' with files=FILES: every command on the files; the
# commands listed (by name) exit 0 instead: the input is fine for them.
# $files is split on blanks (the names have none).
run() {
	c=$1 st=$2 ok=" $3 "
	for cmd in describe groupby ttest ztest ranktest anova chisq regress \
	    corr plot; do
		case $ok in
		*" $cmd "*) w=0 ;;
		*) w=$st ;;
		esac
		case $cmd in
		describe) set -- describe --numeric a,b ;;
		groupby) set -- groupby -k a mean:b count ;;
		ttest) set -- ttest -c a,b ;;
		ztest) set -- ztest -c b --sigma 1 ;;
		ranktest) set -- ranktest -c a,b --paired ;;
		anova) set -- anova -y b -g a ;;
		chisq) set -- chisq -c a,b ;;
		regress) set -- regress 'b ~ a' ;;
		corr) set -- corr -c a,b ;;
		plot) set -- plot scatter -x a -y b --script ;;
		esac
		check "$cmd-$c" "$w" "$@" $files
	done
}

files="$DATA/bad-long-row.csv"
run long-row 1 ''
files="$DATA/bad-short-row.csv"
run short-row 1 ''
files="$DATA/bad-unterminated.csv"
run unterminated 1 ''
files="$DATA/bad-quote-in-field.csv"
run quote 1 ''
files="$DATA/bad-nul.csv"
run nul 1 ''
files="$DATA/bad-double-minus.csv"
run not-number 1 'chisq'
files="$DATA/empty.csv"
run empty 1 ''
files="$DATA/no-such-file.csv"
run missing 1 ''
files="$DATA"
run directory 1 ''
files="$DATA/good-ab.csv $DATA/bad-short-row.csv"
run good-bad 1 ''
files="$DATA/good-ab.csv $DATA/no-such-file.csv"
run good-missing 1 ''
files="$DATA/bad-all-missing.csv"
run all-missing 1 'describe groupby ttest ztest ranktest corr'
done_testing
