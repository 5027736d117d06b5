#!/bin/sh
# regress at the limit of double precision: polynomial designs of scaled
# condition number 2e8 to 1e10 (testdata/lsexact-K.csv) against their
# exact least-squares estimates and standard errors (lsexact-K.exact,
# rational arithmetic: scripts/gen-fixtures-lsexact.py): at least 9
# correct digits up to a condition number of 1e8 and 7 up to 1e10, no
# column aliased; with --tol 1e-7 (R's rule) a column is aliased as
# R's lm does.
. tests/cli/lib.sh
cat >"$tmp/lre.awk" <<'AWK'
function lre(got, exact,   e) {
	e = got - exact
	if (e < 0) e = -e
	if (e == 0) return 15
	return -log(e / (exact < 0 ? -exact : exact)) / log(10)
}
NR == FNR { if (FNR > 1) { est[FNR - 1] = $2; se[FNR - 1] = $3 }; next }
FNR > 1 { j = FNR - 1; n++
	if ($2 !~ /^-?[0-9]/ || lre($2, est[j]) < want ||
	    lre($3, se[j]) < want) { print "below " want ": " $0; bad++ } }
END { print n " terms, " (bad + 0) " below " want " digits"; exit bad > 0 }
AWK
poly() {
	f="y ~ x"
	i=2
	while [ "$i" -le "$1" ]; do
		f="$f + I(x^$i)"
		i=$((i + 1))
	done
	echo "$f"
}
# case, degree, digits wanted
lre() {
	check_sh "$1" 0 "\$SP regress --digits 17 '$(poly "$3")' \
	    $DATA/lsexact-$2.csv >\$tmp/fit && awk -F, -v want=$4 \
	    -f \$tmp/lre.awk $DATA/lsexact-$2.exact \$tmp/fit"
}
lre degree10-cond2e8 19 10 9
lre degree2-cond6e9 20 2 7
lre degree5-cond1e10 23 5 7
check degree2-tol-r 0 regress --tol 1e-7 'y ~ x + I(x^2)' "$DATA/lsexact-20.csv"
check tol-glm 2 regress --tol 1e-7 --family poisson 'y ~ x' "$DATA/lsexact-20.csv"
check tol-bad 2 regress --tol 0 'y ~ x' "$DATA/lsexact-20.csv"
done_testing
