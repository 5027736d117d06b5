#!/bin/sh
# anova --partial (the one-way table): PlantGrowth, chickwts and
# airquality (missing responses) in parts, merged in any order and through
# a tree, give the single process's table (sums of squares within 1e-12,
# F and p within 1e-9: here the same but for the last digits); the other
# views, two factors, strata and --ss 3 are refused; states of other
# commands or columns, a record without a level, one level are errors.
. tests/cli/lib.sh
. tests/cli/split3.sh
export tmp
split3 $DATA/PlantGrowth.csv $tmp/pg
split3 $DATA/chickwts.csv $tmp/cw
split3 $DATA/airquality.csv $tmp/aq
check pg-whole 0 anova -y weight -g group $DATA/PlantGrowth.csv
check_sh pg-merged 0 'for i in 3 1 2; do $SP anova --partial -y weight -g group $tmp/pg.$i; done | $SP merge'
check cw-whole 0 anova --effect-ci -y weight -g feed $DATA/chickwts.csv
check_sh cw-tree 0 '$SP anova --partial --effect-ci -y weight -g feed $tmp/cw.1 >$tmp/s1; $SP anova --partial --effect-ci -y weight -g feed $tmp/cw.3 | $SP merge --partial $tmp/s1 - >$tmp/s13; $SP anova --partial --effect-ci -y weight -g feed $tmp/cw.2 | $SP merge - $tmp/s13'
check aq-whole 0 anova -y Ozone -g Month $DATA/airquality.csv
check_sh aq-merged-tsv 0 'for i in 1 2 3; do $SP anova --partial --format tsv -y Ozone -g Month $tmp/aq.$i; done | $SP merge --tsv'
check_sh state 0 '$SP anova --partial -y weight -g group $tmp/pg.1'
# refused
check tukey 2 anova --partial --tukey -y weight -g group $DATA/PlantGrowth.csv
check two-factors 2 anova --partial -y len -g supp,dose $DATA/ToothGrowth.csv
check by 2 anova --partial --by supp -y len -g dose $DATA/ToothGrowth.csv
check ss3 2 anova --partial --ss 3 -y weight -g group $DATA/PlantGrowth.csv
# hostile merges
check_sh one-level 1 '$SP anova --partial -y weight -g group $tmp/pg.1 | $SP merge'
check_sh other-response 1 '{ $SP anova --partial -y Ozone -g Month $tmp/aq.1; $SP anova --partial -y Temp -g Month $tmp/aq.2; } | $SP merge'
check_sh with-ttest 1 '{ $SP anova --partial -y weight -g group $tmp/pg.1; $SP ttest --partial -c weight $tmp/pg.2; } | $SP merge'
check_sh no-level 1 '$SP anova --partial -y weight -g group $tmp/pg.1 | sed "s/,ctrl,/,,/" | $SP merge'
check_sh bad-ss 1 '$SP anova --partial -y weight -g group $tmp/pg.1 | sed "s/,ctrl,10,\([^,]*\),/,ctrl,10,\1,-/" | $SP merge'
done_testing
