#!/bin/sh
# sort --check streams (each row against the one before): keys without a
# type whose values turn out to hold text after the rows compared, several
# files, too many untyped keys; and a sort whose temporary files cannot be
# written fails with one line and leaves no file behind.
. tests/cli/lib.sh
# "10" after "2" is in order as numbers, not as bytes: the "b" decides
check_sh auto-text-late     1 'printf "v\n2\n10\nb\n" | $SP sort --check -k v'
check_sh auto-numbers       0 'printf "v\n2\n10\n" | $SP sort --check -k v && echo sorted'
check_sh auto-bytes-ok      0 'printf "v\n10\n2\nb\n" | $SP sort --check -k v && echo sorted'
check_sh auto-bytes-late    1 'printf "v\n10\n2\n" | $SP sort --check -k v'
# a turns text (bytes: 1 = 1 < x), b stays numbers (2 < 10)
check_sh two-auto           0 'printf "a,b\n1,2\n1,10\nx,0\n" | $SP sort --check -k a,b && echo sorted'
check_sh two-auto-bad       1 'printf "a,b\n1,10\n1,2\nx,0\n" | $SP sort --check -k a,b'
check_sh typed-first-bad    1 '{ printf "v\n2\n1\n"; seq 3 5000; } | $SP sort --check -k v:n'
check_sh na-last            0 'printf "v\n1\n3\nNA\n\n" | $SP sort --check -k v && echo sorted'
check_sh na-first-bad       1 'printf "v\n1\nNA\n" | $SP sort --check --na-first -k v'
check_sh desc-natural       0 'printf "v\na10\na2\na1\n" | $SP sort --check -k v:t:desc && echo sorted'
check_sh two-files          1 'printf "v\n1\n5\n" > "$tmp/a.csv"; printf "v\n6\n4\n" > "$tmp/b.csv"; $SP sort --check -k v "$tmp/a.csv" "$tmp/b.csv" 2>"$tmp/e"; rc=$?; sed "s|$tmp/||g" "$tmp/e" >&2; exit $rc'
check_sh sorted-output-ok   0 '$SP sort -k Species:desc,Sepal.Width testdata/iris.csv | $SP sort --check -k Species:desc,Sepal.Width && echo sorted'
check_sh too-many-untyped   2 'printf "a,b,c,d,e,f,g,h,i\n1,2,3,4,5,6,7,8,9\n" | $SP sort --check -k a,b,c,d,e,f,g,h,i'
check_sh nine-keys-typed    0 'printf "a,b,c,d,e,f,g,h,i\n1,2,3,4,5,6,7,8,9\n" | $SP sort --check -k a,b,c,d,e,f,g,h,i:n && echo sorted'
# Out of space: a file size limit (ulimit -f, SIGXFSZ ignored) makes the
# run's write fail as a full $TMPDIR does.  By hand, with a 64 KiB tmpfs
# where user namespaces are allowed:
#   unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs /tmp/t &&
#     TMPDIR=/tmp/t statpipe sort -k x --buffer-size 1M big.csv'
# says "cannot write a temporary file in /tmp/t: No space left on device".
check_sh out-of-space       1 'mkdir "$tmp/t"; { echo v; seq 1 40000; } > "$tmp/big.csv";
	(trap "" XFSZ; ulimit -f 64; TMPDIR="$tmp/t" $SP sort -k v:desc --buffer-size 1M "$tmp/big.csv") 2>"$tmp/e"; rc=$?
	sed "s|$tmp/||g" "$tmp/e" >&2; ls -A "$tmp/t" >&2; exit $rc'
done_testing
