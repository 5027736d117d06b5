#!/bin/sh
# Lint the manual pages: `mandoc -Tlint -Wwarning` must print nothing and
# exit 0 for every man/*.1 and man/*.7, and groff (which man(1) and lintian
# use) must not complain either, but for lines it cannot break.  STYLE notes such as "referenced manual not
# found" are below -Wwarning and do not count.
#
#   scripts/check-man.sh          (from anywhere; works on the repo's man/)
#
# Prints "ok - mandoc lint man/X.1" or "not ok - ..." (then mandoc's
# messages, each prefixed with "# ") per page and, last,
# "N passed, N failed".  Exits 1 if a page fails, 2 if mandoc or the pages
# are missing.

cd "$(dirname "$0")/.." || exit 2

if ! command -v mandoc >/dev/null 2>&1; then
	echo "check-man.sh: mandoc not found (apt-get install mandoc)" >&2
	exit 2
fi

set -- man/*.1
for page in man/*.7; do [ -e "$page" ] && set -- "$@" "$page"; done
if [ ! -e "$1" ]; then
	echo "check-man.sh: no manual pages in man/" >&2
	exit 2
fi

# every page's header names the release: .Os statpipe VERSION (the
# Makefile's) and a real .Dd date, not the unexpanded $Mdocdate$
version=$(sed -n 's/^VERSION[[:space:]]*=[[:space:]]*//p' Makefile)
passed=0
failed=0
out=$(mktemp) || exit 2
trap 'rm -f "$out"' EXIT

for page in "$@"; do
	if mandoc -Tlint -Wwarning "$page" >"$out" 2>&1 && { ! command -v \
	    groff >/dev/null || LC_ALL=C.UTF-8 groff -mandoc -ww -z "$page" 2>&1 |
	    grep -v "can't break line" >>"$out"; true; } &&
	    { grep -qx ".Os statpipe $version" "$page" ||
	    echo "not .Os statpipe $version" >>"$out"; } &&
	    { ! grep -q '^\.Dd \$Mdocdate\$$' "$page" ||
	    echo ".Dd is \$Mdocdate\$, not a date" >>"$out"; } &&
	    [ ! -s "$out" ]; then
		echo "ok - mandoc lint $page"
		passed=$((passed + 1))
	else
		echo "not ok - mandoc lint $page"
		sed 's/^/# /' "$out"
		failed=$((failed + 1))
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
