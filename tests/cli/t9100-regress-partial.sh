#!/bin/sh
# regress --partial of linear models: mtcars, Longley (NIST StRD) and
# cars in parts, merged in any order, through a tree, as TSV sorted as
# Hadoop sorts, give the single process's coefficients, --summary and
# --anova to 12 significant digits (Longley, condition 1e8: 10, and
# NIST's certified values to 10); factor terms, --by and the views that
# need every row are refused; states of other models, weights, views or
# commands, truncated or broken, are one-line errors.
. tests/cli/lib.sh
. tests/cli/split3.sh
mt=$DATA/mtcars.csv lo=$DATA/nist/linreg/Longley.csv
export mt lo
split3 $mt $tmp/mt
split3 $lo $tmp/lo
# same WHOLE-ARGS -- MERGE-PIPE: the two outputs, which must be equal
cat >$tmp/same <<'SAME'
eval "\$SP $1" >$tmp/whole || exit 1
sh -c "$2" >$tmp/merged || exit 1
diff $tmp/whole $tmp/merged && cat $tmp/merged
SAME
check_sh coef 0 'sh $tmp/same "regress --digits 12 \"mpg ~ wt + hp + I(hp^2)\" $mt" "for i in 3 1 2; do \$SP regress --partial \"mpg ~ wt + hp + I(hp^2)\" $tmp/mt.\$i; done | \$SP merge --digits 12"'
check_sh weighted 0 'sh $tmp/same "regress --digits 12 --weights wt --conf-level 0.9 \"mpg ~ hp + qsec\" $mt" "for i in 1 2 3; do \$SP regress --partial --weights wt --conf-level 0.9 \"mpg ~ hp + qsec\" $tmp/mt.\$i; done | \$SP merge --digits 12"'
check_sh summary 0 'sh $tmp/same "regress --digits 12 --summary --weights carb \"mpg ~ wt + hp\" $mt" "for i in 2 3 1; do \$SP regress --summary --partial --weights carb \"mpg ~ wt + hp\" $tmp/mt.\$i; done | \$SP merge --digits 12"'
check_sh anova 0 'sh $tmp/same "regress --digits 12 --anova \"mpg ~ wt * hp + disp\" $mt" "for i in 1 2 3; do \$SP regress --anova --partial \"mpg ~ wt * hp + disp\" $tmp/mt.\$i; done | \$SP merge --digits 12"'
check_sh no-intercept 0 'sh $tmp/same "regress --digits 12 --summary \"mpg ~ 0 + wt + hp\" $mt" "for i in 1 2 3; do \$SP regress --summary --partial \"mpg ~ 0 + wt + hp\" $tmp/mt.\$i; done | \$SP merge --digits 12"'
check_sh longley 0 'sh $tmp/same "regress --digits 10 \"y ~ .\" $lo" "for i in 1 2 3; do \$SP regress --partial \"y ~ .\" $tmp/lo.\$i; done | \$SP merge --digits 10"'
# a tree of merges; TSV records sorted by key before their signatures
check_sh tree 0 '$SP regress --partial "mpg ~ wt + hp" $tmp/mt.1 >$tmp/s1; $SP regress --partial "mpg ~ wt + hp" $tmp/mt.2 | $SP merge --partial $tmp/s1 - >$tmp/s12; $SP regress --partial "mpg ~ wt + hp" $tmp/mt.3 | $SP merge --digits 12 - $tmp/s12'
check_sh hadoop-sorted 0 'for i in 1 2 3; do $SP regress --partial --format tsv "mpg ~ wt + hp" $tmp/mt.$i; done | LC_ALL=C sort -t "$(printf "\t")" -k1,1 | $SP merge --tsv --digits 12'
# an aliased column and a part with fewer rows than columns
check_sh aliased 0 'head -3 $mt >$tmp/few; for f in $tmp/few $tmp/mt.2 $tmp/mt.3; do $SP regress --partial "mpg ~ wt + I(2 * wt) + hp" $f; done | $SP merge --digits 12'
check_sh state 0 '$SP regress --partial "mpg ~ wt" $tmp/mt.1'
# refused
check factor 2 regress --partial 'mpg ~ wt + factor(cyl)' $mt
check text-column 2 regress --partial 'mpg ~ wt + model' $mt
check by 2 regress --partial --by am 'mpg ~ wt' $mt
check augment 2 regress --partial --augment 'mpg ~ wt' $mt
check cv 2 regress --partial --cv 5 'mpg ~ wt' $mt
# hostile merges
check_sh other-formula 1 '{ $SP regress --partial "mpg ~ wt" $tmp/mt.1; $SP regress --partial "mpg ~ hp" $tmp/mt.2; } | $SP merge'
check_sh other-weights 1 '{ $SP regress --partial "mpg ~ wt" $tmp/mt.1; $SP regress --partial --weights hp "mpg ~ wt" $tmp/mt.2; } | $SP merge'
check_sh other-view 1 '{ $SP regress --partial "mpg ~ wt" $tmp/mt.1; $SP regress --partial --summary "mpg ~ wt" $tmp/mt.2; } | $SP merge'
check_sh with-corr 1 '{ $SP regress --partial "mpg ~ wt" $tmp/mt.1; $SP corr --partial -c mpg,wt $tmp/mt.2; } | $SP merge'
check_sh truncated 1 '$SP regress --partial "mpg ~ wt" $tmp/mt.1 | sed "\$d" | $SP merge'
check_sh short-row 1 '$SP regress --partial "mpg ~ wt" $tmp/mt.1 | sed "2s/,r,\([^ ]*\) [^ ]* /,r,\1 /" | $SP merge'
check_sh not-numbers 1 '$SP regress --partial "mpg ~ wt" $tmp/mt.1 | sed "2s/,r,[^ ,]*/,r,x/" | $SP merge'
check_sh bad-count 1 '$SP regress --partial "mpg ~ wt" $tmp/mt.1 | sed "s/,n,[0-9]*,/,n,-3,/" | $SP merge'
check_sh bad-part 1 '$SP regress --partial "mpg ~ wt" $tmp/mt.1 | sed "s/,n,/,q,/" | $SP merge'
check_sh bad-signature 1 '$SP regress --partial "mpg ~ wt" $tmp/mt.1 | sed "s/;assign=0,1/;assign=0,7/" | $SP merge'
check_sh too-few-rows 1 'head -2 $mt | $SP regress --partial "mpg ~ wt + hp" | $SP merge'
done_testing
