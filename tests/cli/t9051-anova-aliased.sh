#!/bin/sh
# regress --anova --ss 2 with an aliased coefficient (wt2 = 2 wt) compares
# refits as car::Anova does: the aliased terms get df 0 and empty cells,
# the others car's numbers to 1e-9 (tests/ref/anova-aliased-car.csv,
# scripts/gen-fixtures-nlsdd.R); --ss 3 refuses an aliased coefficient
# as car does.
. tests/cli/lib.sh
cat >"$tmp/cmp.awk" <<'AWK'
function near(a, b) {
	if (a == "" || b == "") return a == b
	return (a - b) ^ 2 <= (1e-9 * (b < 0 ? -b : b)) ^ 2 + 1e-24
}
NR == FNR { if ($1 == m) ref[$2] = $0; next }
FNR > 1 { split(ref[$1], r, ","); n++
	if (glm) { st1 = $3; st2 = ""; p = $4 } else { st1 = $3; st2 = $4; p = $5 }
	if (!($1 in ref) || $2 != r[3] || !near(st1, r[4]) ||
	    !near(st2, r[5]) || !near(p, r[6])) { print "differs: " $0; bad++ } }
END { print n " rows, " (bad + 0) " differ from car"; exit bad > 0 }
AWK
"$SP" mutate 'wt2 = 2 * wt' "$DATA/mtcars.csv" >"$tmp/mt.csv"
check_sh lm-ss2 0 '$SP regress --anova --ss 2 "mpg ~ wt + hp + wt2 + factor(cyl)" \
    $tmp/mt.csv 2>/dev/null | awk -F, -v m=lm -f $tmp/cmp.awk tests/ref/anova-aliased-car.csv -'
check_sh glm-ss2 0 '$SP regress --family binomial --anova --ss 2 \
    "am ~ wt + hp + wt2" $tmp/mt.csv 2>/dev/null |
    awk -F, -v m=glm -v glm=1 -f $tmp/cmp.awk tests/ref/anova-aliased-car.csv -'
check lm-ss2-table 0 regress --anova --ss 2 'mpg ~ wt + hp + wt2' "$tmp/mt.csv"
check lm-ss3-refused 1 regress --anova --ss 3 'mpg ~ wt + hp + wt2' "$tmp/mt.csv"
done_testing
