#!/bin/sh
# regress --partial --family binomial: one IRLS step a pass over three
# parts of mtcars, iterated as statpipe-regress(1) shows until the
# deviance changes by less than R's 1e-8, gives R's glm coefficients
# (scripts/gen-fixtures-partial.R) within a relative 1e-8, their standard
# errors within 1e-6, and R's count of iterations; states of different
# starts do not merge.
. tests/cli/lib.sh
. tests/cli/split3.sh
split3 $DATA/mtcars.csv $tmp/mt
export R=tests/cli/expect/t9110
# loop MODEL: R's glm.fit by passes; prints the iterations and the table
# of the pass before the last (R's: its weights made the last step)
cat >$tmp/loop <<'LOOP'
start= old= it=0
while [ $it -lt 25 ]; do
	for i in 1 2 3; do
		$SP regress --partial --family binomial ${start:+--start $start} \
		    "$1" $tmp/mt.$i
	done | $SP merge >$tmp/step || exit 1
	dev=$(sed -n 2p $tmp/step | cut -d, -f7)
	if [ -n "$old" ] && awk -v a="$dev" -v b="$old" 'BEGIN { d = a - b;
	    exit !((d < 0 ? -d : d) / ((a < 0 ? -a : a) + 0.1) < 1e-8) }'; then
		echo "iterations $it"
		cat $tmp/prev
		exit 0
	fi
	old=$dev
	cp $tmp/step $tmp/prev
	start=$(cut -d, -f2 $tmp/step | tail -n +2 | paste -sd, -)
	it=$((it + 1))
done
exit 1
LOOP
# compare FILE REF: the estimates (1e-8) and standard errors (1e-6)
cat >$tmp/compare <<'CMP'
awk -F, 'NR == FNR { if (FNR > 1) { b[$1] = $2; s[$1] = $3 }; next }
/^iterations/ { print; next }
$1 != "term" { eb = ($2 - b[$1]) / b[$1]; es = ($3 - s[$1]) / s[$1]
	print $1, (eb < 1e-8 && eb > -1e-8 ? "estimate ok" : "estimate " $2 " not " b[$1]),
	    (es < 1e-6 && es > -1e-6 ? "std_error ok" : "std_error " $3 " not " s[$1]) }' "$2" "$1"
CMP
check_sh am-vs-r 0 'sh $tmp/loop "am ~ wt + hp" >$tmp/am && sh $tmp/compare $tmp/am $R/r-am.csv'
check_sh vs-vs-r 0 'sh $tmp/loop "vs ~ mpg + drat" >$tmp/vs && sh $tmp/compare $tmp/vs $R/r-vs.csv'
# the first pass: R's start, the deviance of its mustart
check_sh first-step 0 'for i in 1 2 3; do $SP regress --partial --family binomial "am ~ wt + hp" $tmp/mt.$i; done | $SP merge --digits 10'
check_sh first-state 0 '$SP regress --partial --family binomial "am ~ wt + hp" $tmp/mt.1'
check_sh tree-tsv 0 '$SP regress --partial --format tsv --family binomial --start 1,-1,0.01 "am ~ wt + hp" $tmp/mt.1 >$tmp/a; $SP regress --partial --format tsv --family binomial --start 1,-1,0.01 "am ~ wt + hp" $tmp/mt.2 | $SP merge --tsv --partial - $tmp/a >$tmp/b; $SP regress --partial --format tsv --family binomial --start 1,-1,0.01 "am ~ wt + hp" $tmp/mt.3 | cat - $tmp/b | LC_ALL=C sort -t "$(printf "\t")" -k1,1 | $SP merge --tsv --digits 10'
# refused
check start-length 2 regress --partial --family binomial --start 1,2 'am ~ wt + hp' $tmp/mt.1
check start-text 2 regress --partial --family binomial --start 1,x,3 'am ~ wt + hp' $tmp/mt.1
check start-alone 2 regress --start 1,2,3 'am ~ wt + hp' $tmp/mt.1
check start-linear 2 regress --partial --start 1,2,3 'mpg ~ wt + hp' $tmp/mt.1
check poisson 2 regress --partial --family poisson 'carb ~ wt' $tmp/mt.1
check summary 2 regress --partial --summary --family binomial 'am ~ wt' $tmp/mt.1
check_sh two-starts 1 '{ $SP regress --partial --family binomial --start 1,2,3 "am ~ wt + hp" $tmp/mt.1; $SP regress --partial --family binomial --start 1,2,4 "am ~ wt + hp" $tmp/mt.2; } | $SP merge'
check_sh with-linear 1 '{ $SP regress --partial --family binomial "am ~ wt" $tmp/mt.1; $SP regress --partial "am ~ wt" $tmp/mt.2; } | $SP merge'
done_testing
