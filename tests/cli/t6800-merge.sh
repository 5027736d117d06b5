#!/bin/sh
# --partial states and merge: split iris (150 rows) and airquality (missing
# values), merge the parts' states and compare with the whole (the exact
# statistics; quantiles are *_approx, here exact as every centroid holds
# one value); --no-header --names, --shard, TSV states; hostile states.
. tests/cli/lib.sh
iris=$DATA/iris.csv
aq=$DATA/airquality.csv
export tmp iris aq
h=$tmp/h
head -n 1 $iris >$h
sed -n 2,60p $iris | cat $h - >$tmp/i1.csv
sed -n 61,151p $iris | cat $h - >$tmp/i2.csv

$SP describe --partial $tmp/i1.csv >$tmp/d1.st
$SP describe --partial $tmp/i2.csv >$tmp/d2.st
check describe-whole 0 describe $iris
# the same numbers but the quantiles' names (the merge is of 2 parts)
check_sh describe-merged 0 'cat $tmp/d2.st $tmp/d1.st | $SP merge'
check_sh describe-state-exact 0 '$SP describe --partial -s count,mean,sd $tmp/i1.csv'

$SP groupby --by Species --partial mean:Sepal.Length sd:Sepal.Length \
    median:Petal.Width count $tmp/i1.csv >$tmp/g1.st
$SP groupby --by Species --partial mean:Sepal.Length sd:Sepal.Length \
    median:Petal.Width count $tmp/i2.csv >$tmp/g2.st
check groupby-whole 0 groupby --by Species mean:Sepal.Length sd:Sepal.Length \
    median:Petal.Width count $iris
check groupby-merged 0 merge --sort $tmp/g2.st $tmp/g1.st
# a tree: a merged state merged again
check_sh groupby-tree 0 '$SP merge --partial $tmp/g2.st | $SP merge - $tmp/g1.st'
check_sh count-only 0 'for f in $tmp/i1.csv $tmp/i2.csv; do $SP groupby --by Species count --partial $f; done | $SP merge'

# missing values and keys: airquality by Month, halves
head -n 1 $aq >$h
sed -n 2,80p $aq | cat $h - >$tmp/a1.csv
sed -n 81,154p $aq | cat $h - >$tmp/a2.csv
check aq-whole 0 describe --by Month -s count,missing,mean,sd,skewness,kurtosis,min,max,sum -c Ozone,Solar.R $aq
check_sh aq-merged 0 'for f in $tmp/a2.csv $tmp/a1.csv; do $SP describe --by Month -s count,missing,mean,sd,skewness,kurtosis,min,max,sum -c Ozone,Solar.R --partial $f; done | $SP merge --sort'

# headerless chunks (Hadoop), TSV states
check_sh names-tsv 0 'sed 1d $tmp/i1.csv | $SP groupby --no-header --names sl,sw,pl,pw,sp --by sp mean:sl --partial --format tsv >$tmp/t1.st; sed 1d $tmp/i2.csv | $SP groupby --no-header --names sl,sw,pl,pw,sp --by sp mean:sl --partial --format tsv >$tmp/t2.st; cat $tmp/t1.st $tmp/t2.st | sort -t "	" -k1,1 | $SP merge --tsv'
check_in names-count 1 $tmp/i1.csv describe --no-header --names a,b
check names-no-header 2 describe --names a,b $iris

# --shard: three byte ranges of one file, aligned to records as --threads
check_sh shard 0 'for i in 0 1 2; do $SP describe -s count,mean,sd,min,max --shard $i/3 --partial $aq; done | $SP merge'
check aq-all 0 describe -s count,mean,sd,min,max $aq
check_sh shard-count 0 'for i in 0 1 2 3 4 5 6; do $SP groupby count --shard $i/7 $iris; done'
check_in shard-stdin 2 $iris describe --shard 0/2
check shard-bad 2 describe --shard 2/2 $iris

# huge values (scaled moments), inf, an empty group, a name with a comma:
# merged as the whole (an inf no longer scales the moments of a column)
printf 'g,"a,b",c\nx,1e300,1\nx,3e300,\ny,,2\n' >$tmp/e1.csv
printf 'g,"a,b",c\nx,2e300,3\nz,-1e300,inf\ny,,\n' >$tmp/e2.csv
{ cat $tmp/e1.csv; sed 1d $tmp/e2.csv; } >$tmp/e12.csv
s=count,missing,mean,sd,skewness,min,max,sum,median
check huge-whole 0 describe -q --by g -s $s $tmp/e12.csv
check_sh huge-merged 0 'for f in $tmp/e2.csv $tmp/e1.csv; do $SP describe --by g -s '$s' --partial $f; done | $SP merge -q --sort'

# hostile states: one line error, nothing on stdout
check partial-first 2 describe --partial -s first $iris
check_sh truncated 1 'head -n 2 $tmp/d1.st | $SP merge'
check_sh truncated-line 1 'head -c 300 $tmp/d1.st | $SP merge'
check_sh other-version 1 'sed "s|statpipe-state/2|statpipe-state/9|" $tmp/d1.st | $SP merge'
check_sh other-stats 1 '$SP describe --partial -s count,mean $tmp/i2.csv | cat $tmp/d1.st - | $SP merge'
check_sh other-columns 1 '$SP describe --partial -c 1-3 $tmp/i2.csv | cat $tmp/d1.st - | $SP merge'
check_sh other-command 1 'cat $tmp/d1.st $tmp/g1.st | $SP merge'
check_sh not-a-state 1 '$SP merge $iris'
check_sh empty 1 '$SP merge </dev/null'
check merge-no-header 2 merge --no-header $tmp/d1.st
done_testing
