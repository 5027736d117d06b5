#!/bin/sh
# The README's "Predictive analytics" lines, run as they are written there
# (statpipe is the binary under test), in a scratch directory: each must
# succeed; metrics' table is golden, the two PNGs must be PNGs, and the
# AUC in the ROC curve's legend must be the AUC metrics printed.
. tests/cli/lib.sh
run=$tmp/readme
mkdir -p "$run/testdata"
cp testdata/iris.csv "$run/testdata/"
case $SP in /*) sp=$SP ;; *) sp=$PWD/$SP ;; esac
export sp

awk '/^## Predictive analytics/ { on = 1; next } /^## / { on = 0 }
    on && /^    statpipe / { sub(/^    /, ""); print }' README.md >"$tmp/lines"
n=0
while IFS= read -r line; do
	n=$((n + 1))
	check_sh "line-$n" 0 "cd '$run' && statpipe() { \"\$sp\" \"\$@\"; } && $line"
done <"$tmp/lines"
[ "$n" -eq 7 ] && npass=$((npass + 1)) && echo "ok - $T seven lines" ||
    { nfail=$((nfail + 1)); echo "not ok - $T $n lines in the README's section, want 7"; }
for f in roc importance; do
	if [ "$(od -An -tx1 -N8 "$run/$f.png" 2>/dev/null | tr -d ' \n')" = 89504e470d0a1a0a ]; then
		npass=$((npass + 1)); echo "ok - $T $f.png"
	else
		nfail=$((nfail + 1)); echo "not ok - $T $f.png is not a PNG"
	fi
done
auc=$(cd "$run" && "$sp" metrics -t Species -p predicted --prob prob_virginica pred.csv |
    awk -F, '$1 == "auc" { printf "%.7g", $3 }')
if (cd "$run" && "$sp" plot roc -x Species -y prob_virginica --script pred.csv) |
    grep -q "title 'AUC = $auc',"; then
	npass=$((npass + 1)); echo "ok - $T the legend's AUC is metrics' $auc"
else
	nfail=$((nfail + 1)); echo "not ok - $T the legend's AUC is not metrics' $auc"
fi
done_testing
