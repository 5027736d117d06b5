#!/bin/sh
# make check-dist: the engine tests and the merge property test, each a
# suite as scripts/run-tests.sh counts them; "N passed, N failed".
STATPIPE=${STATPIPE:-$PWD/statpipe}
export STATPIPE LC_ALL=C
pass=0 fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for s in "sh scripts/dist-parallel.sh" "sh scripts/dist-hadoop.sh" \
    "sh scripts/dist-slurm.sh" "python3 scripts/prop-merge.py 40 1" \
    "python3 scripts/prop-merge.py 15 2 htest" \
    "python3 scripts/prop-merge.py 15 3 anova" \
    "python3 scripts/prop-merge.py 15 4 chisq" \
    "python3 scripts/prop-merge.py 10 5 regress" \
    "python3 scripts/prop-merge.py 8 6 logit" \
    "python3 scripts/prop-merge.py 10 7 pca" \
    "python3 scripts/prop-merge.py 10 8 kmeans" \
    "python3 scripts/prop-merge.py 20 9 values"; do
	$s >"$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	grep -v '^ok ' "$log" | grep -Ev '^[0-9]+ passed, [0-9]+ failed$' |
	    head -n 40 | sed "s|^|  $s: |"
	echo "# $s: $p passed, $f failed"
	pass=$((pass + p))
	fail=$((fail + f))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
