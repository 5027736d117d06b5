#!/bin/sh
# anova --friedman --block and --homogeneity fligner.
. tests/cli/lib.sh
check friedman          0 anova -y time -g method --friedman --block player "$DATA/roundingtimes.csv"
check friedman-table    0 anova -y breaks -g tension --friedman --block rep "$DATA/warpbreaks-a.csv" --format table
check unknown-block     2 anova -y breaks -g tension --friedman --block rep "$DATA/warpbreaks.csv"
check fligner           0 anova -y len -g dose --homogeneity fligner "$DATA/ToothGrowth.csv"
check fligner-missing   0 anova -y Ozone -g Month --homogeneity fligner "$DATA/airquality.csv"
check replicated        1 anova -y y -g g --friedman --block b "$DATA/friedman-replicated.csv"
check no-block          2 anova -y time -g method --friedman "$DATA/roundingtimes.csv"
check block-alone       2 anova -y time -g method --block player "$DATA/roundingtimes.csv"
check two-factors       2 anova -y breaks -g wool,tension --friedman --block rep "$DATA/warpbreaks-a.csv"
done_testing
