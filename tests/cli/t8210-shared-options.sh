#!/bin/sh
# shared options: parsed once (cmd/common.c), one meaning per name, the old
# spellings kept as aliases; R's two.sided accepted by every command.
. tests/cli/lib.sh
tg=$DATA/ToothGrowth.csv
check two-sided-kstest   0 kstest -c len -g supp --alternative two.sided "$tg"
check two-sided-fisher   0 chisq -c am,vs --fisher --alternative two.sided "$DATA/mtcars.csv"
check two-sided-power    0 power --n 20 --delta 1 --alternative two.sided
check one-sided-power    0 power --n 20 --delta 1 --alternative one.sided
check one-sided-ttest    2 ttest -c len -g supp --alternative one-sided "$tg"
check less-power         2 power --n 20 --delta 1 --alternative less
# old spellings: the same output as the new ones
check_sh no-correct      0 "cmp \$(\$SP ranktest -c len -g supp --no-correct $tg >$tmp/a; echo $tmp/a) \$(\$SP ranktest -c len -g supp --no-correction $tg >$tmp/b; echo $tmp/b) && cat $tmp/a"
check_sh each-alias      0 "\$SP ttest -c len -g supp --each dose $tg >$tmp/a && \$SP ttest -c len -g supp --strata dose $tg | cmp - $tmp/a && cat $tmp/a"
# in the two-group tests --by is -g, as it always was (DESIGN.md)
check_sh by-is-g         0 "\$SP ttest -c len --by supp $tg >$tmp/a && \$SP ttest -c len -g supp $tg | cmp - $tmp/a && cat $tmp/a"
check_sh group-long      0 "\$SP ttest -c len --group supp $tg >$tmp/a && \$SP ttest -c len -g supp $tg | cmp - $tmp/a && cat $tmp/a"
check_sh factors-alias   0 "\$SP anova -y len --factors supp,dose $tg >$tmp/a && \$SP anova -y len -g supp,dose $tg | cmp - $tmp/a && cat $tmp/a"
check_sh keys-alias      0 "\$SP groupby -k supp count $tg >$tmp/a && \$SP groupby --keys supp count $tg | cmp - $tmp/a && \$SP groupby --by supp count $tg | cmp - $tmp/a && cat $tmp/a"
check_sh anova-each      0 "\$SP anova -y len -g dose --each supp $tg >$tmp/a && \$SP anova -y len -g dose --by supp $tg | cmp - $tmp/a && cat $tmp/a"
# --strata in the two-group tests: a one-sample test per stratum
check ttest-strata       0 ttest -c len --strata supp --mu 18 "$tg"
check seed-range         2 chisq -c am,vs --simulate 100 --seed -1 "$DATA/mtcars.csv"
check conf-range         2 corr -c mpg,wt --conf-level 1 "$DATA/mtcars.csv"
# a usage error found in the input: the message keeps its column, the usage follows
check anova-y-factor     2 anova -y len -g len "$tg"
done_testing
