#!/bin/sh
# corr: the three methods, the matrix, missing values, bad input.
. tests/cli/lib.sh
check pearson          0 corr -c mpg,wt,hp "$DATA/mtcars.csv"
check table            0 corr -c mpg,wt --format table "$DATA/mtcars.csv"
check spearman         0 corr --method spearman -c mpg,wt "$DATA/mtcars.csv"
check kendall          0 corr --method kendall -c mpg,wt "$DATA/mtcars.csv"
check kendall-ties     0 corr --method kendall -c Fertility,Agriculture "$DATA/swiss.csv"
check matrix           0 corr --matrix -c 2-5 "$DATA/mtcars.csv"
check pairwise         0 corr -c Ozone,Solar.R,Wind "$DATA/airquality.csv"
check complete         0 corr --complete -c Ozone,Solar.R,Wind "$DATA/airquality.csv"
check conf-level       0 corr --conf-level 0.99 -c speed,dist "$DATA/cars.csv"
check constant         0 corr -c y,x "$DATA/constant-y.csv"
check no-columns       2 corr "$DATA/mtcars.csv"
check one-column       2 corr -c mpg "$DATA/mtcars.csv"
check bad-method       2 corr --method frob -c mpg,wt "$DATA/mtcars.csv"
check unknown-column   2 corr -c mpg,nope "$DATA/mtcars.csv"
check text-column      1 corr -c mpg,model "$DATA/mtcars.csv"
done_testing
