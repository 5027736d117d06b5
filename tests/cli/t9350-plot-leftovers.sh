#!/bin/sh
# plot, issue 24's leftovers and issue 22's --fit nls: densities on the
# pairs diagonal (each level's density() is test_plotstat.c's, vs R), loess
# interpolated over R's k-d tree with its band (test_smooth.c, vs R's
# predict(se = TRUE)), strip's jitter from --seed, --hue on point and lm,
# the nls curve (its estimates are nls's: dist ~ a * speed^b on cars,
# a = 0.5896734, b = 1.5492910; R's nls started there stays and predicts
# 86.382826 at speed 25, the curve's last point; R from a = 1, b = 1 stops
# earlier, at its 1e-5 tolerance, with 86.38275) and its delta-method band
# (R: g = (x^b, a x^b log x), se = sqrt(g' vcov(m) g), fit -+ qt(.975, 48)
# se: 74.66378, 98.10187 at 25; R's vcov rests on numericDeriv's forward
# differences, statpipe's gradient is exact: they agree to 3e-8).
. tests/cli/lib.sh

check pairs-density      0 plot pairs -c Sepal.Length,Sepal.Width --by Species --diag density --script "$DATA/iris.csv"
check pairs-density-one  0 plot pairs -c mpg,wt --diag density --script "$DATA/mtcars.csv"
check pairs-hist         0 plot pairs -c mpg,wt --diag hist --script "$DATA/mtcars.csv"
check_sh pairs-density-lone 0 'printf "x,y,g\n1,2,a\n2,3,a\n3,1,a\n4,4,b\n" | $SP plot pairs -c x,y --by g --diag density --script | grep -c "^[-0-9]"'
check_sh pairs-density-none 1 'printf "x,y,g\n1,2,a\n2,3,b\n" | $SP plot pairs -c x,y --by g --diag density --script'
check diag-bad           2 plot pairs -c mpg,wt --diag violin "$DATA/mtcars.csv"
check diag-not-pairs     2 plot scatter -x wt -y mpg --diag density "$DATA/mtcars.csv"
check diag-hist-not-pairs 2 plot scatter -x wt -y mpg --diag hist "$DATA/mtcars.csv"

check loess-band         0 plot scatter -x speed -y dist --fit loess --script "$DATA/cars.csv"
check loess-band-90      0 plot scatter -x speed -y dist --fit loess --conf-level 0.9 --script "$DATA/cars.csv"
check loess-by           0 plot scatter -x wt -y mpg --fit loess --by am --script "$DATA/mtcars.csv"
check loess-dumb         0 plot scatter -x speed -y dist --fit loess --size 70x20 "$DATA/cars.csv"
check conf-level-bad     2 plot scatter -x speed -y dist --fit loess --conf-level 1.5 "$DATA/cars.csv"

check strip-seed         0 plot strip -y weight --by group --seed 7 --script "$DATA/PlantGrowth.csv"
check_sh strip-seed-same 0 'a=$($SP plot strip -y weight --by group --seed 7 --script testdata/PlantGrowth.csv | md5sum); b=$($SP plot strip -y weight --by group --seed 7 --script testdata/PlantGrowth.csv | md5sum); c=$($SP plot strip -y weight --by group --seed 8 --script testdata/PlantGrowth.csv | md5sum); [ "$a" = "$b" ] && [ "$a" != "$c" ] && echo same-seed-same-jitter'
check strip-seed-bad     2 plot strip -y weight --by group --seed -1 "$DATA/PlantGrowth.csv"

check point-hue          0 plot point -y len --by dose --hue supp --script "$DATA/ToothGrowth.csv"
check point-hue-no-by    0 plot point -y len --hue supp --script "$DATA/ToothGrowth.csv"
check point-hue-dumb     0 plot point -y len --by dose --hue supp --size 70x20 "$DATA/ToothGrowth.csv"
check lm-hue             0 plot lm -x wt -y mpg --by am --hue vs --script "$DATA/mtcars.csv"
check lm-hue-only        0 plot lm -x wt -y mpg --hue am --script "$DATA/mtcars.csv"
check hue-not-here       2 plot scatter -x wt -y mpg --hue am "$DATA/mtcars.csv"
check hue-two-y          2 plot point -y len,dose --hue supp "$DATA/ToothGrowth.csv"
check hue-no-column      2 plot point -y len --hue nope "$DATA/ToothGrowth.csv"

check nls                0 plot scatter -x speed -y dist --fit nls 'dist ~ a * speed^b' --start a=1,b=1 --script "$DATA/cars.csv"
check_sh nls-last-point  0 '$SP plot scatter -x speed -y dist --fit nls "dist ~ a * speed^b" --start a=1,b=1 --script testdata/cars.csv | sed -n "/^\$fit/,/^EOD/p" | tail -2 | head -1 | awk "{ printf \"%.8g %.8g %.7g %.7g\n\", \$1, \$2, \$3, \$4 }"'
check nls-by             0 plot scatter -x wt -y mpg --by am --fit nls 'mpg ~ a * exp(b * wt)' --start a=40,b=-0.3 --script "$DATA/mtcars.csv"
check nls-lm             0 plot lm -x wt -y mpg --fit nls 'mpg ~ a * exp(b * wt)' --start a=40,b=-0.3 --size 70x20 "$DATA/mtcars.csv"
check nls-no-start       2 plot scatter -x speed -y dist --fit nls 'dist ~ a * speed^b' "$DATA/cars.csv"
check nls-start-alone    2 plot scatter -x speed -y dist --fit loess --start a=1 "$DATA/cars.csv"
check nls-bad-response   2 plot scatter -x speed -y dist --fit nls 'log(dist) ~ a * speed^b' --start a=1,b=1 "$DATA/cars.csv"
check nls-other-column   2 plot scatter -x wt -y mpg --fit nls 'mpg ~ a * wt + b * hp' --start a=1,b=1 "$DATA/mtcars.csv"
check nls-bad-start      2 plot scatter -x speed -y dist --fit nls 'dist ~ a * speed^b' --start a=x "$DATA/cars.csv"
check nls-fails          1 plot scatter -x speed -y dist --fit nls 'dist ~ a * exp(b * speed)' --start a=1,b=100 "$DATA/cars.csv"

done_testing
