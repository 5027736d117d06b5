#!/bin/sh
# bin: R's cut() labels on mtcars (expected from R:
# scripts/gen-fixtures-wrangle.R), widths, labels, values outside.
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check bins            0 bin -c mpg --bins 3 "$M"
check quantiles       0 bin -c mpg --quantiles 4 "$M"
check breaks-left     0 bin -c mpg --breaks 10,15,20,25,35 --left "$M"
check include-lowest  0 bin -c mpg --breaks 10.4,20,33.9 --include-lowest "$M"
check width-missing   0 bin -c Ozone --width 50 --as ozone50 "$DATA/airquality.csv"
check labels          0 bin -c mpg --breaks 0,20,40 --labels low,high "$M"
check outside         0 bin -c mpg --breaks 15,20 "$M"
check text            1 bin -c model --bins 2 "$M"
check few-labels      2 bin -c mpg --breaks 0,20,40 --labels low "$M"
check bad-breaks      2 bin -c mpg --breaks 1,1 "$M"
check two-ways        2 bin -c mpg --bins 2 --width 3 "$M"
done_testing
