#!/bin/sh
# regress --family against R's glm() (tests/ref/glm-r.csv,
# scripts/gen-fixtures-glm.R): coefficients, summary.glm, the residuals,
# hat values and Cook's distances of --augment, predict.glm's fit and
# se.fit on both scales; every family and link, weights, offsets.
. tests/cli/lib.sh
R='sh tests/cli/glm-vs-r.sh'
G=$DATA/glm-gen.csv
E=$DATA/glm-esoph.csv
C=$DATA/glm-clotting.csv
check_sh warp-poisson 0 "$R warp_poisson --family poisson 'breaks ~ wool * tension' $DATA/warpbreaks.csv"
check_sh warp-quasipoisson 0 "$R warp_quasipoisson --family quasipoisson 'breaks ~ wool + tension' $DATA/warpbreaks.csv"
check_sh insect-poisson 0 "$R insect_poisson --family poisson 'count ~ spray' $DATA/InsectSprays.csv"
check_sh insect-sqrt 0 "$R insect_sqrt --family poisson --link sqrt 'count ~ spray' $DATA/InsectSprays.csv"
check_sh insect-identity 0 "$R insect_identity --family poisson --link identity 'count ~ spray' $DATA/InsectSprays.csv"
check_sh esoph-logit 0 "$R esoph_logit --family binomial --weights total 'prop ~ agegp + tobgp + alcgp' $E"
check_sh esoph-probit 0 "$R esoph_probit --family binomial --link probit --weights total 'prop ~ agegp + alcgp' $E"
check_sh esoph-cloglog 0 "$R esoph_cloglog --family binomial --link cloglog --weights total 'prop ~ agegp + alcgp' $E"
check_sh esoph-cauchit 0 "$R esoph_cauchit --family binomial --link cauchit --weights total 'prop ~ agegp + alcgp' $E"
check_sh esoph-quasibinomial 0 "$R esoph_quasibinomial --family quasibinomial --weights total 'prop ~ agegp + alcgp' $E"
check_sh clot-gamma 0 "$R clot_gamma --family Gamma 'lot1 ~ log(u)' $C"
check_sh clot-gamma-log 0 "$R clot_gamma_log --family Gamma --link log 'lot2 ~ log(u)' $C"
check_sh clot-gamma-identity 0 "$R clot_gamma_identity --family Gamma --link identity 'lot1 ~ I(1 / u)' $C"
check_sh gen-offset 0 "$R gen_offset --family poisson 'count ~ x + g + offset(log(t))' $G"
check_sh gen-offset-noint 0 "$R gen_offset_noint --family poisson 'count ~ 0 + x + offset(log(t))' $G"
check_sh gen-weights 0 "$R gen_weights --family poisson --weights w 'count ~ x + g' $G"
check_sh gen-gamma 0 "$R gen_gamma --family Gamma --link log 'gam ~ x + g' $G"
check_sh gen-invgauss 0 "$R gen_invgauss --family inverse.gaussian 'ig ~ x' $G"
check_sh gen-invgauss-log 0 "$R gen_invgauss_log --family inverse.gaussian --link log 'ig ~ x + g' $G"
check_sh gen-gaussian-log 0 "$R gen_gaussian_log --link log 'norm ~ x' $G"
check_sh gen-gaussian-inverse 0 "$R gen_gaussian_inverse --link inverse 'norm ~ x' $G"
check_sh gen-gamma-weights 0 "$R gen_gamma_weights --family Gamma --weights w 'gam ~ x' $G"
check_sh gen-zero-weights 0 "$R gen_zero_weights --family poisson --weights w0 'count ~ x + g' $G"
check_sh gen-gamma-zero-weights 0 "$R gen_gamma_zero_weights --family Gamma --weights w0 'gam ~ x + g' $G"
done_testing
