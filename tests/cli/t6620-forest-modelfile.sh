#!/bin/sh
# A forest's model file: one line of text a tree (flat.h's fields), read
# back to the same predictions as the fit's own trees; the same on any
# number of threads; a hostile tree is one line naming the file's line.
. tests/cli/lib.sh

M=$tmp/f.json
fit() {
	"$STATPIPE" forest --trees 20 --seed 5 --save-model "$M" "$@" \
	    >/dev/null 2>&1
}
# a forest of one tree without sampling predicts as the tree (its leaves)
check_sh one-tree-is-the-tree 0 '$SP forest --trees 1 --mtry 4 \
    --sample-fraction 1 --no-replace --min-node-size 3 --save-model '"$M"' \
    "Species ~ ." testdata/iris.csv >/dev/null &&
    $SP predict --type class --model '"$M"' testdata/iris.csv > '"$tmp"'/f &&
    $SP tree --cp -1 --minsplit 4 --minbucket 1 --xval 0 --save-model \
    '"$tmp"'/t.json "Species ~ ." testdata/iris.csv >/dev/null &&
    $SP predict --type class --model '"$tmp"'/t.json testdata/iris.csv |
    cmp - '"$tmp"'/f && $SP groupby -k Species,predicted count '"$tmp"'/f'
fit 'y ~ x1 + x2 + x3 + c2 + c4 + c6' testdata/tree-gen.csv
check_sh layout 0 'sed -n "1,3p;15,17p" '"$M"' | cut -c1-72'
check_sh threads-same 0 '$SP predict --threads 1 --model '"$M"' \
    testdata/tree-gen.csv > '"$tmp"'/p1 && $SP predict --threads 3 --model \
    '"$M"' testdata/tree-gen.csv | cmp - '"$tmp"'/p1 &&
    $SP describe -c fitted -s count,mean --digits 10 '"$tmp"'/p1'
# hostile trees: FILE:LINE: tree T: node K: what
bad() {
	name=$1 expr=$2
	check_sh "$name" 1 'sed '"'$expr'"' '"$M"' > '"$tmp"'/bad.json && cd '"$tmp"' &&
	    $SP predict --model bad.json "$OLDPWD/testdata/tree-gen.csv"'
}
bad bad-var '16s/^    "[0-9]/    "9/'
bad bad-side '16s/ [<>] / x /'
bad bad-right '16s/^\(    "[0-9]* [<>lr]*\) [0-9]*/\1 1/'
bad bad-cut '16s/^\(    "[0-9]* [<>lr]* [0-9]*\) [^ ]*/\1 1e999/'
bad bad-short '16s/ [^ "]*",$/",/'
bad bad-type '16s/^    "/    7, "/'
done_testing
