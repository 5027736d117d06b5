#!/bin/sh
# nls against R's nls() (tests/ref/nls-r.csv, scripts/gen-fixtures-nls.R):
# Michaelis-Menten unweighted, weighted and in logs, logistic and probit curves in
# log(conc), an arctangent.
. tests/cli/lib.sh
R='sh tests/cli/nls-vs-r.sh'
check_sh puromycin 0 "$R puromycin --start Vm=200,K=0.1 'rate ~ Vm * conc / (K + conc)' $DATA/puromycin.csv"
check_sh puromycin-weighted 0 "$R puromycin_weighted --weights w --start Vm=200,K=0.1 'rate ~ Vm * conc / (K + conc)' $DATA/puromycin.csv"
check_sh puromycin-log 0 "$R puromycin_log --start Vm=200,K=0.1 'log(rate) ~ log(Vm * conc / (K + conc))' $DATA/puromycin.csv"
check_sh dnase1 0 "$R dnase1 --start Asym=3,xmid=0,scal=1 'density ~ Asym / (1 + exp((xmid - log(conc)) / scal))' $DATA/dnase1.csv"
check_sh dnase1-pnorm 0 "$R dnase1_pnorm --start Asym=3,xmid=0,scal=1 'density ~ Asym * pnorm((log(conc) - xmid) / scal)' $DATA/dnase1.csv"
check_sh misra1a-atan 0 "$R misra1a_atan --start b1=50,b2=0.001 'y ~ b1 * atan(b2 * x)' $DATA/nist-nls/Misra1a.csv"
done_testing
