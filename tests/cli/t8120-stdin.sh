#!/bin/sh
# stdin as a regular file of 2 MiB or more (issue 25 section 2): the
# parallel reader reads from stdin's offset and leaves it at the end, and
# a second "-" is empty (as cat - -), so the thread count never changes a
# result; an empty file is an error wherever it comes (section 6).
. tests/cli/lib.sh
big=$tmp/big.csv
awk 'BEGIN { print "x,y"; for (i = 0; i < 240000; i++)
    printf "%d,%d.%03d\n", i % 97, i % 1013, i % 1000 }' >"$big"
for t in 1 2 3; do
	check_sh "twice-threads-$t" 0 "\"\$SP\" describe -c x -s count,sum \
	    --threads $t - - <'$big'"
done
# the parallel reader is used only from 2 MiB; the outputs are the same
check_sh same-with-any-threads 0 "test \$(wc -c <'$big') -ge 2097152 &&
    for t in 1 2 3; do \"\$SP\" describe -c x -s count,sum --threads \$t \
    - - <'$big' >'$tmp/t'\$t || exit 1; done &&
    cmp '$tmp/t1' '$tmp/t2' && cmp '$tmp/t1' '$tmp/t3' && echo same"
# stdin part read by the shell: from its offset, and left at the end
for t in 1 2; do
	check_sh "offset-threads-$t" 0 "{ IFS= read -r h; \"\$SP\" describe \
	    -c 1 -s count,sum --no-header --threads $t; wc -c; } <'$big'"
done
: >"$tmp/empty.csv"
check_sh empty-second-name 1 "cd '$tmp' && \"\$SP\" describe \
    '$PWD/$DATA/cars.csv' empty.csv"
check_sh empty-second-stdin 1 "\"\$SP\" describe '$DATA/cars.csv' - \
    </dev/null"
check_sh empty-no-header 1 "cd '$tmp' && \"\$SP\" describe --no-header \
    '$PWD/$DATA/cars.csv' empty.csv"
done_testing
