#!/bin/sh
# factor(x) reads x as text: a column of cylinder counts with "rotary"
# among them is a factor of four levels, as R's lm() on the same CSV
# (scripts/gen-fixtures-strata.R); without factor() it stays an error.
. tests/cli/lib.sh

. tests/cli/learn/ref.sh
REF_PREFIX=strata

ref factor-text regress 'Price ~ factor(Cylinders)' testdata/rotary.csv
check as-number 1 regress 'Price ~ Cylinders' testdata/rotary.csv
check factor-anova 0 regress 'Price ~ factor(Cylinders)' --anova \
    testdata/rotary.csv
done_testing
