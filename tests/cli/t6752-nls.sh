#!/bin/sh
# nls: the views, bounds, weights, the model file and predict, and errors.
. tests/cli/lib.sh
F='rate ~ Vm * conc / (K + conc)'
P=$DATA/puromycin.csv
check coef 0 nls --digits 8 --start Vm=200,K=0.1 "$F" $P
check conf-level 0 nls --digits 8 --conf-level 0.9 --start Vm=200,K=0.1 "$F" $P
# relative_offset (column 7) is at the level of rounding: not compared
check_sh summary 0 "\$SP nls --digits 6 --summary --start Vm=200,K=0.1 '$F' $P | cut -d, -f1-6,8-9"
check_sh summary-offset-small 0 "\$SP nls --summary --start Vm=200,K=0.1 '$F' $P | awk -F, 'NR == 2 { print (\$7 < 1e-8) }'"
check augment 0 nls --digits 8 --augment --start Vm=200,K=0.1 "$F" $P
check algorithm-dogleg 0 nls --digits 8 --algorithm dogleg --scale levenberg --start Vm=200,K=0.1 "$F" $P
check lower-inactive 0 nls --digits 8 --lower K=0 --upper Vm=1000 --start Vm=200,K=0.1 "$F" $P
check lower-active 0 nls --digits 8 --upper Vm=150 --start Vm=140,K=0.1 "$F" $P
check_sh save-predict 0 "\$SP nls --save-model $tmp/m.json --start Vm=200,K=0.1 '$F' $P >/dev/null && printf 'conc\n0.1\n1\n\n' | \$SP predict --digits 8 --model $tmp/m.json"
check no-convergence 1 nls --max-iter 2 --start b1=2,b2=400000,b3=25000 'y ~ b1 * exp(b2/(x+b3))' $DATA/nist-nls/MGH10.csv
check no-start 2 nls "$F" $P
check missing-start 2 nls --start Vm=200 "$F" $P
check start-column 2 nls --start Vm=200,K=0.1,conc=1 "$F" $P
check bad-start 2 nls --start Vm=abc,K=0.1 "$F" $P
check bad-function 2 nls --start Vm=200,K=0.1 'rate ~ Vm * abs(conc) / (K + conc)' $P
check bad-formula 2 nls --start Vm=200,K=0.1 'rate ~ Vm * (conc' $P
check bad-algorithm 2 nls --algorithm newton --start Vm=200,K=0.1 "$F" $P
check start-outside 2 nls --lower K=0.5 --start Vm=200,K=0.1 "$F" $P
check text-column 1 nls --start Vm=200,K=0.1 'rate ~ Vm * state / (K + conc)' $P
check_sh too-few-rows 1 "printf 'x,y\\n1,2\\n2,3\\n' | \$SP nls --start a=1,b=1 'y ~ a * exp(b * x)'"
check_sh missing-values 0 "printf 'x,y\\n1,2.7\\n2,NA\\n,1\\n3,20.1\\n4,54.6\\n' | \$SP nls --digits 6 --augment --start a=1,b=1 'y ~ a * exp(b * x)'"
done_testing
