#!/bin/sh
# join --sorted: the merge of inputs sorted by the keys gives the rows of
# R's merge() (the expected files of t6110, made by
# scripts/gen-fixtures-wrangle.R), for every kind; unsorted input is an
# error naming its file and line; --validate; 1 matches 1.0; bad input.
. tests/cli/lib.sh
L=$DATA/join-left-sorted.csv	# statpipe sort -k k of join-left.csv
R=$DATA/join-right-sorted.csv
for how in inner left right full; do
	check_sh "$how" 0 "\$SP join --sorted --how $how -k k $L $R | \$SP sort -k k:x,a:x,v_x:x,b:x,v_y:x | cmp - tests/cli/expect/t6110/$how.out && echo same as merge"
done
for how in semi anti; do
	check_sh "$how" 0 "\$SP sort -k k:x,a:x,v:x tests/cli/expect/t6110/$how.out > $tmp/want; \$SP join --sorted --how $how -k k $L $R | \$SP sort -k k:x,a:x,v:x | cmp - $tmp/want && echo same as merge"
done
check indicator       0 join --sorted --how full --indicator -k k "$L" "$R"
check_sh left-stdin   0 "cat $L | \$SP join --sorted --how left -k k - $R"
check_sh numbers      0 'printf "k,a\n1,a\n1.0,b\n2,c\n" > "$tmp/a.csv"; printf "k,b\n1.00,x\n2e0,y\n10,z\n" > "$tmp/b.csv"; $SP join --sorted --how full -k k "$tmp/a.csv" "$tmp/b.csv"'
check unsorted-left   1 join --sorted -k k testdata/join-left.csv "$R"
check unsorted-right  1 join --sorted -k k "$L" testdata/join-right.csv
check validate-m1     1 join --sorted --validate m:1 -k k "$L" "$R"
check validate-1m     1 join --sorted --validate 1:m -k k "$L" "$R"
check ragged          1 join --sorted -k k "$L" testdata/join-ragged-sorted.csv
check missing-key     2 join --sorted -k a "$L" "$R"
done_testing
