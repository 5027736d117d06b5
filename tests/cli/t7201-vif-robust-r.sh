#!/bin/sh
# regress --vif, --robust and --influence against R (tests/ref/glm2-r.csv,
# scripts/gen-fixtures-glm2.R): car::vif (GVIF of factor terms), and
# sandwich::vcovHC HC0-HC3 through lmtest's coeftest and coefci, and
# influence.measures (--influence), car::Anova type II and III (--anova
# --ss), step by AIC (--step), for lm
# (weighted, zero weights) and glm (poisson, quasipoisson, binomial
# proportions and cbind, Gamma, offsets).
. tests/cli/lib.sh
R='sh tests/cli/glm2-vs-r.sh'
M=$DATA/mtcars.csv
P=$DATA/Prestige.csv
W=$DATA/warpbreaks.csv
E=$DATA/glm-esoph.csv
G=$DATA/glm-gen.csv
hc() {	# hc NAME TYPES ARGS...: one check per type
	hc_case=$1 hc_types=$2
	shift 2
	for ty in $hc_types; do
		check_sh "$hc_case-$ty" 0 "$R $hc_case $ty --robust $ty $*"
	done
}
check_sh mt_lm-vif 0 "$R mt_lm vif --vif 'mpg ~ wt + hp + factor(cyl)' $M"
hc mt_lm "HC0 HC1 HC2 HC3" "'mpg ~ wt + hp + factor(cyl)' $M"
check_sh pr_lm-vif 0 "$R pr_lm vif -q --vif 'income ~ education + women + prestige + type' $P"
hc pr_lm "HC0 HC1 HC2 HC3" "-q 'income ~ education + women + prestige + type' $P"
check_sh mt_w-vif 0 "$R mt_w vif --vif --weights gear 'mpg ~ wt + qsec' $M"
hc mt_w "HC0 HC1 HC2 HC3" "--weights gear 'mpg ~ wt + qsec' $M"
hc gd_w0 "HC0 HC1 HC2 HC3" "--weights w0 'norm ~ x + g' $G"
check_sh wb_pois-vif 0 "$R wb_pois vif --vif --family poisson 'breaks ~ wool + tension' $W"
hc wb_pois "HC0 HC1 HC2 HC3" "--family poisson 'breaks ~ wool + tension' $W"
check_sh wb_quasi-vif 0 "$R wb_quasi vif --vif --family quasipoisson 'breaks ~ wool * tension' $W"
hc wb_quasi "HC1" "--family quasipoisson 'breaks ~ wool * tension' $W"
check_sh es_logit-vif 0 "$R es_logit vif --vif --family binomial --weights total 'prop ~ agegp + alcgp' $E"
hc es_logit "HC0 HC1 HC2 HC3" "--family binomial --weights total 'prop ~ agegp + alcgp' $E"
hc es_cbind "HC0 HC3" "--family binomial 'cbind(ncases, ncontrols) ~ agegp + alcgp' $E"
check_sh gd_gamma-vif 0 "$R gd_gamma vif --vif --family Gamma --link log 'gam ~ x + g' $G"
hc gd_gamma "HC0 HC1 HC2 HC3" "--family Gamma --link log 'gam ~ x + g' $G"
check_sh gd_pois_w0-vif 0 "$R gd_pois_w0 vif --vif --family poisson --weights w0 'count ~ x + g + offset(log(t))' $G"
hc gd_pois_w0 "HC1 HC3" "--family poisson --weights w0 'count ~ x + g + offset(log(t))' $G"
infl() {	# infl CASE ARGS...
	infl_case=$1
	shift
	check_sh "$infl_case-influence" 0 "$R $infl_case influence -q --influence $*"
}
infl mt_lm "'mpg ~ wt + hp + factor(cyl)' $M"
infl mt_w "--weights gear 'mpg ~ wt + qsec' $M"
infl gd_w0 "--weights w0 'norm ~ x + g' $G"
infl wb_pois "--family poisson 'breaks ~ wool + tension' $W"
infl wb_quasi "--family quasipoisson 'breaks ~ wool * tension' $W"
infl es_logit "--family binomial --weights total 'prop ~ agegp + alcgp' $E"
infl es_cbind "--family binomial 'cbind(ncases, ncontrols) ~ agegp + alcgp' $E"
infl gd_gamma "--family Gamma --link log 'gam ~ x + g' $G"
infl gd_pois_w0 "--family poisson --weights w0 'count ~ x + g + offset(log(t))' $G"
infl carb_lev1 "'mpg ~ wt + factor(carb)' $M"
ss() {	# ss CASE ARGS...: --anova --ss 2 and 3
	ss_case=$1
	shift
	for k in 2 3; do
		check_sh "$ss_case-ss$k" 0 "$R $ss_case ss$k -q --anova --ss $k $*"
	done
}
ss mt_int "'mpg ~ wt * hp + factor(cyl)' $M"
ss pr_lm "'income ~ education + women + prestige + type' $P"
ss mt_w "--weights gear 'mpg ~ wt + qsec' $M"
ss wb_int "--family poisson 'breaks ~ wool * tension' $W"
ss wb_quasi "--family quasipoisson 'breaks ~ wool * tension' $W"
ss es_logit "--family binomial --weights total 'prop ~ agegp + alcgp' $E"
check_sh es_cbind-ss2 0 "$R es_cbind ss2 --anova --ss 2 --family binomial 'cbind(ncases, ncontrols) ~ agegp + alcgp' $E"
ss gd_gamma "--family Gamma --link log 'gam ~ x + g' $G"
ss gd_pois_w0 "--family poisson --weights w0 'count ~ x + g + offset(log(t))' $G"
check_sh mt_big-step 0 "$R mt_big step_backward --step 'mpg ~ wt + hp + qsec + drat + factor(cyl)' $M"
check_sh mt_int-step 0 "$R mt_int step_backward --step 'mpg ~ wt * hp + qsec + drat' $M"
check_sh mt_int-step-both 0 "$R mt_int step_both --step --direction both 'mpg ~ wt * hp + qsec + drat' $M"
check_sh gd_pois-step 0 "$R gd_pois step_backward --step --family poisson 'count ~ x * g + t' $G"
check_sh gd_pois-step-both 0 "$R gd_pois step_both --step --direction both --family poisson 'count ~ x * g + t' $G"
check_sh gd_gamma-step 0 "$R gd_gamma step_backward --step --family Gamma --link log 'gam ~ x + g + t + w' $G"
done_testing
