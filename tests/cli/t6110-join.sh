#!/bin/sh
# join: every kind against R's merge() (scripts/gen-fixtures-wrangle.R;
# rows sorted the same way on both sides), suffixes, the indicator,
# --validate, numbers against text, bad input.
. tests/cli/lib.sh
L=$DATA/join-left.csv
R=$DATA/join-right.csv
for how in inner left right full; do
	check_sh "$how" 0 "\$SP join --how $how -k k $L $R | \$SP sort -k k:x,a:x,v_x:x,b:x,v_y:x"
done
check semi            0 join --how semi -k k "$L" "$R"
check anti            0 join --how anti -k k "$L" "$R"
check_sh semi-left-streams 0 "cat $L | \$SP join --how semi -k k - $R"
check indicator       0 join --how full --indicator -k k "$L" "$R"
check suffix          0 join --suffix .l,.r -k k "$L" "$R"
check_sh right-stdin  0 "cat $R | \$SP join --how left -k k $L -"
check_sh number-vs-text 0 'printf "id,n\n1,2.0\n2,x\n3,1e0\n" > "$tmp/a.csv"; printf "n,w\n1,one\n2,two\n" > "$tmp/b.csv"; $SP join -k n "$tmp/a.csv" "$tmp/b.csv"'
check_sh text-keys    0 'printf "n,w\n1,one\nb,bee\n" > "$tmp/b.csv"; printf "id,n\n1,1.0\n2,1\n3,b\n4,bb\n" > "$tmp/a.csv"; $SP join -k n "$tmp/a.csv" "$tmp/b.csv"'
check_sh other-key-names 0 'printf "key,w\n1,one\n2,two\n" > "$tmp/b.csv"; $SP join --how full --left-key k --right-key key testdata/join-left.csv "$tmp/b.csv"'
check validate-m1     1 join --validate m:1 -k k "$L" "$R"
check validate-1m     1 join --validate 1:m -k k "$L" "$R"
check_sh validate-ok  0 'printf "k,w\n1,one\n2,two\nNA,none\n" > "$tmp/b.csv"; $SP join --validate m:1 -k k testdata/join-left.csv "$tmp/b.csv"'
check missing-key     2 join -k a "$L" "$R"
check ragged          1 join -k a testdata/bad-short-row.csv "$L"
check one-input       2 join -k k "$L"
check bad-how         2 join --how outerr -k k "$L" "$R"
check semi-indicator  2 join --how semi --indicator -k k "$L" "$R"
done_testing
