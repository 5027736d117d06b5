#!/bin/sh
# Run every example of the manual pages: each `.Dl $ statpipe ...` line of
# man/*.1 and man/*.7 is a command that must succeed from the repository root.
#
#   STATPIPE=./statpipe scripts/man-examples.sh [PAGE ...]  (from the repo root)
#
# STATPIPE is the binary to test (default ./statpipe; a relative path is
# taken from the directory the script is started in).  For each example the
# mdoc escapes are undone (\e \(aq \(dq \- \& ...), a leading `statpipe` and
# every `| statpipe` become "$STATPIPE", and the line runs under `sh -c` with
# LC_ALL=C, standard output to /dev/null.  An example fails if it exits
# non-zero or, since sh has no pipefail, if standard error holds anything
# but `statpipe CMD: warning: ...` lines (an error in an earlier stage of a
# pipeline).
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
trap 'rm -f "$list" "$err"' EXIT

# One example a line: FILE<tab>CMD, CMD without the "$ " prompt.
# \e is parked as \001 so that "\e-" stays a backslash and a dash.
for page in "$@"; do
	sed -n 's/^\.Dl[ 	][ 	]*//p' "$page" |
	sed -e 's/^"\(.*\)"[ 	]*$/\1/' -e 's/""/"/g' |
	grep '^\$[ 	][ 	]*statpipe\([ 	]\|$\)' |
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
	    -e 's/\x01/\\/g' \
	    -e 's/^\$[ 	]*//' \
	    -e "s|^|$page$tab|"
done >"$list"

if [ ! -s "$list" ]; then
	echo "man-examples.sh: no \`.Dl \$ statpipe\` examples in man/*.1 or man/*.7" >&2
	exit 2
fi

passed=0
failed=0
while IFS="$tab" read -r page cmd; do
	run=$(printf '%s\n' "$cmd" |
	    sed -e 's/^statpipe/"$STATPIPE"/' \
	        -e 's/|\([ 	]*\)statpipe\([ 	]\)/|\1"$STATPIPE"\2/g')
	LC_ALL=C sh -c "$run" </dev/null >/dev/null 2>"$err"
	status=$?
	if [ "$status" -eq 0 ] &&
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
