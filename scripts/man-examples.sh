#!/bin/sh
# Run every example of the manual pages: each `.Dl $ statpipe ...` line of
# man/*.1 and man/*.7 (with the `.Dl` lines that continue it when it ends in
# " \e") is a command that must succeed from the repository root.
#
#   STATPIPE=./statpipe scripts/man-examples.sh [PAGE ...]  (from the repo root)
#
# STATPIPE is the binary to test (default ./statpipe; a relative path is
# taken from the directory the script is started in).  For each example the
# mdoc escapes are undone (\e \(aq \(dq \- \& ...), a leading `statpipe` and
# every `| statpipe` become "$STATPIPE", and the line runs under `sh -c` with
# LC_ALL=C.  An example fails if it exits
# non-zero or, since sh has no pipefail, if standard error holds anything
# but `statpipe CMD: warning: ...` lines (an error in an earlier stage of a
# pipeline), or if its page shows its output (a `.Bd -literal` block right
# after the example) and standard output is not that text byte for byte (a
# line "..." there stands for any number of lines, and a line ending in
# "..." for any line that starts with the text before it), or if a line of
# it is wider than 69 columns, so that it would wrap in an 80-column page.
#
# Prints "ok - man/FILE: CMD" or "not ok - man/FILE: CMD" (then the exit
# status and standard error, each line prefixed with "# ") per example and,
# last, "N passed, N failed".  Exits 1 if an example fails, 2 if there is
# nothing to run.

STATPIPE=${STATPIPE:-./statpipe}
case $STATPIPE in
/*) ;;
*/*) STATPIPE=$PWD/$STATPIPE ;;
esac
export STATPIPE

cd "$(dirname "$0")/.." || exit 2

if ! command -v "$STATPIPE" >/dev/null 2>&1 || [ -d "$STATPIPE" ]; then
	echo "man-examples.sh: $STATPIPE: no such program (run make first)" >&2
	exit 2
fi

