#!/bin/sh
# statpipe nbayes streams a regular file in one pass (nbayes_stream); on
# stdin it reads the frame (nbayes_frame).  Both must give the same bytes:
# tables, warnings and model files.  Cases the pass hands to the frame
# (a column numeric for 4096+ distinct values then text, classes that
# are numbers, errors) give the frame's results.
. tests/cli/lib.sh
export tmp

# same ARGS... FILE: the streamed output (golden), then "same" if stdin's
# output, warnings and model file are the same bytes
cat >$tmp/same <<'SH'
eval "f=\${$#}"
n=$(($# - 1))
i=1
for a in "$@"; do
	[ $i -le $n ] && set -- "$@" "$a"
	i=$((i + 1))
done
shift $(($n + 1))
$SP nbayes --save-model $tmp/a.json "$@" "$f" >$tmp/a.out 2>$tmp/a.err
ra=$?
$SP nbayes --save-model $tmp/b.json "$@" <"$f" >$tmp/b.out 2>$tmp/b.err
rb=$?
cat $tmp/a.out
cat $tmp/a.err >&2
[ $ra -eq $rb ] && cmp -s $tmp/a.out $tmp/b.out &&
    cmp -s $tmp/a.err $tmp/b.err &&
    { [ $ra -ne 0 ] || cmp -s $tmp/a.json $tmp/b.json; } && echo same >&2
exit $ra
SH
G='cls ~ x1 + x2 + x3 + f1'
export G

check_sh iris 0 'sh $tmp/same --tables "Species ~ ." testdata/iris.csv'
check_sh iris-gz 0 'sh $tmp/same "Species ~ ." testdata/iris.csv.gz'
check_sh votes 0 'sh $tmp/same --tables --laplace 1 "Class ~ ." \
    testdata/housevotes.csv'
check_sh votes-na 0 'sh $tmp/same --tables "Class ~ ." testdata/housevotes-na.csv'
check_sh gen-na 0 'sh $tmp/same --tables --laplace 0.5 "$G" testdata/nbsvm-gen-na.csv'
check_sh gen-priors 0 'sh $tmp/same --priors 0.2,0.3,0.5 "$G" testdata/nbsvm-gen.csv'
# a class missing, a level only in a row without a class, a column text
# from its first value (numbers in it are levels)
check_sh odd 0 'printf "c,a,b,t\nu,1,x,\nv,2,y,q\n,3,z,5\nu,4,x,7\nv,,y,q\nu,6,y,r\n" \
    >$tmp/o.csv && sh $tmp/same --tables "c ~ a + b + t" $tmp/o.csv'
# numbers then text: the frame's error (stdin's names stdin: no "same"), past
# the first rows, which the threads read as numbers
check_sh late-text 1 'awk "BEGIN { print \"c,a\"; for (i = 0; i < 50000; i++)
    print (i % 2 ? \"u\" : \"v\") \",\" i / 7; print \"u,oops\" }" \
    >$tmp/l.csv && sh $tmp/same --tables "c ~ a" $tmp/l.csv 2>&1 |
    sed "s|$tmp|TMP|" >&2; exit 1'
# classes that are numbers: their levels as the frame orders them
check_sh numeric-classes 0 'printf "c,a\n10,1\n9,2\n10,3\n9,5\n" \
    >$tmp/n.csv && sh $tmp/same --tables "c ~ a" $tmp/n.csv'
check_sh one-class 1 'printf "c,a\nu,1\nu,2\n" >$tmp/e.csv &&
    sh $tmp/same "c ~ a" $tmp/e.csv'
check_sh no-value 1 'printf "c,a\nu,1\nv,\nu,2\n" >$tmp/e.csv &&
    sh $tmp/same "c ~ a" $tmp/e.csv'
check_sh unknown-column 2 'sh $tmp/same "c ~ nope" testdata/iris.csv'

done_testing
