#!/bin/sh
# anova --quade: Quade's test of treatments in complete blocks (the numbers
# are checked against R's quade.test in tests/unit/test_blocks.c).
. tests/cli/lib.sh
H=$DATA/within-hostile.csv
check stores         0 anova --quade -y sales -g brand --block store "$DATA/quade-stores.csv"
check rounding       0 anova --quade -y time -g method --block player "$DATA/roundingtimes.csv"
check tied-blocks    0 anova --quade -y tie -g cond --block subject "$H"
check incomplete     1 anova --quade -y y -g cond --block subject "$H"
check replicated     1 anova --quade -y y -g cond --block subject "$DATA/within-replicated.csv"
check one-block      1 anova --quade -y y -g cond --block subject "$DATA/within-one-subject.csv"
done_testing
