#!/bin/sh
# The bad-input catalogue (issue 9) on describe: each case with its exit
# status and one-line message, or the documented result when the input is
# accepted (inf, CRLF mixed with LF, duplicate names ...).
. tests/cli/lib.sh
tin=$tmp/in
mkdir -p "$tin"

# check_tmp NAME STATUS CMD...: run CMD (not only statpipe), with the
# temporary directory cut out of the messages so that they compare
check_tmp() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	sed "s|$tin/||g" "$tmp/err" >"$tmp/err2" && mv "$tmp/err2" "$tmp/err"
	_compare "$name" "$want" $rc
}

# records
check ragged-long       1 describe "$DATA/bad-long-row.csv"
check ragged-short      1 describe "$DATA/bad-short-row.csv"
check unterminated      1 describe "$DATA/bad-unterminated.csv"
check quote-in-field    1 describe "$DATA/bad-quote-in-field.csv"
check nul-byte          1 describe "$DATA/bad-nul.csv"
check_in nul-byte-stdin 1 "$DATA/bad-nul.csv" describe
check mixed-eol         0 describe "$DATA/bad-mixed-eol.csv"
# text: bytes are kept as they are, headers too
check utf8-text         0 describe -s count,unique "$DATA/bad-utf8.csv"
check utf8-header       0 describe -s count "$DATA/bad-utf8-header.csv"
check utf8-header-col   0 describe -c 2 -s count "$DATA/bad-utf8-header.csv"
# names: duplicate and empty names are kept; by name the first one is found
check dup-names         0 describe -s count,sum "$DATA/bad-dup-names.csv"
check dup-names-col     2 describe -c a -s sum "$DATA/bad-dup-names.csv"
check dup-names-num     0 describe -c 3 -s sum "$DATA/bad-dup-names.csv"
check empty-name        0 describe -s count,sum "$DATA/bad-empty-name.csv"
# sizes
check empty-file        1 describe "$DATA/empty.csv"
check_in empty-stdin    1 "$DATA/empty.csv" describe
check header-only       0 describe "$DATA/header-only.csv"
check all-missing       0 describe "$DATA/bad-all-missing.csv"
check mode-no-values    0 describe -s mode,unique,median "$DATA/header-only.csv"
check mode-all-missing  0 describe --by a -s mode,unique "$DATA/bad-all-missing.csv"
# files
check directory         1 describe "$DATA"
check missing-file      1 describe "$DATA/no-such-file.csv"
check good-then-bad     1 describe "$DATA/cars.csv" "$DATA/bad-short-row.csv"
check bad-then-good     1 describe "$DATA/bad-nul.csv" "$DATA/cars.csv"
check good-then-missing 1 describe "$DATA/cars.csv" "$DATA/no-such-file.csv"
printf 'a\n1\n' >"$tin/unreadable.csv"
chmod 000 "$tin/unreadable.csv"
nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
if [ "$(id -u)" -eq 0 ]; then	# root reads anything: run as nobody
	chmod 755 "$tmp" "$tin"
	if $nobody sh -c 'test -x "$1" && test -r "$2"' sh "$STATPIPE" \
	    "$DATA/cars.csv" 2>/dev/null; then
		check_tmp unreadable 1 $nobody "$STATPIPE" describe \
		    "$tin/unreadable.csv"
	else	# the checkout is closed to nobody
		npass=$((npass + 1))
		echo "ok - $T unreadable # SKIP nobody cannot run $STATPIPE"
	fi
else
	check_tmp unreadable 1 "$STATPIPE" describe "$tin/unreadable.csv"
fi
# numbers: accepted (inf, blanks around, 1e-400 is 0) or a data error
n=0
for v in inf -inf Infinity nan NaN 1e400 -1e400 1e-400 0x10 ' 12 ' \
    '"1,5"' --3 1..2 1e 1e+ . - + '1 2' 12abc ' ' '	12'; do
	n=$((n + 1))
	printf 'x\n1\n%s\n' "$v" >"$tin/num$n.csv"
	want=1
	case $v in
	inf|-inf|Infinity|NaN|1e-400|' 12 '|'	12') want=0 ;;
	esac
	check_tmp "number-$n" $want "$STATPIPE" describe --numeric x \
	    -s count,missing,min,max "$tin/num$n.csv"
done
# option values
check digits-negative   2 describe --digits -1 "$DATA/cars.csv"
check digits-huge       2 describe --digits 100 "$DATA/cars.csv"
check digits-text       2 describe --digits x "$DATA/cars.csv"
check delimiter-two     2 describe -d ';;' "$DATA/cars.csv"
check delimiter-quote   2 describe -d '"' "$DATA/cars.csv"
check delimiter-newline 2 describe -d '
' "$DATA/cars.csv"
check conf-level-2      2 ttest -c speed --conf-level 2 "$DATA/cars.csv"
check conf-level-0      2 ttest -c speed --conf-level 0 "$DATA/cars.csv"
check conf-level-nan    2 ttest -c speed --conf-level nan "$DATA/cars.csv"
check bins-0            2 plot hist -c speed --bins 0 --script "$DATA/cars.csv"
check bins-negative     2 plot hist -c speed --bins -3 --script "$DATA/cars.csv"
check cols-zero         2 describe -c 0 "$DATA/cars.csv"
check cols-range-back   2 describe -c 3-1 "$DATA/cars.csv"
check cols-huge         2 describe -c 99999999999999999999 "$DATA/cars.csv"
check cols-empty        2 describe -c '' "$DATA/cars.csv"
check na-empty          0 describe --na '' -s count,missing "$DATA/cars.csv"
done_testing
