#!/bin/sh
# The NIST StRD nonlinear regression problems fitted by statpipe nls from
# both certified starting points: the log relative error (LRE, correct
# digits, at most the 11 that NIST certifies) of every estimate and
# standard error, as CSV on stdout (tests/ref/nist-nls-lre.csv).
# Usage: STATPIPE=./statpipe sh scripts/nist-nls-lre.sh
set -e
STATPIPE=${STATPIPE:-./statpipe}
dir=testdata/nist-nls
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
echo "dataset,start,term,lre_estimate,lre_std_error"
tail -n +2 "$dir/problems.csv" | while IFS=, read -r name formula; do
	for s in 1 2; do
		start=$(awk -F, -v n="$name" -v s="$s" 'NR > 1 && $1 == n {
		    printf "%s%s=%s", sep, $2, $(2 + s); sep = "," }' \
		    "$dir/certified.csv")
		case $start in *=,* | *=) continue ;; esac	# no such start
		if ! "$STATPIPE" nls -q --start "$start" "$formula" \
		    "$dir/$name.csv" >"$tmp" 2>&1; then
			echo "$name,$s,,failed: $(head -n 1 "$tmp")"
			continue
		fi
		awk -F, -v n="$name" -v s="$s" '
		function abs(v) { return v < 0 ? -v : v }
		function lre(got, want,   e) {
			if (got == want)
				return 11
			e = -log(abs(got - want) / abs(want)) / log(10)
			return e > 11 ? 11 : (e < 0 ? 0 : e)
		}
		FNR == NR { if ($1 == n) { est[$2] = $5; se[$2] = $6 }; next }
		FNR > 1 { printf "%s,%s,%s,%.1f,%.1f\n", n, s, $1,
		    lre($2, est[$1]), lre($3, se[$1]) }
		' "$dir/certified.csv" "$tmp"
	done
done
