#!/bin/sh
# sin, cos, atan and pnorm in every formula (added with nls): a linear
# model's estimates and standard errors against R's lm
# (tests/ref/regress-fx-r.csv, scripts/gen-fixtures-nls.R) to 1e-9.
. tests/cli/lib.sh
check_sh lm-against-r 0 "\$SP regress 'dist ~ sin(speed) + cos(speed) + atan(speed) + pnorm(speed / 10)' $DATA/cars.csv >\$tmp/sp &&
awk -F, 'function rel(a, b,   d) { d = (a - b) / b; return d < 0 ? -d : d }
NR == FNR { e[\$1] = \$2; s[\$1] = \$3; next }
FNR > 1 { n++; if (!(\$1 in e) || rel(\$2, e[\$1]) > 1e-9 || rel(\$3, s[\$1]) > 1e-9) { print \"differs: \" \$0; bad++ } }
END { print n \" terms, \" (bad + 0) \" differ from R\"; exit bad > 0 }' tests/ref/regress-fx-r.csv \$tmp/sp"
done_testing
