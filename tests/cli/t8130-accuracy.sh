#!/bin/sh
# Hangs and lost digits (issue 25 sections 3 and 4, issue 15): beta and F
# quantiles with huge shapes finish (values from mpmath at 50 digits:
# qbeta(0.3, 1e6, 1e6) = 0.49981459640390092761, qf(0.3, 1e8, 1e8) =
# 0.99989512539689786923; R's qf is wrong there); kstest --exact above its
# size is asymptotic and says so; an exact two-sample p-value keeps its
# digits (iris setosa/versicolor: 1.9823306042836678e-29 counted in
# integers by scripts/gen-fixtures-secrest.py).
. tests/cli/lib.sh
to() { echo "timeout 60 \"\$SP\" $*"; }
check_sh beta-quantile 0 "$(to dist beta --shape1 1e6 --shape2 1e6 --quantile 0.3)"
check_sh beta-isf      0 "$(to dist beta --shape1 1e6 --shape2 1e6 --isf 0.3)"
check_sh beta-cdf      0 "$(to dist beta --shape1 1e6 --shape2 1e6 --cdf 0.4995)"
check_sh f-quantile    0 "$(to dist f --df1 1e8 --df2 1e8 --quantile 0.3)"
check_sh f-isf         0 "$(to dist f --df1 1e8 --df2 1e8 --isf 0.3)"
check_sh f-cdf         0 "$(to dist f --df1 1e8 --df2 1e8 --cdf 0.9999)"
check_sh ks-small-p 0 "head -101 '$DATA/iris.csv' | \"\$SP\" kstest \
    -c Petal.Length --by Species --exact -"
awk 'BEGIN { print "x,g"; for (i = 0; i < 30000; i++)
    printf "%d.%d,%s\n", (i * 7919) % 10007, i % 7, i % 2 ? "a" : "b" }' \
    >"$tmp/big.csv"
check_sh ks-too-large 0 "$(to kstest -c x --by g --exact "'$tmp/big.csv'")"
# counts past 2^32 (R: ppois(5e9, 5e9) = 0.50000376126389023, qgeom(0.5,
# 1e-12) = 693147180559, qnbinom(0.5, 3, 1e-10) = 26740603134); past 2^53
# an empty value and a warning, not a cap
check pois-cdf-big      0 dist pois --lambda 5e9 --cdf 5e9
check pois-quantile-big 0 dist pois --lambda 5e9 --quantile 0.5,0.99
check geom-quantile-big 0 dist geom --prob 1e-12 --quantile 0.5
check nbinom-quantile-big 0 dist nbinom --size 3 --prob 1e-10 --quantile 0.5
check geom-beyond-2-53  0 dist geom --prob 1e-18 --quantile 0.5
check nbinom-isf-big    0 dist nbinom --size 3 --prob 1e-10 --isf 0.5
done_testing
