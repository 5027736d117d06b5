#!/bin/sh
# glm-vs-r.sh CASE ARGS... FILE: run $SP regress ARGS FILE in every view
# that tests/ref/glm-r.csv has for CASE (scripts/gen-fixtures-glm.R): the
# coefficients, --summary, --augment (its first 12 rows), --anova and, from
# --save-model, predict --interval confidence --type link and response
# on the first 10 rows of FILE.  Every number of R's must be there and
# agree to 1e-9 relative (or 1e-12 absolute near 0); prints one line,
# exits 1 if any differs.  REF names another file of R's numbers
# (tests/ref/formula2-r.csv); quoted fields are read.
c=$1
shift
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
for a; do file=$a; done
$SP regress --save-model "$t/m.json" "$@" >"$t/coef" || exit 1
$SP regress --summary "$@" >"$t/summary" || exit 1
$SP regress -q --augment "$@" >"$t/augment" || exit 1
$SP regress --anova "$@" >"$t/anova" || exit 1
head -n 11 "$file" >"$t/new.csv"
for ty in link response; do
	$SP predict --model "$t/m.json" --interval confidence --type $ty \
	    "$t/new.csv" >"$t/$ty" || exit 1
done
awk -F, -v c="$c" '
function num(s) { return s ~ /^-?[0-9.]+(e[-+]?[0-9]+)?$/ }
function near(a, b,   d, m) {
	if (!num(a) || !num(b))
		return (a == "" || a == "NaN" || a == "NA") && \
		    (b == "" || b == "NaN" || b == "NA")
	d = a - b; d = d < 0 ? -d : d
	m = a < 0 ? -a : a; if (b < 0 && -b > m) m = -b; else if (b > m) m = b
	return d <= 1e-9 * m || d <= 1e-12
}
# a quoted field ("poly(x, 2)1") unquoted, its commas made ";"
function unq(s,   o, q, c, i) {
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "\"")
			q = !q
		else
			o = o (q && c == "," ? ";" : c)
	}
	return o
}
index($0, "\"") { $0 = unq($0) }
FILENAME == ARGV[1] {
	if ($1 == c) { want[$2 SUBSEP $3 SUBSEP $4] = $5; n++ }
	next
}
FNR == 1 { split(FILENAME, p, "/"); view = p[length(p)]
	for (k = 1; k <= NF; k++) col[k] = $k; next }
{
	row = view == "coef" || view == "anova" ? $1 : FNR - 1
	for (k = 1; k <= NF; k++) {
		key = view SUBSEP row SUBSEP col[k]
		if (!(key in want))
			continue
		m++
		if (!near($k, want[key]) && bad++ < 3)
			why = why " " view "/" row "/" col[k] ": " $k " R " want[key]
	}
}
END {
	print c ": " (m == n && bad == 0 ? "agrees with R (" n " numbers)" : \
	    "differs:" why " (" bad + 0 " of " n ", " m " found)")
	exit !(m == n && bad == 0)
}' "${REF:-tests/ref/glm-r.csv}" "$t/coef" "$t/summary" "$t/augment" "$t/anova" "$t/link" \
    "$t/response"
