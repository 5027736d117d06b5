#!/bin/sh
# ttest and ztest --partial: mtcars, airquality and ToothGrowth in parts,
# merged in any order and through a tree, give the single process's table
# (t, interval and p within a relative 1e-9, here the same but for the
# last digits): two samples by a group (Welch, pooled, --levels, several
# responses), pairs of columns with incomplete pairs, one sample; states
# of other tests, options or columns, broken records and too many levels
# are one-line errors; rank tests, strata, pairs by level are refused.
. tests/cli/lib.sh
. tests/cli/split3.sh
mt=$DATA/mtcars.csv aq=$DATA/airquality.csv tg=$DATA/ToothGrowth.csv
export tmp mt aq tg
split3 $mt $tmp/mt
split3 $aq $tmp/aq
split3 $tg $tmp/tg
check welch-whole 0 ttest -c mpg,hp -g am $mt
check_sh welch-merged 0 'for i in 3 1 2; do $SP ttest --partial -c mpg,hp -g am $tmp/mt.$i; done | $SP merge'
check pooled-whole 0 ttest --equal-var --effect-ci --levels 1,0 -c mpg -g am $mt
check_sh pooled-tree 0 '$SP ttest --partial --equal-var --effect-ci --levels 1,0 -c mpg -g am $tmp/mt.1 >$tmp/s1; $SP ttest --partial --equal-var --effect-ci --levels 1,0 -c mpg -g am $tmp/mt.2 | $SP merge --partial $tmp/s1 - >$tmp/s12; $SP ttest --partial --equal-var --effect-ci --levels 1,0 -c mpg -g am $tmp/mt.3 | $SP merge - $tmp/s12'
check paired-whole 0 ttest --paired -c Ozone,Temp $aq
check_sh paired-merged 0 'for i in 2 3 1; do $SP ttest --partial --paired -c Ozone,Temp $tmp/aq.$i; done | $SP merge'
check one-whole 0 ttest --mu 40 --alternative less --conf-level 0.9 -c Ozone $aq
check_sh one-merged 0 'for i in 1 2 3; do $SP ttest --partial --mu 40 --alternative less --conf-level 0.9 -c Ozone $tmp/aq.$i; done | $SP merge'
check z-whole 0 ztest --sigma 5,6 --levels OJ,VC -c len -g supp $tg
check_sh z-merged-tsv 0 'for i in 1 2 3; do $SP ztest --partial --format tsv --sigma 5,6 --levels OJ,VC -c len -g supp $tmp/tg.$i; done | $SP merge --tsv'
# sorted by key as Hadoop sorts (records before their signature)
check_sh hadoop-sorted 0 'for i in 1 2 3; do $SP ztest --partial --format tsv --sigma 5,6 --levels OJ,VC -c len -g supp $tmp/tg.$i; done | LC_ALL=C sort -t "$(printf "\t")" -k1,1 | $SP merge --tsv'
check_sh state 0 '$SP ttest --partial -c len -g supp $tmp/tg.1'
# refused
check rank 2 ranktest --partial -c mpg -g am $mt
check strata 2 ttest --partial --strata cyl -c mpg -g am $mt
check paired-by-level 2 ttest --partial --paired -c len -g supp $tg
check p-adjust 2 ttest --partial --p-adjust holm -c mpg,hp -g am $mt
# hostile merges
check_sh three-levels 1 'for i in 1 2 3; do $SP ttest --partial -c len -g dose $tmp/tg.$i; done | $SP merge'
check_sh no-level 1 '$SP ttest --partial --levels OJ,XX -c len -g supp $tmp/tg.1 | $SP merge'
check_sh with-ztest 1 '{ $SP ttest --partial -c len -g supp $tmp/tg.1; $SP ztest --partial --sigma 5 -c len -g supp $tmp/tg.2; } | $SP merge'
check_sh other-columns 1 '{ $SP ttest --partial -c mpg -g am $tmp/mt.1; $SP ttest --partial -c hp -g am $tmp/mt.2; } | $SP merge'
check_sh with-corr 1 '{ $SP ttest --partial -c mpg -g am $tmp/mt.1; $SP corr --partial -c mpg,hp $tmp/mt.2; } | $SP merge'
check_sh truncated 1 '$SP ttest --partial -c mpg -g am $tmp/mt.1 | sed "\$d" | $SP merge'
check_sh bad-sample 1 '$SP ttest --partial -c mpg,hp $tmp/mt.1 | sed "s/,y,/,z,/" | $SP merge'
check_sh bad-count 1 '$SP ttest --partial -c mpg $tmp/mt.1 | sed "s/,x,[0-9]*,/,x,-3,/" | $SP merge'
check_sh unknown-option 1 '$SP ttest --partial -c mpg $tmp/mt.1 | sed "s/;mu=/;rho=/g" | $SP merge'
done_testing
