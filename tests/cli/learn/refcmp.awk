# refcmp.awk: compare a result table (GOT) with a reference computed by R
# (WANT), both CSV: the columns of WANT by name, row by row; numbers agree
# when |got - want| <= rtol * max(|got|, |want|, 1e-300), other cells as
# text.  Prints the differences (at most 10) and exits 1 if any.
#   awk -v rtol=1e-9 -f refcmp.awk WANT GOT
function csvsplit(line, arr,    n, i, c, f, q, len) {
	sub(/\r$/, "", line)
	n = 0; f = ""; q = 0; len = length(line)
	for (i = 1; i <= len; i++) {
		c = substr(line, i, 1)
		if (q) {
			if (c == "\"") {
				if (substr(line, i + 1, 1) == "\"") { f = f "\""; i++ }
				else q = 0
			} else f = f c
		} else if (c == "\"") q = 1
		else if (c == ",") { arr[++n] = f; f = "" }
		else f = f c
	}
	arr[++n] = f
	return n
}
function isnum(s) { return s ~ /^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/ }
function abs(x) { x += 0; return x < 0 ? -x : x }
function max(a, b) { a += 0; b += 0; return a > b ? a : b }
FNR == 1 { file++ }
file == 1 && FNR == 1 { nw = csvsplit($0, wh); next }
file == 1 { nwr++; n = csvsplit($0, a); for (i = 1; i <= n; i++) W[nwr, wh[i]] = a[i]; next }
file == 2 && FNR == 1 { ng = csvsplit($0, gh); for (i = 1; i <= ng; i++) has[gh[i]] = 1; next }
file == 2 { ngr++; n = csvsplit($0, a); for (i = 1; i <= n; i++) G[ngr, gh[i]] = a[i]; next }
END {
	bad = 0
	if (nwr != ngr) { print "#   rows: got " ngr ", want " nwr; bad++ }
	for (i = 1; i <= nw; i++)
		if (!(wh[i] in has)) { print "#   no column " wh[i]; bad++ }
	for (r = 1; r <= nwr && r <= ngr && bad < 10; r++)
		for (i = 1; i <= nw && bad < 10; i++) {
			c = wh[i]; w = W[r, c]; g = G[r, c]
			if (isnum(w) && isnum(g)) {
				if (abs(g - w) <= rtol * max(max(abs(g), abs(w)), 1e-300)) continue
			} else if (w == g) continue
			print "#   row " r " column " c ": got \"" g "\", want \"" w "\""
			bad++
		}
	exit bad > 0
}
