#!/bin/sh
# chisq --partial on raw data: haireye and titanic (--count) in parts,
# merged in any order and through a tree, give the single process's table
# byte for byte (the counts add exactly): independence, the cells with
# their expected counts, Fisher, goodness of fit with --p, a simulated
# p-value; --table, --mcnemar, --cmh and --p-adjust are refused; states of
# other commands or columns, broken records, one level are errors.
. tests/cli/lib.sh
. tests/cli/split3.sh
export tmp
split3 $DATA/haireye.csv $tmp/he
split3 $DATA/titanic.csv $tmp/ti
check he-whole 0 chisq -c Hair,Eye $DATA/haireye.csv
check_sh he-merged 0 'for i in 3 1 2; do $SP chisq --partial -c Hair,Eye $tmp/he.$i; done | $SP merge'
check cells-whole 0 chisq --cells -c Hair,Eye $DATA/haireye.csv
check_sh cells-tree 0 '$SP chisq --partial --cells -c Hair,Eye $tmp/he.2 >$tmp/s2; $SP chisq --partial --cells -c Hair,Eye $tmp/he.1 | $SP merge --partial - $tmp/s2 >$tmp/s12; $SP chisq --partial --cells -c Hair,Eye $tmp/he.3 | $SP merge $tmp/s12 -'
check fisher-whole 0 chisq --fisher -c Sex,Eye $DATA/haireye.csv
check_sh fisher-merged 0 'for i in 1 2 3; do $SP chisq --partial --fisher -c Sex,Eye $tmp/he.$i; done | $SP merge'
check gof-whole 0 chisq --gof --p Brown=.4,Blue=.3,Hazel=.2,Green=.1 -c Eye $DATA/haireye.csv
check_sh gof-merged-tsv 0 'for i in 1 2 3; do $SP chisq --partial --format tsv --gof --p Brown=.4,Blue=.3,Hazel=.2,Green=.1 -c Eye $tmp/he.$i; done | $SP merge --tsv'
check count-whole 0 chisq --effect-ci -c Class,Survived --count Freq $DATA/titanic.csv
check_sh count-merged 0 'for i in 2 1 3; do $SP chisq --partial --effect-ci -c Class,Survived --count Freq $tmp/ti.$i; done | $SP merge'
check_sh hadoop-sorted 0 'for i in 1 2 3; do $SP chisq --partial --format tsv -c Hair,Eye $tmp/he.$i; done | LC_ALL=C sort -t "$(printf "\t")" -k1,1 | $SP merge --tsv'
check_sh state 0 '$SP chisq --partial -c Sex,Eye $tmp/he.1'
# refused
check table 2 chisq --partial --table $DATA/haireye-table.csv
check mcnemar 2 chisq --partial --mcnemar -c Hair,Eye $DATA/haireye.csv
check p-adjust 2 chisq --partial --cells --p-adjust holm -c Hair,Eye $DATA/haireye.csv
# hostile merges
check_sh one-level 1 '$SP chisq --partial -c Sex,Eye $tmp/he.1 | $SP merge'
check_sh other-columns 1 '{ $SP chisq --partial -c Hair,Eye $tmp/he.1; $SP chisq --partial -c Sex,Eye $tmp/he.2; } | $SP merge'
check_sh with-anova 1 '{ $SP chisq --partial -c Hair,Eye $tmp/he.1; $SP anova --partial -y Freq -g Class $tmp/ti.2; } | $SP merge'
check_sh bad-record 1 '$SP chisq --partial -c Hair,Eye $tmp/he.1 | sed "s/,col,/,column,/" | $SP merge'
check_sh bad-count 1 '$SP chisq --partial -c Hair,Eye $tmp/he.1 | sed "s/,cell,\([^,]*\),\([^,]*\),/,cell,\1,\2,-/" | $SP merge'
check_sh cell-of-no-level 1 '$SP chisq --partial -c Hair,Eye $tmp/he.1 | sed "s/,row,Black,/,row,Blackish,/" | $SP merge'
check bad-count-col 1 chisq --partial -c Class,Survived --count Sex $DATA/titanic.csv
done_testing
