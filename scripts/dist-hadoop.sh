#!/bin/sh
# A Hadoop-Streaming-shaped pipeline run here (make check-dist): the input
# split into headerless chunks, each mapped by `groupby --partial
# --no-header --names ... --format tsv` (key<TAB>value lines), all lines
# sorted by key as the shuffle does, and reduced by `merge --tsv`, once
# whole and once by two reducers that each get a range of keys (as a
# partitioner gives them).  The same command lines run as
# hadoop jar hadoop-streaming.jar -mapper ... -reducer ... (see
# statpipe-distributed(7)).
. scripts/dist-lib.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
ops="mean:x sd:x max:y sum:y count"

gen_csv 100000 >"$tmp/in.csv"
"$STATPIPE" groupby --by g --sort $ops "$tmp/in.csv" >"$tmp/want"
sed 1d "$tmp/in.csv" | split -l 7000 - "$tmp/chunk."
mapper="$STATPIPE groupby --no-header --names id,g,x,y --by g $ops --partial --format tsv"
for c in "$tmp"/chunk.*; do
	$mapper <"$c" || exit 1
done | sort -t "$(printf '\t')" -k1,1 >"$tmp/shuffled"

"$STATPIPE" merge --tsv --sort <"$tmp/shuffled" >"$tmp/got"
same_table "$tmp/want" "$tmp/got"
result $? "hadoop-shaped: $(ls "$tmp"/chunk.* | wc -l) mappers, sort, one reducer"

# two reducers, keys split as a partitioner would: each reducer's own
# records, and the end records (empty key) to count them by
awk -F '\t' -v d="$tmp" '$1 == "" { print > (d "/r0"); print > (d "/r1"); next }
	{ print > (d "/r" ($1 < "g5" ? 0 : 1)) }' "$tmp/shuffled"
ok=1
"$STATPIPE" merge --tsv "$tmp/r0" >"$tmp/o0" 2>"$tmp/e0" ||
    grep -q "truncated state" "$tmp/e0" && ok=0
result $ok "hadoop-shaped: a reducer given part of the states says so"
# ... unless told the records were partitioned by key
{ head -n 1 "$tmp/want"
  for r in 0 1; do "$STATPIPE" merge --tsv --partitioned "$tmp/r$r" | sed 1d; done |
      sort -t , -k1,1; } >"$tmp/got2"
{ head -n 1 "$tmp/want"; sed 1d "$tmp/want" | sort -t , -k1,1; } >"$tmp/want2"
same_table "$tmp/want2" "$tmp/got2"
result $? "hadoop-shaped: two reducers with merge --partitioned"
done_testing
