#!/bin/sh
# corr --partial (Pearson): airquality (missing values) in two and three
# parts, merged in any order and through a tree, gives the single
# process's table (r within a relative 1e-12: here the same to the last
# digit but a few); --matrix, --complete, --alternative and --conf-level
# travel in the signature; Spearman and Kendall cannot be merged.
. tests/cli/lib.sh
aq=$DATA/airquality.csv
export tmp aq
c=Ozone,Solar.R,Wind,Temp
head -n 1 $aq >$tmp/h
sed -n 2,50p $aq | cat $tmp/h - >$tmp/a1.csv
sed -n 51,100p $aq | cat $tmp/h - >$tmp/a2.csv
sed -n 101,154p $aq | cat $tmp/h - >$tmp/a3.csv
export c
check whole 0 corr -c $c $aq
check_sh merged 0 'for i in 3 1 2; do $SP corr --partial -c $c $tmp/a$i.csv; done | $SP merge'
check_sh tree 0 '$SP corr --partial -c $c $tmp/a1.csv >$tmp/s1; $SP corr --partial -c $c $tmp/a2.csv >$tmp/s2; $SP corr --partial -c $c $tmp/a3.csv | $SP merge --partial - $tmp/s1 | $SP merge $tmp/s2 -'
check matrix-whole 0 corr --matrix --complete -c $c $aq
check_sh matrix-merged 0 'for i in 1 2 3; do $SP corr --partial --matrix --complete -c $c $tmp/a$i.csv; done | $SP merge'
check less-whole 0 corr --alternative less --conf-level 0.9 -c Ozone,Wind $aq
check_sh less-merged 0 'for i in 1 2 3; do $SP corr --partial --alternative less --conf-level 0.9 -c Ozone,Wind $tmp/a$i.csv; done | $SP merge'
check_sh state 0 '$SP corr --partial -c Ozone,Wind $tmp/a1.csv'
# refused: ranks, --compare; states of other options or commands
check spearman 2 corr --partial --method spearman -c $c $aq
check p-adjust 2 corr --partial --p-adjust holm -c $c $aq
check_sh other-level 1 '{ $SP corr --partial -c $c $tmp/a1.csv; $SP corr --partial --conf-level 0.9 -c $c $tmp/a2.csv; } | $SP merge'
check_sh with-describe 1 '{ $SP corr --partial -c $c $tmp/a1.csv; $SP describe --partial $tmp/a2.csv; } | $SP merge'
check_sh bad-pair 1 '$SP corr --partial -c Ozone,Wind $tmp/a1.csv | sed "s/,0:1,/,0:7,/" | $SP merge'
done_testing
