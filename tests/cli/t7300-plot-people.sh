#!/bin/sh
# plot for people (issue 24): legends outside the plotting area, pairs
# --by split on the diagonal, heatmap labels white on dark cells, and
# NO_COLOR / TERM=dumb turning the text terminal's colours off.
. tests/cli/lib.sh

# the legend: right of the plot, centred; none when no series is named
check legend-by       0 plot line -x Day -y Ozone --by Month --script "$DATA/airquality.csv"
check legend-none     0 plot scatter -x speed -y dist --script "$DATA/cars.csv"
check legend-asked    0 plot scatter -x wt -y mpg --by cyl --legend top-left --script "$DATA/mtcars.csv"
check legend-facet    0 plot scatter -x wt -y mpg --by cyl --facet am --title Cars --script "$DATA/mtcars.csv"
check dumb-legend     0 plot scatter -x Sepal.Length -y Petal.Length --by Species "$DATA/iris.csv"

# pairs --by: a histogram per level over the column's shared breaks
check pairs-by        0 plot pairs -c Sepal.Length,Petal.Width --by Species --script "$DATA/iris.csv"
check pairs-by-nokey  0 plot pairs -c Sepal.Length,Petal.Width --by Species --legend off --script "$DATA/iris.csv"

# heatmap: each label's colour from its cell's (sequential and diverging)
check_sh heatmap-seq  0 '$SP groupby -k Hair,Eye count testdata/haireye.csv | $SP plot heatmap -x Hair -y Eye -c count --script'
check heatmap-div     0 plot heatmap --script "$DATA/mtcars-corr.csv"

# colours on a terminal (script(1) gives one), off by NO_COLOR or TERM=dumb
esc=$(printf '\033')
export esc
check_sh tty-colour   0 'env -u NO_COLOR TERM=xterm script -qec "$SP plot scatter -x speed -y dist testdata/cars.csv" /dev/null | grep -q "$esc\[" && echo colour || echo plain'
check_sh no-color     0 'NO_COLOR=1 TERM=xterm script -qec "$SP plot scatter -x speed -y dist testdata/cars.csv" /dev/null | grep -q "$esc\[" && echo colour || echo plain'
check_sh no-color-empty 0 'NO_COLOR= TERM=xterm script -qec "$SP plot scatter -x speed -y dist testdata/cars.csv" /dev/null | grep -q "$esc\[" && echo colour || echo plain'
check_sh term-dumb    0 'env -u NO_COLOR TERM=dumb script -qec "$SP plot scatter -x speed -y dist testdata/cars.csv" /dev/null | grep -q "$esc\[" && echo colour || echo plain'

done_testing
