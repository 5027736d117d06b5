#!/bin/sh
# Issue 22's last items against R (tests/ref/glm3-r.csv,
# scripts/gen-fixtures-glm3.R): the response column of a binomial glm's
# --summary names the level modelled as 1, as R's factor (or relevel(),
# --ref) orders the levels; ttest, ranktest and ztest -g supp --ref
# supp=VC as R's tests on relevel(supp, "VC"); regress --vif --vif-type
# predictor as car::vif(type = "predictor"); anova --ref as TukeyHSD and
# aov on relevel()ed factors; chisq --ref as fisher.test and chisq.test.
. tests/cli/lib.sh
R='env GLM2_REF=tests/ref/glm3-r.csv sh tests/cli/glm2-vs-r.sh'
T=$DATA/ToothGrowth.csv
check_sh tooth-binomial 0 "$R tooth_binomial summary --family binomial --summary 'supp ~ len' $T"
check_sh tooth-binomial-ref 0 "$R tooth_binomial_ref summary --family binomial --summary --ref supp=VC 'supp ~ len' $T"
check cbind-summary 0 regress --family binomial --summary 'cbind(ncases, ncontrols) ~ agegp' "$DATA/glm-esoph.csv"
check proportion-summary 0 regress --family binomial --weights total --summary 'prop ~ agegp' "$DATA/glm-esoph.csv"
H='env GLM2_REF=tests/ref/glm3-r.csv sh tests/cli/glm2-vs-r.sh'
for c in ttest ranktest; do
	check_sh $c-ref 0 "GLM2_CMD=$c $H tooth_${c}_ref $c -c len -g supp --ref supp=VC $T"
done
check_sh ztest-ref 0 "GLM2_CMD=ztest $H tooth_ztest_ref ztest --sigma 5 -c len -g supp --ref supp=VC $T"
check ttest-ref-same 0 ttest -c len -g supp --ref supp=OJ "$T"
check ttest-ref-bad 2 ttest -c len -g supp --ref supp=XX "$T"
check ttest-ref-col 2 ttest -c len -g supp --ref dose=OJ "$T"
check ttest-ref-levels 2 ttest -c len -g supp --ref supp=OJ --levels OJ,VC "$T"
check ttest-ref-nog 2 ttest -c len --ref supp=OJ "$T"
check ttest-ref-partial 2 ttest --partial -c len -g supp --ref supp=OJ "$T"
M=$DATA/mtcars.csv
check_sh vif-pred 0 "$R mt_pred vif --vif --vif-type predictor 'mpg ~ wt * hp + hp * qsec + drat' $M"
check_sh vif-pred2 0 "$R mt_pred2 vif --vif --vif-type predictor 'mpg ~ wt * hp + qsec' $M"
check_sh vif-pred-factor 0 "$R pr_pred vif --vif --vif-type predictor 'prestige ~ income * type + education' $DATA/Prestige.csv"
check vif-pred-table 0 regress --vif --vif-type predictor 'mpg ~ wt * hp + hp * qsec + drat' "$M"
check vif-type-terms 0 regress --vif --vif-type terms 'mpg ~ wt * hp + qsec' "$M"
check vif-type-bad 2 regress --vif --vif-type x 'mpg ~ wt + hp' "$M"
check vif-type-novif 2 regress --vif-type predictor 'mpg ~ wt + hp' "$M"
check vif-pred-nomain 2 regress --vif --vif-type predictor 'mpg ~ wt + wt:hp' "$M"
check_sh anova-tukey-ref 0 "GLM2_CMD=anova $H tooth_tukey_ref row_tukey --tukey -y len -g dose --ref dose=1 $T"
check_sh anova-ref 0 "GLM2_CMD=anova $H tooth_anova2_ref anova -y len -g supp,dose --ref dose=2,supp=VC $T"
check anova-ref-col 2 anova -y len -g dose --ref dos=1 "$T"
check anova-ref-level 2 anova -y len -g dose --ref dose=3 "$T"
check_sh chisq-fisher-ref 0 "GLM2_CMD=chisq $H mt_fisher_ref chisq --fisher -c am,vs --ref am=1 $M"
check_sh chisq-cells-ref 0 "GLM2_CMD=chisq $H mt_cells_ref row_cells --cells -c cyl,gear --ref cyl=8,gear=5 $M"
check chisq-ref-col 2 chisq -c am,vs --ref cyl=8 "$M"
check chisq-ref-level 2 chisq -c am,vs --ref vs=2 "$M"
check chisq-ref-partial 2 chisq --partial -c am,vs --ref vs=1 "$M"
done_testing
