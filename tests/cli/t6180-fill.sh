#!/bin/sh
# fill and dropna against pandas' ffill, bfill, fillna and dropna
# (scripts/gen-fixtures-wrangle.py), groups, counts, bad options.
. tests/cli/lib.sh
F=$DATA/fill.csv
check down            0 fill --down "$F"
check up              0 fill --up "$F"
check down-groups     0 fill --down -k g -c x,y "$F"
check value           0 fill --value 0 -c y "$F"
check dropna          0 dropna "$F"
check dropna-all      0 dropna --how all -c x,y "$F"
check up-groups       0 fill --up -k g "$F"
check no-how          2 fill "$F"
check two-hows        2 fill --up --down "$F"
check bad-how         2 dropna --how some "$F"
check unknown-col     2 dropna -c nope "$F"
check ragged          1 fill --down testdata/bad-short-row.csv
done_testing
