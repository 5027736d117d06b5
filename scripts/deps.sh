#!/bin/sh
# deps.sh - check (and, as root, install) the Debian packages statpipe needs.
#
#   scripts/deps.sh           build and test: libcsv-dev libgsl-dev libcmocka-dev
#                             libicu-dev zlib1g-dev libzstd-dev libsvm-dev
#                             liblinear-dev mandoc man-db gnuplot-nox pkg-config gcc
#                             make libc6-dev, and zsh and fish (the completion
#                             scripts' tests)
#   scripts/deps.sh --bench   also the benchmark tools: datamash miller hyperfine python3
#   scripts/deps.sh --ci      also what .ci/run checks with: valgrind cppcheck
#                             clang-tidy (make check-valgrind, make lint),
#                             dpkg-dev debhelper lintian (make deb)
#   scripts/deps.sh --fuzz    also clang and libFuzzer for make fuzz
#
# Silent when everything is installed.  When something is missing: as root,
# run apt-get update and install it; otherwise print the command to run and
# exit 1.
set -eu

prog=deps.sh

# libc6-dev is only a Recommends of gcc, and we install with
# --no-install-recommends, so it is listed explicitly (stdio.h etc.).
want="libcsv-dev libgsl-dev libcmocka-dev libicu-dev zlib1g-dev libzstd-dev libsvm-dev liblinear-dev mandoc man-db gnuplot-nox pkg-config gcc make libc6-dev zsh fish"

for arg in "$@"; do
	case $arg in
	--bench) want="$want datamash miller hyperfine python3" ;;
	--ci) want="$want valgrind cppcheck clang-tidy dpkg-dev debhelper lintian" ;;
	--fuzz) want="$want clang libclang-rt-dev" ;;
	-h|--help)
		echo "usage: scripts/deps.sh [--bench] [--ci] [--fuzz]"
		echo "Check for the Debian packages needed to build and test statpipe"
		echo "(--bench: also datamash, miller, hyperfine, python3; --ci: also"
		echo "valgrind, cppcheck, clang-tidy; --fuzz: also clang, libclang-rt-dev);"
		echo "install the missing ones when run as root, else print the command"
		echo "and exit 1."
		exit 0 ;;
	*)
		echo "$prog: unknown argument '$arg' (usage: scripts/deps.sh [--bench] [--ci] [--fuzz])" >&2
		exit 2 ;;
	esac
done

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "$prog: dpkg-query not found: this script knows Debian packages only." >&2
	echo "$prog: install the equivalents of: $want" >&2
	exit 1
fi

missing_packages() {
	out=
	for p in $want; do
		st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
		if [ "$st" != "install ok installed" ]; then
			out="$out $p"
		fi
	done
	echo "${out# }"
}

missing=$(missing_packages)
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "$prog: missing Debian packages: $missing" >&2
	echo "$prog: install them with:" >&2
	echo "sudo apt-get install -y --no-install-recommends $missing" >&2
	exit 1
fi

echo "$prog: installing: $missing" >&2
apt-get update
# $missing is a list of package names: word splitting is intended.
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing

missing=$(missing_packages)
if [ -n "$missing" ]; then
	echo "$prog: still missing after apt-get install: $missing" >&2
	exit 1
fi
exit 0
