#!/bin/sh
# pca --partial: iris and airquality (rows with missing values) in parts,
# merged in any order, through a tree, as TSV sorted as Hadoop sorts,
# give the single process's summary and loadings to 12 significant digits;
# --scores and --save-model are refused; states of other columns or
# options, truncated or broken, are one-line errors.
. tests/cli/lib.sh
. tests/cli/split3.sh
ir=$DATA/iris.csv aq=$DATA/airquality.csv
C=Sepal.Length,Sepal.Width,Petal.Length,Petal.Width
export ir aq C
split3 $ir $tmp/ir
split3 $aq $tmp/aq
cat >$tmp/same <<'SAME'
eval "\$SP $1" >$tmp/whole || exit 1
sh -c "$2" >$tmp/merged || exit 1
diff $tmp/whole $tmp/merged && cat $tmp/merged
SAME
check_sh summary 0 'sh $tmp/same "pca --digits 12 -c $C $ir" "for i in 3 1 2; do \$SP pca --partial -c $C $tmp/ir.\$i; done | \$SP merge --digits 12"'
check_sh scaled-loadings 0 'sh $tmp/same "pca --digits 12 --scale --loadings -c $C $ir" "for i in 1 2 3; do \$SP pca --partial --scale --loadings -c $C $tmp/ir.\$i; done | \$SP merge --digits 12"'
check_sh rank-no-center 0 'sh $tmp/same "pca --digits 12 --no-center --rank 2 --loadings -c $C $ir" "for i in 2 1 3; do \$SP pca --partial --no-center --rank 2 --loadings -c $C $tmp/ir.\$i; done | \$SP merge --digits 12"'
check_sh missing 0 'sh $tmp/same "pca -q --digits 12 --scale -c Ozone,Solar.R,Wind,Temp $aq" "for i in 1 2 3; do \$SP pca -q --partial --scale -c Ozone,Solar.R,Wind,Temp $tmp/aq.\$i; done | \$SP merge --digits 12"'
check_sh missing-warns 0 '$SP pca --partial -c Ozone,Wind $tmp/aq.1 >/dev/null'
check_sh tree 0 '$SP pca --partial -c $C $tmp/ir.1 >$tmp/s1; $SP pca --partial -c $C $tmp/ir.2 | $SP merge --partial $tmp/s1 - >$tmp/s12; $SP pca --partial -c $C $tmp/ir.3 | $SP merge --digits 12 - $tmp/s12'
check_sh hadoop-sorted 0 'for i in 1 2 3; do $SP pca --partial --format tsv -c $C $tmp/ir.$i; done | LC_ALL=C sort -t "$(printf "\t")" -k1,1 | $SP merge --tsv --digits 12'
check_sh state 0 '$SP pca --partial -c Sepal.Length,Sepal.Width $tmp/ir.1'
# refused
check scores 2 pca --partial --scores -c $C $ir
check save 2 pca --partial --save-model $tmp/m.json -c $C $ir
# hostile merges
check_sh other-columns 1 '{ $SP pca --partial -c Sepal.Length,Sepal.Width $tmp/ir.1; $SP pca --partial -c Sepal.Length,Petal.Width $tmp/ir.2; } | $SP merge'
check_sh other-scale 1 '{ $SP pca --partial -c $C $tmp/ir.1; $SP pca --partial --scale -c $C $tmp/ir.2; } | $SP merge'
check_sh with-regress 1 '{ $SP pca --partial -c $C $tmp/ir.1; $SP regress --partial "Sepal.Length ~ Sepal.Width" $tmp/ir.2; } | $SP merge'
check_sh truncated 1 '$SP pca --partial -c $C $tmp/ir.1 | sed "\$d" | $SP merge'
check_sh short-list 1 '$SP pca --partial -c $C $tmp/ir.1 | sed "2s/ [^ ,]*,/,/" | $SP merge'
check_sh bad-count 1 '$SP pca --partial -c $C $tmp/ir.1 | sed "s/,m,50,/,m,-1,/" | $SP merge'
check_sh bad-signature 1 '$SP pca --partial -c $C $tmp/ir.1 | sed "s/;scale=0/;scale=x/" | $SP merge'
done_testing
