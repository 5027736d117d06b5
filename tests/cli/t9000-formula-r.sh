#!/bin/sh
# The formula language of regress against R (issue 22): orthogonal
# poly() and poly(raw = TRUE), --ref (R's relevel()), scale(),
# log(x, base), comparisons in I(), nesting a/b and b %in% a, the
# splines bs() and ns() (knots kept for predict), in every
# view glm-vs-r.sh compares
# (coefficients, summary, augment, anova, predict from --save-model on
# rows of the data, which uses the stored alpha and norm2 as R's
# predict.poly), to 1e-9 relative (tests/ref/formula2-r.csv,
# scripts/gen-fixtures-formula2.R).
. tests/cli/lib.sh
R='env REF=tests/ref/formula2-r.csv sh tests/cli/glm-vs-r.sh'
G='--family gaussian --link identity'
M=$DATA/mtcars.csv
check_sh poly-cars 0 "$R poly_cars $G 'dist ~ poly(speed, 2)' $DATA/cars.csv"
check_sh poly-mt 0 "$R poly_mt $G 'mpg ~ poly(wt, 3) + factor(cyl)' $M"
check_sh poly-mt-raw 0 "$R poly_mt_raw $G 'mpg ~ poly(hp, 2, raw = TRUE) + poly(wt, 2)' $M"
# lm's own path: the coefficients as R's lm(dist ~ poly(speed, 2))
check poly-lm 0 regress 'dist ~ poly(speed, 2)' "$DATA/cars.csv"
# a saved model predicts new data by the recurrence (R: 25.9868, 10.2112)
check_sh poly-predict 0 '$SP regress --save-model $tmp/m.json "mpg ~ poly(wt, 3)" testdata/mtcars.csv >/dev/null && printf "wt\n1.2\n6.1\n" | $SP predict --model $tmp/m.json --digits 6'
# a model file without the coefficients (poly() was raw before 0.2.1)
check_sh poly-old-model 1 '$SP regress --save-model $tmp/m.json "mpg ~ poly(wt, 2)" testdata/mtcars.csv >/dev/null && sed "/\"coding\"/,/^  },\$/d" $tmp/m.json >$tmp/o.json && printf "wt\n2\n" | $SP predict --model $tmp/o.json 2>$tmp/e; rc=$?; sed "s|$tmp/||" $tmp/e >&2; exit $rc'
W=$DATA/warpbreaks.csv
check_sh ref-warp 0 "$R ref_warp $G --ref tension=M,wool=B 'breaks ~ wool * tension' $W"
check_sh ref-cyl 0 "$R ref_cyl $G --ref cyl=8 'mpg ~ wt + factor(cyl)' $M"
check_sh ref-binomial 0 "$R ref_binomial --family binomial --ref wool=B,tension=H 'wool ~ breaks + tension' $W"
check_sh fx-mt 0 "$R fx_mt $G 'mpg ~ scale(wt) + log(hp, 2) + log(disp, base = 10) + I(qsec > 18) + I(cyl == 6):wt' $M"
check_sh fx-poisson 0 "$R fx_poisson --family poisson 'carb ~ scale(hp) + I(wt > 3) + log(disp, 2)' $M"
check_sh nest-warp 0 "$R nest_warp $G 'breaks ~ wool/tension' $W"
check_sh nest-in 0 "$R nest_in $G 'mpg ~ hp + factor(cyl) %in% factor(am)' $M"
check_sh nest-mt 0 "$R nest_mt $G 'mpg ~ factor(am)/(wt + hp)' $M"
check_sh spline-ns 0 "$R spline_ns $G 'mpg ~ ns(hp, 3) + wt' $M"
check_sh spline-bs 0 "$R spline_bs $G 'mpg ~ bs(hp, df = 5) + bs(wt, 3, degree = 2)' $M"
check_sh spline-cars 0 "$R spline_cars $G 'dist ~ ns(speed, df = 4)' $DATA/cars.csv"
# new data within the boundary knots (R: predict(lm(mpg ~ ns(hp, 3)),
# data.frame(hp = c(60, 200, 330))) is 29.7288, 14.9238, 14.7522), and
# outside them an error (R extrapolates; statpipe does not)
check_sh spline-predict 0 '$SP regress --save-model $tmp/m.json "mpg ~ ns(hp, 3)" testdata/mtcars.csv >/dev/null && printf "hp\n60\n200\n330\n" | $SP predict --model $tmp/m.json --digits 6'
check_sh spline-outside 1 '$SP regress --save-model $tmp/m.json "mpg ~ bs(hp, 4)" testdata/mtcars.csv >/dev/null && printf "hp\n60\n400\n" | $SP predict --model $tmp/m.json'
check spline-df 2 regress 'mpg ~ bs(hp, 2)' "$M"
check spline-degree-pos 2 regress 'mpg ~ bs(hp, 4, 2)' "$M"
# lm's path with --ref, and scale() of new data by the fit's mean and sd
# (R: predict(lm(mpg ~ scale(wt)), data.frame(wt = c(1.5, 5))) is
# 29.2684, 10.5628)
check ref-lm 0 regress --ref tension=M 'breaks ~ wool + tension' "$W"
check_sh scale-predict 0 '$SP regress --save-model $tmp/m.json "mpg ~ scale(wt)" testdata/mtcars.csv >/dev/null && printf "wt\n1.5\n5\n" | $SP predict --model $tmp/m.json --digits 6'
check ref-no-level 2 regress --ref tension=X 'breaks ~ wool + tension' "$W"
check ref-not-factor 2 regress --ref breaks=3 'breaks ~ wool + tension' "$W"
check ref-malformed 2 regress --ref tension 'breaks ~ wool' "$W"
check scale-nested 2 regress 'mpg ~ I(scale(wt) * 2)' "$M"
check poly-degree 1 regress 'mpg ~ poly(cyl, 3)' "$M"
check poly-raw-bad 2 regress 'mpg ~ poly(wt, 2, raw = 1)' "$M"
check poly-third 2 regress 'mpg ~ poly(wt, 2, TRUE)' "$M"
check poly-named 2 regress 'mpg ~ poly(wt, 2, degree = 1)' "$M"
done_testing
