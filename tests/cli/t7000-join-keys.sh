#!/bin/sh
# join: key cells compare as text unless both key columns are numbers;
# missing keys match each other; duplicates on both sides.  Every kind on
# text-text, text-number and number-number keys against R's merge()
# (scripts/gen-fixtures-wrangle.R): the ids of the rows, sorted as bytes.
. tests/cli/lib.sh
for p in text:join-text-left:join-text-right \
    text-number:join-text-left:join-num-right \
    number:join-num-left:join-num-right; do
	pair=${p%%:*} rest=${p#*:}
	L=$DATA/${rest%%:*}.csv R=$DATA/${rest#*:}.csv
	for how in inner left right full; do
		check_sh "$pair-$how" 0 "\$SP join --how $how -k k $L $R | \$SP select -c a,b | \$SP sort -k a:x,b:x"
	done
	for how in semi anti; do
		check_sh "$pair-$how" 0 "\$SP join --how $how -k k $L $R | \$SP select -c a"
	done
done
# hostile: a key name two columns share; a key only one side has
check dup-key-name     2 join -k a "$DATA/bad-dup-names.csv" "$DATA/join-left.csv"
check key-one-side     2 join -k v "$DATA/join-text-left.csv" "$DATA/join-left.csv"
done_testing
