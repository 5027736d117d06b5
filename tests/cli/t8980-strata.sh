#!/bin/sh
# --by strata on regress, corr and fit, --strata on kstest: each stratum as
# R computes it on the subset (scripts/gen-fixtures-strata.R, relative
# 1e-9), and the failures of one stratum.
. tests/cli/lib.sh

. tests/cli/learn/ref.sh
REF_PREFIX=strata
MT=testdata/mtcars.csv

ref lm regress 'mpg ~ wt + hp' --by cyl $MT
ref lm-factor regress 'mpg ~ wt + factor(gear)' --by am $MT
ref glm regress 'am ~ wt' --family binomial --by vs $MT
ref corr corr -c mpg,wt,hp --by am $MT
ref fit-norm fit -c mpg --dist norm --by cyl $MT
ref fit-exp fit -c mpg --dist exp --by cyl $MT
ref kstest kstest -c len -g supp --strata dose testdata/ToothGrowth.csv

# the keys sorted, several keys
check_sh sorted 0 '$SP corr -c mpg,wt --by am,vs --sort --digits 4 '$MT
# a stratum too small to fit: its keys, a warning naming it; the others fit
printf 'g,x,y\na,1,2\na,2,3\na,3,5\nb,1,1\n' >$tmp/small.csv
check_in small 0 $tmp/small.csv regress 'y ~ x' --by g
# a value that is not a number fails the command at its line
printf 'g,x,y\na,1,2\na,2,3\nb,1,oops\nb,2,3\n' >$tmp/bad.csv
check_in bad-value 1 $tmp/bad.csv corr -c x,y --by g
# --by with a view that has no strata
check augment 2 regress 'mpg ~ wt' --by cyl --augment $MT
check partial 2 corr -c mpg,wt --by am --partial $MT
done_testing
