#!/bin/sh
# regress --family/--link: the tables of a glm, offsets, saved models and
# predict --type, and bad input (t6760 checks the numbers against R).
. tests/cli/lib.sh
G=$DATA/glm-gen.csv
C=$DATA/glm-clotting.csv
check poisson          0 regress --family poisson 'breaks ~ wool + tension' "$DATA/warpbreaks.csv"
check quasi-summary    0 regress --family quasipoisson --summary 'breaks ~ wool + tension' "$DATA/warpbreaks.csv"
check anova            0 regress --family poisson --anova 'breaks ~ wool * tension' "$DATA/warpbreaks.csv"
check gamma-augment    0 regress --family Gamma --augment 'lot1 ~ log(u)' "$C"
check offset-summary   0 regress --family poisson --summary 'count ~ x + offset(log(t))' "$G"
check gaussian-offset  0 regress 'norm ~ x + offset(x)' "$G"
check proportion-warn  0 regress --family binomial 'prop ~ agegp' "$DATA/glm-esoph.csv"
check_sh model-link    0 'f=$(mktemp); $SP regress --family Gamma --link log --save-model $f "lot1 ~ log(u)" testdata/glm-clotting.csv >/dev/null && grep -E "\"(family|link)\"" $f; rm -f $f'
check_sh predict-link  0 'f=$(mktemp); $SP regress --family poisson --save-model $f "count ~ x + offset(log(t))" testdata/glm-gen.csv >/dev/null && $SP head -n 3 testdata/glm-gen.csv | $SP predict --model $f --type link --interval confidence; rm -f $f'
check_sh predict-response 0 'f=$(mktemp); $SP regress --family poisson --save-model $f "count ~ x + offset(log(t))" testdata/glm-gen.csv >/dev/null && $SP head -n 3 testdata/glm-gen.csv | $SP predict --model $f --interval confidence; rm -f $f'
check_sh predict-no-offset 2 'f=$(mktemp); $SP regress --family poisson --save-model $f "count ~ x + offset(log(t))" testdata/glm-gen.csv >/dev/null && $SP head -n 3 testdata/glm-gen.csv | $SP select -c x,count | $SP predict --model $f; s=$?; rm -f $f; exit $s'
check_sh prediction-interval 2 'f=$(mktemp); $SP regress --family poisson --save-model $f "count ~ x" testdata/glm-gen.csv >/dev/null && $SP predict --model $f --interval prediction testdata/glm-gen.csv; s=$?; rm -f $f; exit $s'
check_sh link-on-tree  2 'f=$(mktemp); $SP tree --save-model $f "Species ~ ." testdata/iris.csv >/dev/null && $SP predict --model $f --type link testdata/iris.csv; s=$?; rm -f $f; exit $s'
check negative-count   1 regress --family poisson 'I(mpg - 20) ~ wt' "$DATA/mtcars.csv"
check gamma-zero       1 regress --family Gamma 'I(am * 1) ~ wt' "$DATA/mtcars.csv"
check proportion-big   1 regress --family quasibinomial 'mpg ~ wt' "$DATA/mtcars.csv"
check bad-link         2 regress --family poisson --link logit 'breaks ~ wool' "$DATA/warpbreaks.csv"
check unknown-link     2 regress --link frob 'mpg ~ wt' "$DATA/mtcars.csv"
check offset-interaction 2 regress --family poisson 'count ~ x:offset(t)' "$G"
check cv-poisson       2 regress --family poisson --cv 5 'count ~ x' "$G"
done_testing
