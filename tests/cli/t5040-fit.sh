#!/bin/sh
# fit: each family, the summary, the ranking, bad input.
. tests/cli/lib.sh
check norm              0 fit -c eruptions --dist norm "$DATA/faithful.csv"
check lnorm             0 fit -c length --dist lnorm "$DATA/rivers.csv"
check exp               0 fit -c length --dist exp "$DATA/rivers.csv"
check gamma             0 fit -c precip --dist gamma "$DATA/precip.csv"
check weibull           0 fit -c eruptions --dist weibull "$DATA/faithful.csv"
check beta              0 fit -c p --dist beta "$DATA/proportions.csv"
check pois              0 fit -c count --dist pois "$DATA/InsectSprays.csv"
check geom              0 fit -c breaks --dist geom "$DATA/warpbreaks.csv"
check nbinom            0 fit -c count --dist nbinom "$DATA/InsectSprays.csv"
check summary           0 fit -c eruptions --dist gamma --summary "$DATA/faithful.csv"
check summary-discrete  0 fit -c breaks --dist nbinom --summary "$DATA/warpbreaks.csv"
check all               0 fit -c eruptions --dist all "$DATA/faithful.csv" --format table
check all-proportions   0 fit -c p --dist all "$DATA/proportions.csv"
check all-discrete      0 fit -c breaks --dist all-discrete "$DATA/warpbreaks.csv"
check missing-values    0 fit -c Ozone --dist gamma "$DATA/airquality.csv"
check lnorm-negative    1 fit -c z --dist lnorm "$DATA/zscores.csv"
check pois-fraction     1 fit -c eruptions --dist pois "$DATA/faithful.csv"
check nbinom-underdispersed 1 fit -c cyl --dist nbinom "$DATA/mtcars.csv"
check too-few           1 fit -c x --dist norm "$DATA/one-value.csv"
check text-column       1 fit -c Species --dist norm "$DATA/iris.csv"
check unknown-dist      2 fit -c mpg --dist cauchy "$DATA/mtcars.csv"
check no-dist           2 fit -c mpg "$DATA/mtcars.csv"
check no-column         2 fit --dist norm "$DATA/mtcars.csv"
check two-columns       2 fit -c mpg,hp --dist norm "$DATA/mtcars.csv"
check all-summary       2 fit -c mpg --dist all --summary "$DATA/mtcars.csv"
check help              0 fit --help
done_testing
