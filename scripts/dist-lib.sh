# scripts/dist-lib.sh: what the engine tests (scripts/dist-*.sh) share,
# sourced.  STATPIPE is the binary (absolute: remote jobs run it too).
: "${STATPIPE:=$PWD/statpipe}"
case $STATPIPE in /*) ;; *) STATPIPE=$PWD/$STATPIPE ;; esac
export STATPIPE LC_ALL=C
npass=0
nfail=0

# A CSV of N rows: a key of 100 groups, two numbers with missing values.
gen_csv() {
	awk -v n="$1" 'BEGIN {
		srand(11); print "id,g,x,y"
		for (i = 1; i <= n; i++) {
			x = (i % 41 == 0) ? "" : sprintf("%.5f", 100 * rand() - 30)
			printf "%d,g%d,%s,%d\n", i, int(rand() * 100), x,
			    int(rand() * 1000)
		}
	}'
}

# Do two result tables agree: the same texts, and numbers within relative
# 1e-12 (states merge moments pairwise; one process adds one at a time)?
same_table() {
	awk -F, 'NR == FNR { a[FNR] = $0; n = FNR; next }
	function abs(v) { return v < 0 ? -v : v }
	{
		if (!(FNR in a)) { bad = 1; exit }
		k = split(a[FNR], w, ","); m = split($0, g, ",")
		if (k != m) { bad = 1; exit }
		for (i = 1; i <= k; i++) {
			if (w[i] == g[i]) continue
			if (w[i] !~ /^-?[0-9.e+-]+$/ || g[i] !~ /^-?[0-9.e+-]+$/ ||
			    abs(w[i] - g[i]) > 1e-12 * (abs(w[i]) > 1 ? abs(w[i]) : 1)) {
				if (nbad++ < 5)
					print "line " FNR ": " w[i] " != " g[i] > "/dev/stderr"
				bad = 1
			}
		}
		seen = FNR
	}
	END { exit bad || seen != n }' "$1" "$2"
}

result() {
	if [ "$1" -eq 0 ]; then
		npass=$((npass + 1))
		echo "ok - $2"
	else
		nfail=$((nfail + 1))
		echo "not ok - $2"
	fi
}

done_testing() {
	echo "$npass passed, $nfail failed"
	[ "$nfail" -eq 0 ]
}
