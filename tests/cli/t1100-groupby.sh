#!/bin/sh
# groupby: keys, operations, order, formats and bad input.
. tests/cli/lib.sh
check cyl-gear        0 groupby -k cyl,gear mean:mpg,hp count "$DATA/mtcars.csv"
check sorted          0 groupby -k cyl,gear --sort mean:mpg,hp count "$DATA/mtcars.csv"
check every-op        0 groupby -k Species count:Sepal.Length missing:Sepal.Length mean:Sepal.Length sd:Sepal.Length var:Sepal.Length se:Sepal.Length min:Sepal.Length q1:Sepal.Length median:Sepal.Length q3:Sepal.Length max:Sepal.Length range:Sepal.Length iqr:Sepal.Length sum:Sepal.Length skewness:Sepal.Length kurtosis:Sepal.Length mode:Sepal.Length unique:Sepal.Length cv:Sepal.Length mad:Sepal.Length p10:Sepal.Length first:Sepal.Length last:Sepal.Length "$DATA/iris.csv"
check missing-values  0 groupby -k Month mean:Ozone,Solar.R count:Ozone missing:Ozone count "$DATA/airquality.csv"
check missing-key     0 groupby -k x count "$DATA/na.csv"
check text-ops        0 groupby -k supp first:dose last:dose mode:dose unique:len "$DATA/ToothGrowth.csv"
check no-keys         0 groupby mean:mpg count "$DATA/mtcars.csv"
check table           0 groupby -k supp,dose --format table mean:len sd:len "$DATA/ToothGrowth.csv"
check_sh pipeline     0 '$SP groupby -k cyl mean:mpg testdata/mtcars.csv | $SP describe -c mpg_mean -s count,min,max'
check text-mean       1 groupby -k cyl mean:model "$DATA/mtcars.csv"
check unknown-key     2 groupby -k nope count "$DATA/mtcars.csv"
check unknown-col     2 groupby -k cyl mean:nope "$DATA/mtcars.csv"
check no-op           2 groupby -k cyl "$DATA/mtcars.csv"
done_testing
