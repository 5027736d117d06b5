#!/bin/sh
# padjust: R's p.adjust on a column, every other cell passed through.
. tests/cli/lib.sh
check holm              0 padjust -c p "$DATA/pvalues.csv"
check hommel            0 padjust -c p --method hommel "$DATA/pvalues.csv"
check fdr               0 padjust -c 2 --method fdr "$DATA/pvalues.csv"
check by                0 padjust -c p --method BY "$DATA/pvalues.csv" --format table
check out-of-range      1 padjust -c p "$DATA/pvalues-bad.csv"
check not-a-number      1 padjust -c test "$DATA/pvalues.csv"
check bad-method        2 padjust -c p --method bh "$DATA/pvalues.csv"
check two-columns       2 padjust -c test,p "$DATA/pvalues.csv"
check no-column         2 padjust "$DATA/pvalues.csv"
check header-only       0 padjust -c a "$DATA/header-only.csv"
done_testing
