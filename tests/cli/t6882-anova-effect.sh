#!/bin/sh
# anova --effect-ci: eta and omega squared with noncentral-F intervals as
# effectsize defines them (the numbers are checked against R in
# tests/unit/test_effect.c), and the options around them.
. tests/cli/lib.sh
check oneway         0 anova -y weight -g group --effect-ci "$DATA/PlantGrowth.csv"
check twoway-90      0 anova -y len -g supp,dose --effect-ci --alternative two.sided --conf-level 0.9 "$DATA/ToothGrowth.csv"
check less           0 anova -y breaks -g wool,tension --effect-ci --alternative less "$DATA/warpbreaks.csv"
check by             0 anova -y len -g dose --by supp --effect-ci --format table "$DATA/ToothGrowth.csv"
check constant       0 anova -y y -g g --effect-ci "$DATA/anova-constant.csv"
check with-tukey     2 anova -y weight -g group --effect-ci --tukey "$DATA/PlantGrowth.csv"
check alt-alone      2 anova -y weight -g group --alternative less "$DATA/PlantGrowth.csv"
check bad-alt        2 anova -y weight -g group --effect-ci --alternative sideways "$DATA/PlantGrowth.csv"
done_testing
