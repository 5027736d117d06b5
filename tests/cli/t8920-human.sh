#!/bin/sh
# output for people: 7 digits, whole numbers whole, <2.2e-16, xtab,
# display widths of wide and combining characters, markdown's escaped |.
. tests/cli/lib.sh
check xtab-ttest      0 ttest -c len --by supp "$DATA/ToothGrowth.csv" --format xtab
check xtab-rows       0 groupby -k cyl --sort mean:mpg count "$DATA/mtcars.csv" --format xtab
check table-7-digits  0 anova -y len -g supp,dose "$DATA/ToothGrowth.csv" --format table
check table-digits-3  0 anova -y len -g supp,dose "$DATA/ToothGrowth.csv" --format table --digits 3
check csv-full        0 anova -y len -g supp,dose "$DATA/ToothGrowth.csv"
check count-whole     0 groupby -k Species count "$DATA/iris.csv" --digits 2
check_sh wide-chars   0 'printf "name,x\n漢字,1\ne\314\201,2\na|b,3\nlong name,4\n" | $SP groupby -k name count --format table'
check_sh markdown-bar 0 'printf "name,x\n漢字,1\na|b,3\n" | $SP groupby -k name count --format markdown'
check bad-format      2 describe --format xml "$DATA/cars.csv"
done_testing
