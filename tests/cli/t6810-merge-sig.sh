#!/bin/sh
# State format 2: the signature whole in a state's first (sig) and last
# (end) records, a fingerprint in the others.  A record of another
# request's fingerprint, or one before any whole signature, is an error;
# states sorted by key (the empty keys of sig and end first) merge as the
# whole does.
. tests/cli/lib.sh
iris=$DATA/iris.csv
export tmp iris
h=$tmp/h
head -n 1 $iris >$h
sed -n 2,80p $iris | cat $h - >$tmp/i1.csv
sed -n 81,151p $iris | cat $h - >$tmp/i2.csv
for i in 1 2; do
	$SP groupby --by Species --partial mean:Sepal.Length sd:Sepal.Length \
	    $tmp/i$i.csv >$tmp/g$i.st
	$SP groupby --by Species --partial mean:Sepal.Width $tmp/i$i.csv \
	    >$tmp/w$i.st
done
check whole 0 groupby --by Species --sort mean:Sepal.Length sd:Sepal.Length $iris
check_sh sorted 0 'cat $tmp/g2.st $tmp/g1.st | sort -t , -k1,1 | $SP merge --sort'
# the data records of another request under this one's signature
check_sh other-fingerprint 1 '{ sed -n 1p $tmp/g1.st; sed 1d $tmp/w2.st; } | $SP merge'
check_sh no-signature-yet 1 'sed 1d $tmp/g1.st | $SP merge'
# the sig record counts as one of the state's records
check_sh sig-counted 1 'sed 1d $tmp/g1.st | cat $tmp/g2.st - | $SP merge'
done_testing
