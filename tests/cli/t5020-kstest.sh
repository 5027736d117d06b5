#!/bin/sh
# kstest: one sample against a distribution, two samples, exact and asymptotic.
. tests/cli/lib.sh
check one-asymptotic    0 kstest -c eruptions --dist norm --mean 3.5 --sd 1.1 "$DATA/faithful.csv"
check one-exact         0 kstest -c precip --dist gamma --shape 6 --rate 0.17 --exact "$DATA/precip.csv"
check one-less          0 kstest -c length --dist exp --rate 0.0017 --alternative less "$DATA/rivers.csv"
check one-ties-warning  0 kstest -c mpg --dist norm --mean 20 --sd 6 "$DATA/mtcars.csv"
check one-quiet         0 kstest -q -c mpg --dist norm --mean 20 --sd 6 "$DATA/mtcars.csv"
check two-columns       0 kstest -c mpg,qsec "$DATA/mtcars.csv"
check two-by            0 kstest -c len -g supp "$DATA/ToothGrowth.csv" --format table
check two-greater       0 kstest -c len -g supp --alternative greater "$DATA/ToothGrowth.csv"
check two-asymptotic    0 kstest -c eruptions,waiting --asymptotic "$DATA/faithful.csv"
check two-large         0 kstest -c Ozone,Temp "$DATA/airquality.csv"
check by-three-groups   1 kstest -c Sepal.Length -g Species "$DATA/iris.csv"
check negative-sd       2 kstest -c mpg --dist norm --sd -2 "$DATA/mtcars.csv"
check unknown-dist      2 kstest -c mpg --dist frob "$DATA/mtcars.csv"
check param-no-dist     2 kstest -c mpg --mean 3 "$DATA/mtcars.csv"
check bad-alternative   2 kstest -c mpg,qsec --alternative both "$DATA/mtcars.csv"
check one-column        2 kstest -c mpg "$DATA/mtcars.csv"
check dist-two-columns  2 kstest -c mpg,qsec --dist norm "$DATA/mtcars.csv"
check text-column       1 kstest -c mpg,model "$DATA/mtcars.csv"
check no-values         1 kstest -c a --dist norm "$DATA/header-only.csv"
check help              0 kstest --help
done_testing
