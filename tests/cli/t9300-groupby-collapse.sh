#!/bin/sh
# groupby's datamash operations collapse and rand.  collapse's cells are
# GNU datamash's (scripts/gen-fixtures-people.py: datamash -s --narm
# collapse) byte for byte: TSV as datamash writes it, and from a CSV with
# quoted commas, quotes, spaces and a newline, written back as RFC 4180.
# rand: one of the group's values, the same for the same seed on one or
# two parsing threads, and each value of a group picked about as often.
. tests/cli/lib.sh

check_sh tsv-vs-datamash 0 '$SP groupby --tsv -k key --sort \
    collapse:name,value --format tsv testdata/collapse.tsv >$tmp/o &&
    tail -n +2 $tmp/o | cmp - '"$EXP"'/datamash-tsv.out && echo same'
check_sh csv-vs-datamash 0 '$SP groupby -k key --sort collapse:name,value \
    testdata/collapse.csv >$tmp/o && tail -n +2 $tmp/o |
    cmp - '"$EXP"'/datamash-csv.out && echo same'
# first appearance, beside numeric ops of the same column: the bytes read
check first-appearance 0 groupby -k key collapse:value mean:value \
    first:value count testdata/collapse.csv
check json 0 groupby -k key collapse:name --format json testdata/collapse.csv
check describe 0 describe -c name,value -s count,missing,collapse \
    testdata/collapse.csv
# a column that turns text after numbers: collapse keeps the bytes, rand's
# earlier pick is written as a number is
check_sh became-text 0 "printf 'x\\n1.50\\n2\\nabc\\n007\\n' |
    \$SP describe -s count,collapse,rand --seed 4"
check no-rows 0 groupby -k a collapse:b rand:c testdata/header-only.csv
check partial-collapse 2 groupby -k key collapse:value --partial \
    testdata/collapse.csv
check partial-rand 2 describe -s mean,rand --partial testdata/collapse.csv

# rand: a golden pick (numbers where the column is numeric, as first),
# the default seed 42, another seed, and a group of missing values only
check rand 0 groupby -k key rand:name,value mean:value \
    testdata/collapse.csv
check_sh rand-default-seed 0 '$SP groupby -k key rand:name \
    testdata/collapse.csv >$tmp/a && $SP groupby -k key rand:name \
    --seed 42 testdata/collapse.csv | cmp - $tmp/a && echo same'
check rand-seed 0 groupby -k Species rand:Sepal.Length,Species --seed 7 \
    testdata/iris.csv

# 4000 groups of the values 1 2 3 4: every pick is one of its group's
# values, and the four are picked about equally (chi-square, 3 df, below
# its 0.999 quantile 16.27), in a file of 2.2 MB read on 1 and 2 threads
awk 'BEGIN { print "g,x,pad"; for (i = 0; i < 16000; i++)
	printf "g%d,%d,%0130d\n", i % 4000, int(i / 4000) + 1, i }' \
    >"$tmp/u.csv"
check_sh rand-threads 0 '$SP groupby -k g rand:x collapse:x --threads 1 \
    --format tsv $tmp/u.csv >$tmp/t1 && $SP groupby -k g rand:x \
    collapse:x --threads 2 --format tsv $tmp/u.csv | cmp - $tmp/t1 &&
    wc -c <$tmp/u.csv | awk "{ print (\$1 > 2097152) }"'
check_sh rand-uniform 0 'awk -F "	" "NR > 1 {
	n = split(\$3, v, \",\"); ok = n == 4
	for (i = 1; i <= n; i++) if (v[i] == \$2) ok++
	if (ok != 2) bad++; c[\$2]++
} END {
	for (k = 1; k <= 4; k++) x += (c[k] - 1000) ^ 2 / 1000
	print NR - 1, bad + 0, (x < 16.27)
}" <$tmp/t1'
done_testing
