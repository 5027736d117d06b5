#!/bin/sh
# pairwise: t (pooled, Welch, paired), Wilcoxon, proportions, Dunn, Games-Howell.
. tests/cli/lib.sh
check t-pooled          0 pairwise -y weight -g group "$DATA/PlantGrowth.csv"
check t-welch-bh        0 pairwise -y weight -g group --no-pool-sd --p-adjust BH "$DATA/PlantGrowth.csv"
check t-paired          0 pairwise -y len -g dose --paired "$DATA/ToothGrowth.csv"
check t-missing         0 pairwise -y Ozone -g Month "$DATA/airquality.csv" --digits 6
check wilcox-ties       0 pairwise -y count -g spray --test wilcox --levels A,B,C "$DATA/InsectSprays.csv"
check prop              0 pairwise -y am -g cyl --test prop --success 1 "$DATA/mtcars.csv"
check dunn              0 pairwise -y count -g spray --test dunn "$DATA/InsectSprays.csv" --digits 6
check games-howell      0 pairwise -y weight -g group --test games-howell "$DATA/PlantGrowth.csv"
check one-group         1 pairwise -y y -g g "$DATA/one-group.csv"
check paired-unequal    1 pairwise -y Ozone -g Month --paired "$DATA/airquality.csv"
check text-response     1 pairwise -y model -g cyl "$DATA/mtcars.csv"
check bad-test          2 pairwise -y weight -g group --test tukey "$DATA/PlantGrowth.csv"
check bad-adjust        2 pairwise -y weight -g group --p-adjust bh "$DATA/PlantGrowth.csv"
check prop-no-success   2 pairwise -y am -g cyl --test prop "$DATA/mtcars.csv"
check dunn-paired       2 pairwise -y len -g dose --test dunn --paired "$DATA/ToothGrowth.csv"
check no-group          2 pairwise -y weight "$DATA/PlantGrowth.csv"
done_testing
