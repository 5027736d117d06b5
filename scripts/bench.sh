#!/usr/bin/env bash
# bench.sh - time statpipe against GNU datamash and Miller (mlr) doing the same work.
#
#   scripts/bench.sh            1,000,000 rows (or $BENCH_ROWS)
#   scripts/bench.sh --quick    100,000 rows
#
# Data comes from ../shared/bench/gen.py (or $SHARED/bench/gen.py) and is
# cached in bench-data/ (gitignored): a file with 1000 groups and a file with
# 100000 groups, each of BENCH_ROWS rows.  A file that exists is not made again.
#
# Jobs:
#   describe   count, mean, sd, min, q1, median, q3, max of x, y and z
#   groupby    mean and count of x by grp, on the 1000-group file
#   groupby    the same on the 100000-group file
#
# Timing: hyperfine (--warmup 1 --runs 5, the median from its JSON export)
# when installed, else the median of 5 runs of /usr/bin/time -f %e.
# Every command is first run once on its own; its output is kept in
# bench-data/out/ and a command that fails is reported as "fail".
# A tool that is not installed is skipped with a note.
#
# Environment: BENCH_ROWS (default 1000000), BENCH_RUNS (default 5),
# SHARED (default ../shared next to the repository), STATPIPE (default ./statpipe).

# The Makefile runs "sh scripts/bench.sh": go on under bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

prog=bench.sh

usage() {
	sed -n '2,/^$/{/^$/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

rows=${BENCH_ROWS:-1000000}
for arg in "$@"; do
	case $arg in
	--quick) rows=100000 ;;
	-h|--help) usage; exit 0 ;;
	*) echo "$prog: unknown argument '$arg' (usage: scripts/bench.sh [--quick])" >&2; exit 2 ;;
	esac
done
runs=${BENCH_RUNS:-5}
case $rows in ''|*[!0-9]*|0) echo "$prog: BENCH_ROWS must be a positive integer, not '$rows'" >&2; exit 2 ;; esac
case $runs in ''|*[!0-9]*|0) echo "$prog: BENCH_RUNS must be a positive integer, not '$runs'" >&2; exit 2 ;; esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
gen=$shared/bench/gen.py
statpipe=${STATPIPE:-./statpipe}
data=bench-data
out=$data/out

# Same locale for every tool: C numbers, bytewise sort (datamash -s runs sort(1)).
export LC_ALL=C

if ! command -v python3 >/dev/null 2>&1; then
	echo "$prog: python3 is needed to generate the data (scripts/deps.sh --bench)" >&2
	exit 1
fi
if [ ! -f "$gen" ]; then
	echo "$prog: $gen not found (set SHARED to the directory holding bench/gen.py)" >&2
	exit 1
fi

# 1000000 -> 1m, 100000 -> 100k, anything else as it is.
short() {
	local n=$1
	if [ $((n % 1000000)) -eq 0 ]; then echo "$((n / 1000000))m"
	elif [ $((n % 1000)) -eq 0 ]; then echo "$((n / 1000))k"
	else echo "$n"; fi
}

mkdir -p "$out"
f_k1k=$data/d$(short "$rows").csv
f_k100k=$data/d$(short "$rows")_k100k.csv

make_data() {	# FILE ROWS GROUPS
	if [ -s "$1" ]; then
		return 0
	fi
	echo "$prog: generating $1 ($2 rows, $3 groups)" >&2
	python3 "$gen" --rows "$2" --groups "$3" -o "$1"
}
make_data "$f_k1k" "$rows" 1000
make_data "$f_k100k" "$rows" 100000

# --- which tools are here ------------------------------------------------
notes=()
have_statpipe=0 have_datamash=0 have_mlr=0
if [ -x "$statpipe" ]; then
	have_statpipe=1
else
	notes+=("statpipe: $statpipe not found, skipped (build it with make)")
fi
if command -v datamash >/dev/null 2>&1; then
	have_datamash=1
else
	notes+=("datamash: not installed, skipped (apt-get install datamash)")
fi
if command -v mlr >/dev/null 2>&1; then
	have_mlr=1
else
	notes+=("mlr: not installed, skipped (apt-get install miller)")
fi

if command -v hyperfine >/dev/null 2>&1; then
	timer="hyperfine --warmup 1 --runs $runs, median"
elif [ -x /usr/bin/time ]; then
	timer="/usr/bin/time -f %e, median of $runs runs"
else
	timer="bash time, median of $runs runs"
fi

# z has empty cells.  datamash --narm skips NA/N/A/NaN; if this datamash
# does not also skip empty fields, it reads a copy of the 1000-group file
# with the empty cells written as NA (made once, cached like the data).
dm_describe_file=$f_k1k
if [ $have_datamash -eq 1 ] &&
   ! printf 'a,b\n1,\n2,3\n' | datamash -t, -H --narm mean b >/dev/null 2>&1; then
	dm_describe_file=${f_k1k%.csv}.na.csv
	if [ ! -s "$dm_describe_file" ] || [ "$dm_describe_file" -ot "$f_k1k" ]; then
		echo "$prog: writing $dm_describe_file (empty cells as NA, for datamash --narm)" >&2
		sed 's/,,/,NA,/g; s/,,/,NA,/g; s/,$/,NA/' "$f_k1k" > "$dm_describe_file.tmp"
		mv "$dm_describe_file.tmp" "$dm_describe_file"
	fi
	notes+=("datamash --narm does not skip empty cells: its describe job reads $dm_describe_file (empty z written as NA)")
