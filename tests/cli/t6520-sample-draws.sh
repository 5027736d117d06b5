#!/bin/sh
# sample --replace and --weight: the same rows for the same seed on any
# thread count, strata, --frac rounding, bad weights.  (The laws are
# checked by tests/unit/test_sample.c against R's sample(prob =).)
. tests/cli/lib.sh
I=$DATA/iris.csv
check replace         0 sample -n 6 --replace --seed 5 "$I"
check weight          0 sample -n 4 --weight Petal.Width --seed 5 "$I"
check weight-replace  0 sample -n 4 --weight Petal.Width --replace "$I"
check strata          0 sample -n 2 --replace --strata Species "$I"
check frac-replace    0 sample --frac 0.05 --replace --seed 3 "$I"
check_sh threads      0 'a=$($SP sample -n 9 --weight Sepal.Length --threads 1 testdata/iris.csv); b=$($SP sample -n 9 --weight Sepal.Length --threads 4 testdata/iris.csv); [ "$a" = "$b" ] && echo same'
check_sh more-than-all 0 '$SP sample -n 500 --replace testdata/iris.csv | $SP freq -c Species'
check zero-weights    0 sample -n 3 --weight x "$DATA/fill.csv"
check text-weight     1 sample -n 2 --weight Species "$I"
check_sh weights-zero 1 'printf "a,w\n1,0\n2,NA\n" | $SP sample -n 2 --replace --weight w'
check frac-over-1     2 sample --frac 2 "$I"
check two-weights     2 sample -n 2 --weight Sepal.Length,Sepal.Width "$I"
done_testing