# the pages given, or every one
if [ $# -eq 0 ]; then
	set -- man/*.1
	for page in man/*.7; do
		[ -e "$page" ] && set -- "$@" "$page"
	done
fi
if [ ! -e "$1" ]; then
	echo "man-examples.sh: no manual pages in man/" >&2
	exit 2
fi

tab=$(printf '\t')
list=$(mktemp) || exit 2
err=$(mktemp) || exit 2
out=$(mktemp) || exit 2
shown=$(mktemp -d) || exit 2
trap 'rm -rf "$list" "$err" "$out" "$shown"' EXIT

# mdoc escapes undone; \e is parked as \001 so that "\e-" stays a backslash
# and a dash.
unescape() {
	sed -e 's/\\e/\x01/g' \
	    -e 's/\\(rs/\x01/g' \
	    -e "s/\\\\(aq/'/g" \
	    -e 's/\\(dq/"/g' \
	    -e 's/\\(ga/`/g' \
	    -e 's/\\(ha/^/g' \
	    -e 's/\\(ti/~/g' \
	    -e 's/\\(em/--/g' \
	    -e 's/\\-/-/g' \
	    -e 's/\\&//g' \
	    -e 's/\\ / /g' \
	    -e 's/\x01/\\/g'
}

# One example a line: FILE<tab>N<tab>CMD, CMD without the "$ " prompt; an
# example too long for one line ends in " \e" and goes on in the next `.Dl`.  A
# `.Bd -literal` block right after an example is the output the page shows:
# it goes to $shown/N, and the example's standard output must equal it.
# matches SHOWN OUT: OUT is SHOWN, where a line "..." of SHOWN stands for any
# number of lines and a line ending in "..." for any line starting with the
# text before it (the pages elide long and wide tables so).
matches() {
	awk 'NR == FNR { want[++nw] = $0; next }
	{ got[++ng] = $0 }
	function same(w, g,    p) {
		if (w !~ /\.\.\.$/) return w == g
		p = substr(w, 1, length(w) - 3)
		return substr(g, 1, length(p)) == p
	}
	function m(i, j,    k) {
		if (i > nw) return j > ng
		if (want[i] == "...") {
			for (k = j; k <= ng + 1; k++)
				if (m(i + 1, k)) return 1
			return 0
		}
		return j <= ng && same(want[i], got[j]) && m(i + 1, j + 1)
	}
	END { exit !m(1, 1) }' "$1" "$2"
}

n=0
for page in "$@"; do
	awk -v page="$page" -v dir="$shown" -v n="$n" '
	function flush() { if (out != "") close(out); out = "" }
	inblock && /^\.Ed/ { inblock = 0; flush(); next }
	inblock { print > out; next }
	/^\.Bd -literal/ && last != "" { inblock = 1; out = dir "/" last; last = ""; next }
	/^\.Dl[ \t]/ {
		line = $0
		sub(/^\.Dl[ \t]+/, "", line)
		if (line ~ /^".*"[ \t]*$/) {
			sub(/^"/, "", line); sub(/"[ \t]*$/, "", line)
			gsub(/""/, "\"", line)
		}
		shown = line
		gsub(/\\\(..|\\e|\\-|\\ /, "x", shown)
		gsub(/\\&/, "", shown)
		if (cmd != "") {
			sub(/^[ \t]+/, "", line)
			cmd = cmd " " line
		} else if (line ~ /^\$[ \t]+statpipe([ \t]|$)/)
			cmd = line
		if (cmd != "") {
			wide = wide || length(shown) > 69
			if (sub(/[ \t]+\\e$/, "", cmd))
				next
			printf "%s\t%d\t%s\n", page, ++n, cmd
			if (wide)
				printf "" > (dir "/" n ".wide")
			cmd = ""
			wide = 0
			last = n
			next
		}
	}
	{ last = "" }
	END { print n > (dir "/count") }' "$page"
	n=$(cat "$shown/count")
done | unescape | sed -e 's/^\([^	]*\t[^	]*\t\)\$[ 	]*/\1/' >"$list"
for f in "$shown"/[0-9]*; do
	[ -e "$f" ] || continue
	case $f in *.wide) continue ;; esac
	unescape <"$f" >"$f.txt" && rm -f "$f"
done

if [ ! -s "$list" ]; then
	echo "man-examples.sh: no \`.Dl \$ statpipe\` examples in man/*.1 or man/*.7" >&2
	exit 2
fi

passed=0
failed=0
while IFS="$tab" read -r page num cmd; do
	run=$(printf '%s\n' "$cmd" |
	    sed -e 's/^statpipe/"$STATPIPE"/' \
	        -e 's/|\([ 	]*\)statpipe\([ 	]\)/|\1"$STATPIPE"\2/g')
	LC_ALL=C sh -c "$run" </dev/null >"$out" 2>"$err"
	status=$?
	if [ -e "$shown/$num.wide" ]; then
		echo "# a line of the example is wider than 69 columns: it would" \
		    "wrap in an 80-column page (scripts/man-split-examples.py)" \
		    >>"$err"
		stale=1
	elif [ -e "$shown/$num.txt" ] && ! matches "$shown/$num.txt" "$out"; then
		echo "# the output differs from the one the page shows:" >>"$err"
		diff "$shown/$num.txt" "$out" >>"$err"
		stale=1
	else
		stale=0
	fi
	if [ "$status" -eq 0 ] && [ "$stale" -eq 0 ] &&
	    ! grep -v '^statpipe [^:]*: warning: ' "$err" >/dev/null; then
		printf 'ok - %s: %s\n' "$page" "$cmd"
		passed=$((passed + 1))
	else
		printf 'not ok - %s: %s\n' "$page" "$cmd"
		echo "# exit status $status"
		sed 's/^/# /' "$err"
		failed=$((failed + 1))
	fi
done <"$list"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
