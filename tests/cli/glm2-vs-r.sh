#!/bin/sh
# glm2-vs-r.sh CASE VIEW ARGS...: run $SP regress ARGS and compare its
# table, rows keyed by the first column (by the row number for VIEW
# influence, step_* and row_*), with the numbers of CASE and VIEW
# in tests/ref/glm2-r.csv (scripts/gen-fixtures-glm2.R).  Every number of
# R's must be there and agree to 1e-9 relative (or 1e-12 absolute near
# 0); prints one line, exits 1 if any differs.  GLM2_CMD (regress) and
# GLM2_REF (tests/ref/glm2-r.csv) name another command and reference.
c=$1 v=$2
shift 2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
$SP "${GLM2_CMD:-regress}" "$@" >"$out" || exit 1
awk -F, -v c="$c" -v v="$v" '
function num(s) { return s ~ /^-?[0-9.]+(e[-+]?[0-9]+)?$/ }
function na(s) { return s == "" || s == "NaN" || s == "NA" }
function near(a, b,   d, m) {
	if (!num(a) || !num(b))	# texts, and undefined values
		return a == b || (na(a) && na(b))
	d = a - b; d = d < 0 ? -d : d
	m = a < 0 ? -a : a; if (b < 0 && -b > m) m = -b; else if (b > m) m = b
	return d <= 1e-9 * m || d <= 1e-12
}
FILENAME == ARGV[1] {
	if ($1 == c && $2 == v) { want[$3 SUBSEP $4] = $5; n++ }
	next
}
FNR == 1 { for (k = 1; k <= NF; k++) col[k] = $k; next }
{
	row = v == "influence" || v ~ /^(step|row)_/ ? FNR - 1 : $1
	for (k = 2; k <= NF; k++) {
		key = row SUBSEP col[k]
		if (!(key in want))
			continue
		m++
		if (!near($k, want[key]) && bad++ < 3)
			why = why " " $1 "/" col[k] ": " $k " R " want[key]
	}
}
END {
	print c " " v ": " (n > 0 && m == n && bad == 0 ? \
	    "agrees with R (" n " numbers)" : \
	    "differs:" why " (" bad + 0 " of " n ", " m " found)")
	exit !(n > 0 && m == n && bad == 0)
}' "${GLM2_REF:-tests/ref/glm2-r.csv}" "$out"
