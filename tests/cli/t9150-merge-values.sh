#!/bin/sh
# mode, unique, first and last in states (issue 23): parts of iris and
# airquality (text and number columns, missing values) merged in other
# orders and as a tree give the whole's table byte for byte; past 1024
# distinct values unique goes on as a HyperLogLog sketch (unique_approx,
# 0.8 % relative error) and mode is an error; first and last need the
# chunk's place (--part-index, --shard); hostile values records.
. tests/cli/lib.sh
iris=$DATA/iris.csv
aq=$DATA/airquality.csv
export iris aq EXP
ops='mode:Species,Sepal.Width unique:Species,Petal.Length first:Species,Sepal.Length last:Species,Sepal.Length count'
export ops
# three parts with their places; merged out of order and as a tree
head -n 1 $iris >$tmp/h
sed -n 2,40p $iris | cat $tmp/h - >$tmp/i0.csv
sed -n 41,100p $iris | cat $tmp/h - >$tmp/i1.csv
sed -n 101,151p $iris | cat $tmp/h - >$tmp/i2.csv
for i in 0 1 2; do
	$SP groupby --by Petal.Width --partial --part-index $i $ops \
	    $tmp/i$i.csv >$tmp/g$i.st
done
check whole 0 groupby --by Petal.Width --sort $ops $iris
check_sh merged 0 '$SP merge --sort $tmp/g2.st $tmp/g0.st $tmp/g1.st'
check_sh merged-is-whole 0 '$SP merge --sort $tmp/g1.st $tmp/g2.st $tmp/g0.st >$tmp/m; $SP groupby --by Petal.Width --sort $ops $iris | cmp - $tmp/m && echo same'
check_sh tree 0 '$SP merge --partial $tmp/g2.st $tmp/g0.st >$tmp/t02; $SP merge --sort $tmp/g1.st $tmp/t02 | cmp - $tmp/m && echo same'
check_sh hadoop-sorted 0 'cat $tmp/g2.st $tmp/g1.st $tmp/g0.st | sort -t, -k1,1 | $SP merge --sort | cmp - $tmp/m && echo same'
check state 0 groupby --partial --part-index 7 mode:Species first:Petal.Length unique:Petal.Length $tmp/i0.csv

# describe, numbers with missing values, by --shard (its index orders them)
s=count,missing,mode,unique,first,last
check aq-whole 0 describe --by Month --sort -s $s $aq
check_sh aq-shards 0 'for i in 3 0 4 1 2; do $SP describe --by Month -s '$s' --partial --shard $i/5 $aq; done | $SP merge --sort | cmp - $EXP/aq-whole.out && echo same'

# past 1024 distinct values: unique from the sketch, named so
awk 'BEGIN { print "g,v"; for (i = 0; i < 6000; i++) printf "%d,x%d\n", i % 2, (i * 7919) % 4999 }' >$tmp/many.csv
check many-whole 0 groupby --by g unique:v count $tmp/many.csv
check many-describe-whole 0 describe -s count,unique $tmp/many.csv
check_sh many-merged 0 'for i in 0 1 2; do $SP groupby --by g unique:v count --shard $i/3 --partial $tmp/many.csv; done | $SP merge'
check_sh many-describe 0 'for i in 0 1; do $SP describe -s count,unique --shard $i/2 --partial $tmp/many.csv; done | $SP merge'
check_sh many-mode 1 '$SP groupby --by g mode:v --partial --part-index 0 $tmp/many.csv'

# first and last need the order; each part once
check first-no-index 2 groupby --partial first:Species $iris
check describe-last-no-index 2 describe --partial -s last $iris
check_sh same-part-twice 1 'cd $tmp && $SP merge g0.st g0.st'
check bad-index 2 groupby --partial --part-index -1 last:Species $iris

# hostile values records: one line each, nothing on stdout
check_sh broken-list 1 'sed "s/,1=/,x=/" $tmp/g0.st | $SP merge'
check_sh broken-kind 1 'sed "s/,t,,,,/,q,,,,/" $tmp/g0.st | $SP merge'
check_sh sketch-for-mode 1 'sed "s/,[0-9]*=[^,]*\$/,hll14:0/" $tmp/g0.st | $SP merge'
check_sh bad-sketch 1 '$SP groupby unique:v --partial $tmp/many.csv | sed "s/hll14:0/hll14:~/" | $SP merge'
done_testing
