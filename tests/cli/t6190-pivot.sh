#!/bin/sh
# longer and wider against pandas' melt and pivot
# (scripts/gen-fixtures-wrangle.py), the round trip, duplicates, --agg.
. tests/cli/lib.sh
check longer          0 longer -c a,b,c "$DATA/wide.csv"
check wider           0 wider --names-from key --values-from val "$DATA/long.csv"
check wider-fill      0 wider --names-from key --values-from val --fill 0 "$DATA/long.csv"
check_sh round-trip   0 '$SP longer -c a,b,c testdata/wide.csv | $SP wider --names-from name --values-from value | cmp - testdata/wide.csv && echo same'
check_sh duplicate    1 'printf "id,k,v\n1,a,2\n1,a,3\n" | $SP wider --names-from k --values-from v'
check_sh agg-sum      0 'printf "id,k,v\n1,a,2\n1,a,3\n2,b,NA\n1,b,1.5\n" | $SP wider --names-from k --values-from v --agg sum'
check_sh agg-last     0 'printf "id,k,v\n1,a,2\n1,a,3\n" | $SP wider --names-from k --values-from v --agg last'
check names-to        0 longer -c b,a --names-to var --values-to x "$DATA/wide.csv"
check no-cols         2 longer "$DATA/wide.csv"
check bad-agg         2 wider --names-from key --values-from val --agg median "$DATA/long.csv"
check unknown         2 wider --names-from nope --values-from val "$DATA/long.csv"
done_testing
