#!/bin/sh
# per-command mending for people: normtest --by with an empty group,
# corr --matrix without -c (every numeric column) and without a ties
# warning for a rank method.
. tests/cli/lib.sh
check_sh normtest-empty-group 0 'printf "g,x\na,1\na,2\na,3\na,5\nb,NA\nb,NA\nc,4\nc,5\nc,7\nc,9\n" | $SP normtest --by g -c x'
check corr-matrix-all       0 corr --matrix "$DATA/iris.csv"
check corr-matrix-spearman  0 corr --matrix --method spearman "$DATA/iris.csv"
check corr-no-cols          2 corr "$DATA/iris.csv"
done_testing
