#!/bin/sh
# Issue 22's last items against R (tests/ref/glm3-r.csv,
# scripts/gen-fixtures-glm3.R): the response column of a binomial glm's
# --summary names the level modelled as 1, as R's factor (or relevel(),
# --ref) orders the levels.
. tests/cli/lib.sh
R='env GLM2_REF=tests/ref/glm3-r.csv sh tests/cli/glm2-vs-r.sh'
T=$DATA/ToothGrowth.csv
check_sh tooth-binomial 0 "$R tooth_binomial summary --family binomial --summary 'supp ~ len' $T"
check_sh tooth-binomial-ref 0 "$R tooth_binomial_ref summary --family binomial --summary --ref supp=VC 'supp ~ len' $T"
check cbind-summary 0 regress --family binomial --summary 'cbind(ncases, ncontrols) ~ agegp' "$DATA/glm-esoph.csv"
check proportion-summary 0 regress --family binomial --weights total --summary 'prop ~ agegp' "$DATA/glm-esoph.csv"
done_testing