fi

# --- timing --------------------------------------------------------------
median() {	# numbers on stdin, one a line
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) exit 1
		if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]
		else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

time_cmd() {	# NAME CMD -> prints seconds, or "fail"
	local name=$1 cmd=$2 i tmp
	echo "$prog: $name: $cmd" >&2
	if ! bash -c "$cmd" > "$out/$name.out" 2> "$out/$name.err"; then
		echo "$prog: $name failed, see $out/$name.err" >&2
		echo fail
		return 0
	fi
	if command -v hyperfine >/dev/null 2>&1; then
		if ! hyperfine --warmup 1 --runs "$runs" --style basic \
			--export-json "$out/$name.json" "$cmd" > "$out/$name.hyperfine" 2>&1; then
			echo "$prog: hyperfine failed on $name, see $out/$name.hyperfine" >&2
			echo fail
			return 0
		fi
		python3 -c 'import json, sys
print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$out/$name.json"
		return 0
	fi
	tmp=$(mktemp)
	local times=
	for ((i = 0; i < runs; i++)); do
		if [ -x /usr/bin/time ]; then
			if ! /usr/bin/time -f %e -o "$tmp" bash -c "$cmd" > /dev/null 2>&1; then
				rm -f "$tmp"; echo fail; return 0
			fi
		else
			local TIMEFORMAT=%3R
			if ! { time bash -c "$cmd" > /dev/null 2>&1; } 2> "$tmp"; then
				rm -f "$tmp"; echo fail; return 0
			fi
		fi
		times+="$(tail -n 1 "$tmp")"$'\n'
	done
	rm -f "$tmp"
	printf '%s' "$times" | median
}

q() { printf '%q' "$1"; }

dm_describe_ops=
for c in x y z; do
	dm_describe_ops+=" count $c mean $c sstdev $c min $c q1 $c median $c q3 $c max $c"
done

jobs=(describe groupby-k1k groupby-k100k)
declare -A label cmd_statpipe cmd_datamash cmd_mlr
label[describe]="describe x,y,z"
cmd_statpipe[describe]="$(q "$statpipe") describe -c x,y,z $(q "$f_k1k")"
cmd_datamash[describe]="datamash -t, -H --narm$dm_describe_ops < $(q "$dm_describe_file")"
cmd_mlr[describe]="mlr --icsv --ojson stats1 -a count,mean,stddev,min,p25,median,p75,max -f x,y,z $(q "$f_k1k")"
for k in k1k k100k; do
	j=groupby-$k
	if [ $k = k1k ]; then f=$f_k1k; label[$j]="groupby 1000 groups"
	else f=$f_k100k; label[$j]="groupby 100000 groups"; fi
	cmd_statpipe[$j]="$(q "$statpipe") groupby -k grp mean:x count $(q "$f")"
	cmd_datamash[$j]="datamash -t, -H -s -g grp mean x count x < $(q "$f")"
	cmd_mlr[$j]="mlr --icsv --ocsv stats1 -a mean,count -f x -g grp $(q "$f")"
done

declare -A t_statpipe t_datamash t_mlr
for j in "${jobs[@]}"; do
	t_statpipe[$j]=- t_datamash[$j]=- t_mlr[$j]=-
	if [ $have_statpipe -eq 1 ]; then t_statpipe[$j]=$(time_cmd "$j.statpipe" "${cmd_statpipe[$j]}"); fi
	if [ $have_datamash -eq 1 ]; then t_datamash[$j]=$(time_cmd "$j.datamash" "${cmd_datamash[$j]}"); fi
	if [ $have_mlr -eq 1 ]; then t_mlr[$j]=$(time_cmd "$j.mlr" "${cmd_mlr[$j]}"); fi
done

ratio() {	# OTHER STATPIPE
	awk -v a="$1" -v b="$2" 'BEGIN {
		if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b + 0 > 0) printf "%.2f\n", a / b
		else print "-" }'
}

version() {
	case $1 in
	datamash) datamash --version 2>/dev/null | head -n 1 ;;
	mlr) mlr --version 2>/dev/null | head -n 1 ;;
	esac
}

results=$data/results-$(short "$rows").txt
{
	echo "statpipe benchmark: $rows rows, timer: $timer, LC_ALL=C"
	echo "data: $f_k1k, $f_k100k"
	if [ $have_datamash -eq 1 ]; then echo "datamash: $(version datamash)"; fi
	if [ $have_mlr -eq 1 ]; then echo "mlr: $(version mlr)"; fi
	echo
	fmt='%-22s %11s %11s %11s %17s %13s\n'
	# shellcheck disable=SC2059
	printf "$fmt" job "statpipe s" "datamash s" "mlr s" "datamash/statpipe" "mlr/statpipe"
	for j in "${jobs[@]}"; do
		# shellcheck disable=SC2059
		printf "$fmt" "${label[$j]}" "${t_statpipe[$j]}" "${t_datamash[$j]}" "${t_mlr[$j]}" \
			"$(ratio "${t_datamash[$j]}" "${t_statpipe[$j]}")" \
			"$(ratio "${t_mlr[$j]}" "${t_statpipe[$j]}")"
	done
	echo
	echo "Times are wall-clock seconds; a ratio above 1 means statpipe is faster."
	echo "Outputs of each command: $out/JOB.TOOL.out"
	for n in "${notes[@]+"${notes[@]}"}"; do
		echo "note: $n"
	done
} | tee "$results"
