#!/bin/sh
# chisq --effect-ci: Cramer's V with its interval, unadjusted and adjusted,
# as effectsize's cramers_v() (the numbers are checked against R in
# tests/unit/test_effect.c), and the options around it.
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check cyl-gear       0 chisq -c cyl,gear --effect-ci --alternative two.sided "$M"
check greater        0 chisq -c cyl,gear --effect-ci "$M"
check yates-2x2      0 chisq -c vs,am --effect-ci "$M"
check table-90       0 chisq --table --effect-ci --alternative two.sided --conf-level 0.9 "$DATA/haireye-table.csv"
check g-test         0 chisq -c cyl,gear --g-test --effect-ci "$M"
check with-gof       2 chisq --gof -c cyl --effect-ci "$M"
check with-fisher    2 chisq -c vs,am --fisher --effect-ci "$M"
check with-cells     2 chisq -c vs,am --cells --effect-ci "$M"
done_testing
