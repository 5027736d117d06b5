#!/bin/sh
# anova --within: the one-way repeated-measures ANOVA with Mauchly's test
# and the Greenhouse-Geisser and Huynh-Feldt corrections (the numbers are
# checked against R in tests/unit/test_blocks.c), and its hostile inputs.
. tests/cli/lib.sh
H=$DATA/within-hostile.csv
check rounding       0 anova --within -y time -g method --block player "$DATA/roundingtimes.csv"
check orthodont      0 anova --within -y distance -g age --subject Subject "$DATA/orthodont.csv"
check two-levels     0 anova --within -y extra -g group --block ID "$DATA/sleep.csv"
check table          0 anova --within -y height -g age --block Seed --format table "$DATA/loblolly.csv"
check incomplete     0 anova --within -y y -g cond --block subject "$H"
check flat           0 anova --within -y flat -g cond --block subject "$H"
check subject-ties   0 anova --within -y tie -g cond --block subject "$H"
check few-subjects   0 anova --within -y y -g subject --block cond "$H"
check replicated     1 anova --within -y y -g cond --block subject "$DATA/within-replicated.csv"
check one-subject    1 anova --within -y y -g cond --block subject "$DATA/within-one-subject.csv"
check_sh one-value   1 'printf "s,c,y\n1,a,2\n" | $SP anova --within -y y -g c --block s'
check no-block       2 anova --within -y y -g cond "$H"
check two-factors    2 anova --within -y y -g cond,flat --block subject "$H"
check with-friedman  2 anova --within --friedman -y y -g cond --block subject "$H"
done_testing
