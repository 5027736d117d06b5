#!/bin/sh
# nls on the NIST StRD nonlinear regression problems (testdata/nist-nls)
# from both certified starts: every estimate and standard error to at
# least 6 correct digits (LRE), and every row of the table kept in
# tests/ref/nist-nls-lre.csv (scripts/nist-nls-lre.sh) still there.
. tests/cli/lib.sh
check_sh lre-at-least-6 0 'STATPIPE=$SP sh scripts/nist-nls-lre.sh >$tmp/lre &&
awk -F, '\''NR == FNR { if (FNR > 1) want[$1 "," $2 "," $3] = 1; next }
FNR > 1 { n++; got[$1 "," $2 "," $3] = 1
	if ($4 !~ /^[0-9.]+$/ || $4 < 6 || $5 < 6) { print "below 6: " $0; bad++ } }
END { for (k in want) if (!(k in got)) { print "missing: " k; bad++ }
	print n " estimates and standard errors, " (bad + 0) " below 6 digits or missing"
	exit bad > 0 }'\'' tests/ref/nist-nls-lre.csv $tmp/lre'
done_testing
