#!/bin/sh
# deb.sh - build the Debian package from the committed tree in a scratch
# directory, check it with lintian (errors and warnings fail), install it
# into a scratch root with dpkg -x and run the installed binary.
# Needs dpkg-dev, debhelper and lintian (scripts/deps.sh --ci).
# Prints "ok"/"not ok" per step and "N passed, N failed".
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
step() {
	name=$1
	shift
	if "$@" >"$work/log" 2>&1; then
		pass=$((pass + 1))
		echo "ok - deb $name"
	else
		fail=$((fail + 1))
		echo "not ok - deb $name"
		tail -n 20 "$work/log" | sed 's/^/    /'
	fi
}
mkdir "$work/src"
git archive HEAD | tar -x -C "$work/src"
step build sh -c "cd '$work/src' && dpkg-buildpackage -us -uc -b"
step lintian sh -c "lintian --fail-on error,warning '$work'/*.changes"
step install sh -c "dpkg -x '$work'/statpipe_*.deb '$work/root'"
step runs sh -c "'$work/root/usr/bin/statpipe' describe testdata/cars.csv"
step manual sh -c "test -f '$work/root/usr/share/man/man1/statpipe.1.gz'"
step completion sh -c "test -f '$work/root/usr/share/bash-completion/completions/statpipe'"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
