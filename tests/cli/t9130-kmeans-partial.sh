#!/bin/sh
# kmeans --partial --centers: one step of Lloyd's over three parts of iris,
# merged, fed back as the next centres until they no longer change, ends
# at R's kmeans(algorithm = "Lloyd") from the same centres
# (scripts/gen-fixtures-partial.R) within a relative 1e-10, in R's count
# of iterations; one step merged from parts is the step of the whole; an
# empty cluster gets an empty centre and a warning, and cannot start the
# next step; states of other centres or columns are one-line errors.
. tests/cli/lib.sh
. tests/cli/split3.sh
ir=$DATA/iris.csv C=Sepal.Length,Sepal.Width,Petal.Length,Petal.Width
export ir C DATA R=tests/cli/expect/t9130
split3 $ir $tmp/ir
# loop CENTRES: passes until the centres repeat; the passes and the table
cat >$tmp/loop <<'LOOP'
cp "$1" $tmp/c0
it=1
while [ $it -le 100 ]; do
	for i in 1 2 3; do
		$SP kmeans --partial --centers $tmp/c0 -c $C $tmp/ir.$i
	done | $SP merge >$tmp/step || exit 1
	cut -d, -f4- $tmp/step >$tmp/c1
	if cmp -s $tmp/c0 $tmp/c1; then
		echo "iterations $it"
		cat $tmp/step
		exit 0
	fi
	cp $tmp/c1 $tmp/c0
	it=$((it + 1))
done
exit 1
LOOP
# compare OUT REF: sizes equal, withinss and centres within 1e-10
cat >$tmp/compare <<'CMP'
awk -F, 'NR == FNR { if (FNR > 1) ref[$1] = $0; next }
/^iterations/ || /^cluster/ { print; next }
{ n = split(ref[$1], r, ","); bad = $2 != r[2]
  for (j = 3; j <= n; j++) { e = $j - r[j]; if (e < 0) e = -e
	s = r[j] < 0 ? -r[j] : r[j]; if (e > 1e-10 * (s > 1 ? s : 1)) bad = 1 }
  print $1, bad ? "differs: " $0 " want " ref[$1] : "ok" }' "$2" "$1"
CMP
check_sh lloyd-vs-r 0 'sh $tmp/loop $DATA/iris-centers.csv >$tmp/lo && sh $tmp/compare $tmp/lo $R/r-iris.csv'
check_sh one-step 0 'for i in 2 3 1; do $SP kmeans --partial --centers $DATA/iris-centers.csv -c $C $tmp/ir.$i; done | $SP merge --digits 12 >$tmp/a && $SP kmeans --partial --centers $DATA/iris-centers.csv -c $C $ir | $SP merge --digits 12 >$tmp/b && diff $tmp/a $tmp/b && cat $tmp/a'
check_sh tree-tsv 0 '$SP kmeans --partial --format tsv --centers $DATA/iris-centers5.csv -c $C $tmp/ir.1 >$tmp/s1; $SP kmeans --partial --format tsv --centers $DATA/iris-centers5.csv -c $C $tmp/ir.2 | $SP merge --tsv --partial - $tmp/s1 >$tmp/s12; $SP kmeans --partial --format tsv --centers $DATA/iris-centers5.csv -c $C $tmp/ir.3 | cat - $tmp/s12 | LC_ALL=C sort -t "$(printf "\t")" -k1,1 | $SP merge --tsv --digits 12'
check_sh empty-cluster 0 'for i in 1 2 3; do $SP kmeans --partial --centers $DATA/iris-far-centers.csv -c $C $tmp/ir.$i; done | $SP merge --digits 12'
check_sh empty-next 1 'for i in 1 2 3; do $SP kmeans --partial --centers $DATA/iris-far-centers.csv -c $C $tmp/ir.$i; done | $SP merge -q | cut -d, -f4- >$tmp/c; $SP kmeans --partial --centers $tmp/c -c $C $tmp/ir.1 2>$tmp/e; rc=$?; sed "s|$tmp/||" $tmp/e >&2; exit $rc'
check_sh state 0 '$SP kmeans --partial --centers $DATA/iris-centers.csv -c $C $tmp/ir.1'
# refused
check no-centers 2 kmeans --partial -k 3 -c $C $ir
check scale 2 kmeans --partial --scale --centers $DATA/iris-centers.csv -c $C $ir
check assign 2 kmeans --partial --assign --centers $DATA/iris-centers.csv -c $C $ir
check columns 2 kmeans --partial --centers $DATA/iris-centers.csv -c Sepal.Length,Sepal.Width $ir
# hostile merges
check_sh other-centers 1 '{ $SP kmeans --partial --centers $DATA/iris-centers.csv -c $C $tmp/ir.1; $SP kmeans --partial --centers $DATA/iris-centers5.csv -c $C $tmp/ir.2; } | $SP merge'
check_sh with-pca 1 '{ $SP kmeans --partial --centers $DATA/iris-centers.csv -c $C $tmp/ir.1; $SP pca --partial -c $C $tmp/ir.2; } | $SP merge'
check_sh bad-cluster 1 '$SP kmeans --partial --centers $DATA/iris-centers.csv -c $C $tmp/ir.1 | sed "2s/,0,50,/,7,50,/" | $SP merge'
check_sh bad-ss 1 '$SP kmeans --partial --centers $DATA/iris-centers.csv -c $C $tmp/ir.1 | sed "2s/^\(\([^,]*,\)\{5\}\)[^,]*/\1-1 0 0 0/" | $SP merge'
check_sh truncated 1 '$SP kmeans --partial --centers $DATA/iris-centers.csv -c $C $tmp/ir.1 | sed "\$d" | $SP merge'
done_testing
