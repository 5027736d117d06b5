#!/bin/sh
# regress --family binomial with a cbind(successes, failures) response, as
# R's glm: against R (tests/ref/glm-r.csv, scripts/gen-fixtures-glm.R),
# the same fit as the proportion with the trials as --weights, rows of no
# trials, prior weights times the trials; and its usage and data errors.
. tests/cli/lib.sh
R='sh tests/cli/glm-vs-r.sh'
E=$DATA/glm-esoph.csv
B=$DATA/glm-binom.csv
check_sh esoph-cbind 0 "$R esoph_cbind --family binomial 'cbind(ncases, ncontrols) ~ agegp + tobgp + alcgp' $E"
check_sh esoph-cbind-cloglog 0 "$R esoph_cbind_cloglog --family binomial --link cloglog 'cbind(ncases, ncontrols) ~ agegp + alcgp' $E"
check_sh esoph-cbind-quasi 0 "$R esoph_cbind_quasi --family quasibinomial 'cbind(ncases, ncontrols) ~ agegp + alcgp' $E"
check_sh binom-cbind 0 "$R binom_cbind --family binomial 'cbind(succ, fail) ~ x * g' $B"
check_sh binom-cbind-weights 0 "$R binom_cbind_weights --family binomial --weights w 'cbind(succ, fail) ~ x + g' $B"
# the proportion with the trials as weights is the same model (to 1e-9)
check_sh same-as-proportion 0 "$R esoph_logit --family binomial 'cbind(ncases, ncontrols) ~ agegp + tobgp + alcgp' $E"
check summary          0 regress --family binomial --summary 'cbind(succ, fail) ~ x' "$B"
check not-binomial     2 regress 'cbind(succ, fail) ~ x' "$B"
check poisson          2 regress --family poisson 'cbind(succ, fail) ~ x' "$B"
check on-the-right     2 regress --family binomial 'succ ~ cbind(succ, fail)' "$B"
check nested           2 regress --family binomial 'log(cbind(succ, fail)) ~ x' "$B"
check one-argument     2 regress --family binomial 'cbind(succ) ~ x' "$B"
check cv               2 regress --family binomial --cv 3 'cbind(succ, fail) ~ x' "$B"
check negative         1 regress --family binomial 'cbind(I(succ - 3), fail) ~ x' "$B"
done_testing
