#!/bin/sh
# bench-duckdb.sh - make a duckdb command for scripts/bench.sh where DuckDB's
# CLI is not packaged (Debian 12): DuckDB's Node.js client from the npm
# registry, in bench-data/duckdb/ (gitignored), run by scripts/duckdb.mjs.
# bench.sh uses bench-data/duckdb/duckdb when no duckdb is on PATH.
# Needs node and npm.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/bench-data/duckdb
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
	echo "bench-duckdb.sh: node and npm are needed" >&2
	exit 1
fi
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || echo '{ "private": true }' > package.json
npm install --no-audit --no-fund @duckdb/node-api >&2
cp "$root/scripts/duckdb.mjs" "$dir/duckdb.mjs"
printf '#!/bin/sh\nexec node "%s/duckdb.mjs" "$@"\n' "$dir" > "$dir/duckdb"
chmod +x "$dir/duckdb"
"$dir/duckdb" --version
