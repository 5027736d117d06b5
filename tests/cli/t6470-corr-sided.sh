#!/bin/sh
# corr --alternative: one-sided tests as cor.test.
. tests/cli/lib.sh
check pearson-less      0 corr -c mpg,wt --alternative less "$DATA/mtcars.csv"
check spearman-greater  0 corr -c qsec,drat --method spearman --alternative greater "$DATA/mtcars.csv"
check kendall-r-name    0 corr -c Ozone,Temp --method kendall --alternative greater "$DATA/airquality.csv"
check two-dot-sided     0 corr -c mpg,wt --alternative two.sided "$DATA/mtcars.csv"
check matrix            2 corr -c mpg,wt --matrix --alternative less "$DATA/mtcars.csv"
check bad               2 corr -c mpg,wt --alternative lower "$DATA/mtcars.csv"
done_testing
