#!/bin/sh
# pca --scores in two passes: a regular file read twice, stdin and pipes
# copied to a temporary file first; the rows pass through byte for byte
# with the same scores whatever the input, and errors name the input.
. tests/cli/lib.sh

check scores-file      0 pca --scale -c 1-4 --scores "$DATA/iris.csv"
# the same bytes from stdin, from a pipe, and stdin between files
check_sh scores-stdin  0 'cat testdata/iris.csv | $SP pca --scale -c 1-4 --scores | cmp - tests/cli/expect/t6560/scores-file.out && echo same'
check_sh scores-dash   0 '$SP pca --scale -c 1-4 --scores - <testdata/iris.csv | cmp - tests/cli/expect/t6560/scores-file.out && echo same'
# (the PCA of the scores of iris twice has the identity as loadings)
check_sh scores-two    0 'cat testdata/iris.csv | $SP pca -c 1-4 --scores testdata/iris.csv - | $SP pca -c 6-9 --loadings | awk -F, "NR > 1 { for (i = 2; i <= NF; i++) printf \"%.9f \", \$i; print \"\" }" | sed "s/-0.000000000/0.000000000/g"'
# cells pass through as read: quotes, NA tokens, trailing zeros
check_sh passthrough   0 'printf "name,x,y\n\"a, b\",1.50,2\nc,NA,3\nd,3,7.0\ne,4,1e1\n" | $SP pca -c x,y --scores'
check_sh tsv           0 'printf "x\ty\n1\t2\n2\t1\n3\t5\n" | $SP pca --scores --tsv'
# errors: the input named (stdin, not the temporary copy), no output
check_sh stdin-error   1 'printf "a,b\n1,2\n3,x\n" | $SP pca --scores'
check_sh format-table  2 'cat testdata/iris.csv | $SP pca -c 1-4 --scores --format table'
check missing-file     1 pca --scores "$DATA/no-such-file.csv"
done_testing
