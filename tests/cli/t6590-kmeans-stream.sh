#!/bin/sh
# kmeans --assign in two passes (the fit, then every row through): a
# regular file read twice, stdin and pipes copied to a temporary file
# first; rows pass through byte for byte with the same clusters whatever
# the input, and errors name the input, not the copy.
. tests/cli/lib.sh
KM='kmeans -c 1-4 --centers testdata/iris-centers.csv'

check assign-file      0 kmeans -c 1-4 --centers "$DATA/iris-centers.csv" --assign "$DATA/iris.csv"
check_sh assign-stdin  0 'cat testdata/iris.csv | $SP '"$KM"' --assign | cmp - tests/cli/expect/t6590/assign-file.out && echo same'
check_sh assign-dash   0 '$SP '"$KM"' --assign - <testdata/iris.csv | cmp - tests/cli/expect/t6590/assign-file.out && echo same'
# the clusters are the fit's: the same as the cluster sizes of the table
check_sh sizes         0 '$SP '"$KM"' --assign testdata/iris.csv | cut -d, -f6 | sort | uniq -c; $SP '"$KM"' testdata/iris.csv | cut -d, -f1,2'
# --scale: the distances in the scaled units, from stdin as from a file
check_sh scale-stdin   0 '$SP kmeans -c 1-4 -k 3 --seed 2 --scale --assign testdata/iris.csv > "${TMPDIR:-/tmp}/t6590.$$" && cat testdata/iris.csv | $SP kmeans -c 1-4 -k 3 --seed 2 --scale --assign | cmp - "${TMPDIR:-/tmp}/t6590.$$" && echo same; rm -f "${TMPDIR:-/tmp}/t6590.$$"'
# two inputs, stdin between files; cells as read; missing values counted
check_sh two-inputs    0 'head -n 4 testdata/iris.csv | $SP '"$KM"' --assign testdata/iris.csv - | tail -n 4'
check_sh passthrough   0 'printf "name,x,y\n\"a, b\",1.50,2\nc,NA,3\nd,3,7.0\ne,4,1e1\nf,0,0\n" | $SP kmeans -c x,y -k 2 --assign'
check_sh tsv           0 'printf "x\ty\n1\t2\n2\t1\n9\t9\n10\t8\n" | $SP kmeans -k 2 --assign --tsv'
# errors: the input named (stdin, not the temporary copy), no output
check_sh stdin-error   1 'printf "a,b\n1,2\n3,x\n" | $SP kmeans -k 1 --assign'
check_sh format-json   2 'cat testdata/iris.csv | $SP kmeans -c 1-4 -k 3 --assign --format json'
check missing-file     1 kmeans -k 2 --assign "$DATA/no-such-file.csv"
done_testing
