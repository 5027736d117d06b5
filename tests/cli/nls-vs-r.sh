#!/bin/sh
# nls-vs-r.sh CASE ARGS...: run $SP nls ARGS and compare its coefficient
# table with R's for CASE in tests/ref/nls-r.csv (estimate, std_error,
# statistic, p_value to 1e-6 relative: R's convergence, tol 1e-7, stops
# there) and sigma (--summary); prints one line, exits 1 if they differ.
c=$1
shift
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
$SP nls "$@" >"$t/sp" || exit 1
$SP nls --summary "$@" >"$t/sum" || exit 1
awk -F, -v c="$c" '
function rel(a, b,   d) { d = (a - b) / b; return d < 0 ? -d : d }
FILENAME == ARGV[1] { if ($1 == c) { r[$2] = $0; n++ }; next }
FILENAME == ARGV[2] { if (FNR == 2) sigma = $3; next }
FNR > 1 {
	split(r[$1], w, ",")
	for (k = 2; k <= 5; k++)
		if (rel($k, w[k + 1]) > 1e-6)
			bad = bad " " $1 "[" k "]: " $k " R " w[k + 1]
	if (rel(sigma, w[7]) > 1e-6)
		bad = bad " sigma " sigma " R " w[7]
	m++
}
END {
	print c ": " (m == n && bad == "" ? "agrees with R" : "differs:" bad \
	    " (" m " of " n " terms)")
	exit !(m == n && bad == "")
}' tests/ref/nls-r.csv "$t/sum" "$t/sp"
