#!/bin/sh
# power: t, proportions and ANOVA, solving for each unknown; bad input.
. tests/cli/lib.sh
check t-n               0 power --delta 1 --sd 2 --power 0.8
check t-n-table         0 power --delta 1 --sd 2 --power 0.8 --format table --digits 7
check t-power           0 power --n 20 --delta 1 --sd 2
check t-delta           0 power --n 20 --sd 2 --power 0.8
check t-sd              0 power --n 20 --delta 1 --power 0.8 --sig-level 0.05
check t-sig-level       0 power --n 20 --delta 1 --sd 1 --power 0.9
check t-paired          0 power --delta 1 --sd 2 --power 0.8 --type paired --alternative one-sided
check t-one-sample      0 power --delta 0.5 --power 0.9 --type one-sample
check t-strict          0 power --n 10 --delta 0.2 --strict
check prop-n            0 power --p1 0.5 --p2 0.75 --power 0.9
check prop-p2           0 power --n 50 --p1 0.5 --power 0.9
check prop-power        0 power --n 50 --p1 0.5 --p2 0.75 --alternative one-sided
check anova-n           0 power --groups 4 --between-var 1 --within-var 3 --power 0.8
check anova-groups      0 power --n 12 --between-var 1 --within-var 3 --power 0.8
check anova-power       0 power --groups 3 --n 5 --between-var 2 --within-var 7 --sig-level 0.01
check json              0 power --delta 1 --power 0.8 --format json
check two-unknowns      2 power --delta 1
check none-unknown      2 power --n 20 --delta 1 --sd 1 --sig-level 0.05 --power 0.9
check sd-and-sig        2 power --n 20 --delta 1 --power 0.8
check negative-sd       2 power --delta 1 --sd -2 --power 0.8
check power-above-one   2 power --delta 1 --power 1.2
check prob-outside      2 power --p1 1.5 --p2 0.7 --power 0.8
check mixed-tests       2 power --p1 0.5 --p2 0.7 --delta 1 --power 0.8
check type-for-prop     2 power --p1 0.5 --p2 0.7 --power 0.8 --type paired
check bad-type          2 power --delta 1 --power 0.8 --type three-sample
check bad-alternative   2 power --delta 1 --power 0.8 --alternative less
check not-a-number      2 power --delta one --power 0.8
check operand           2 power --delta 1 --power 0.8 data.csv
check unreachable       1 power --n 10 --p1 0.5 --power 0.99999
check help              0 power --help
done_testing
