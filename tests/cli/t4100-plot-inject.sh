#!/bin/sh
# plot: data never becomes a gnuplot command (issue 25).  Each payload
# tries to run `touch PWNED` through gnuplot's system(); the script is
# golden (the payload must sit inert in a string) and the real gnuplot run
# must leave no PWNED file behind.
. tests/cli/lib.sh
run=$tmp/run
mkdir -p "$run"
case $SP in /*) sp=$SP ;; *) sp=$PWD/$SP ;; esac
export sp

# the confirmed payloads: a y-column header that ends the datablock, a
# --by value that does the same, a --facet column name with a quote
printf 'x,"y\nEOD\nsystem(%s)\n# "\n1,2\n3,4\n5,7\n' "'touch PWNED'" >"$run/ycol.csv"
printf 'x,y,g\n1,2,"a\nEOD\nsystem(%s)\n"\n3,4,b\n5,6,b\n7,9,"a\nEOD\nsystem(%s)\n"\n' "'touch PWNED'" "'touch PWNED'" >"$run/byval.csv"
printf 'x,y,"f%s . system(%s) . %s"\n1,2,a\n3,4,b\n' "'" "'touch PWNED'" "'" >"$run/facet.csv"
# the learners' kinds: a variable's label, a column's name, a component
printf 'variable,importance\n"a\nEOD\nsystem(%s)\n",1\nb,2\n' "'touch PWNED'" >"$run/imp.csv"
printf 'a,"b\nEOD\nsystem(%s)\n"\n1,2\n2,1\n3,5\n' "'touch PWNED'" >"$run/bi.csv"
printf 't,"p%s . system(%s) . %s",q\nx,0.1,0.2\ny,0.9,0.8\n' "'" "'touch PWNED'" "'" >"$run/roc.csv"
printf 'component,proportion\n"PC1\nEOD\nsystem(%s)\n",0.9\nPC2,0.1\n' "'touch PWNED'" >"$run/scree.csv"

# pwned NAME STATUS 'ARGS': the --script output (golden), then the real
# run in $run, which must create no file
pwned() {
	name=$1 want=$2 args=$3
	check_sh "$name" "$want" "cd '$run' && \"\$sp\" plot $args --script"
	(cd "$run" && eval "\"\$sp\" plot $args" >/dev/null 2>&1)
	if [ -e "$run/PWNED" ]; then
		nfail=$((nfail + 1))
		echo "not ok - $T $name: the payload ran"
		rm -f "$run/PWNED"
	else
		npass=$((npass + 1))
		echo "ok - $T $name: nothing ran"
	fi
}

pwned ycol-scatter   0 'scatter -x 1 -y 2 ycol.csv'
pwned ycol-fit       0 'scatter -x 1 -y 2 --fit linear ycol.csv'
pwned ycol-line      0 'line -y 2 ycol.csv'
pwned ycol-hist      0 'hist -c 2 ycol.csv'
pwned ycol-qq        0 'qq -c 2 ycol.csv'
pwned ycol-ecdf      0 'ecdf -c 2 ycol.csv'
pwned ycol-density   0 'density -c 2 ycol.csv'
pwned ycol-pairs     0 'pairs -c 1,2 ycol.csv'
pwned ycol-box       0 'box -y 1,2 ycol.csv'
pwned ycol-heatmap   0 'heatmap ycol.csv'
pwned by-scatter     0 'scatter -x x -y y --by g byval.csv'
pwned by-hist        0 'hist -c y --by g byval.csv'
pwned by-violin      0 'violin -y y --by g byval.csv'
pwned by-errorbar    0 'errorbar -y y --by g byval.csv'
pwned by-pie         0 'pie -x g byval.csv'
pwned by-bar         0 'bar -x x -y y --by g byval.csv'
pwned facet-scatter  0 'scatter -x x -y y --facet 3 facet.csv'
pwned title          0 "scatter -x x -y y --title \"a' . system('touch PWNED') . '\" --xlabel '\`touch PWNED\`' byval.csv"
check_sh by-groupby  0 "cd '$run' && \"\$sp\" groupby -k g count byval.csv | \"\$sp\" plot bar -x g -y count --by g --script"
check_sh by-groupby-run 0 "cd '$run' && \"\$sp\" groupby -k g count byval.csv | \"\$sp\" plot bar -x g -y count --by g -o x.svg && test ! -e PWNED"

# options that would end a command are usage errors
nl='
'
check_sh style-newline 2 "cd '$run' && \"\$sp\" plot scatter -x x -y y --style 'color=red${nl}system(\"touch PWNED\")' byval.csv; rc=\$?; test ! -e PWNED && exit \$rc"
check_sh style-quote  2 "cd '$run' && \"\$sp\" plot scatter -x x -y y --style \"color=red' . system('touch PWNED') . '\" byval.csv"
check_sh output-newline 2 "cd '$run' && \"\$sp\" plot scatter -x x -y y -o 'a${nl}b.svg' byval.csv"
check_sh terminal-quote 2 "cd '$run' && \"\$sp\" plot scatter -x x -y y --terminal \"svg font '\\\`touch PWNED\\\`'\" byval.csv"
check_sh set-newline  2 "cd '$run' && \"\$sp\" plot scatter -x x -y y --set 'set grid${nl}set key' byval.csv"

# +-inf: left out of every kind and counted in one warning, as R's hist()
# drops them (hist(c(1, 2, 3, Inf, -Inf), breaks = "FD"): counts 2 1 over
# breaks 1 2 3); a range too wide for bins is an error, as in R
printf 'x,y\n1,2\n2,inf\n3,1\n-inf,5\nNA,3\n' >"$tmp/inf.csv"
check hist-inf        0 plot hist -c x --script "$tmp/inf.csv"
check pairs-inf       0 plot pairs -c x,y --script "$tmp/inf.csv"
check scatter-inf     0 plot scatter -x x -y y --script "$tmp/inf.csv"
check_sh hist-wide    1 'printf "x\n1e308\n-1e308\n" | $SP plot hist -c x --script'
check_sh pairs-wide   1 'printf "x,y\n1e308,1\n-1e308,2\n" | $SP plot pairs -c x,y --script'

# --by over 100k levels: memory in proportion to the rows (a row list per
# level would need 80 GB); HOSTILE_SMALL=1 (valgrind) uses 1k levels
nlev=100000
[ -n "$HOSTILE_SMALL" ] && nlev=1000
awk -v n=$nlev 'BEGIN { print "g,x,y"; for (i = 0; i < n; i++)
    print "g" i "," i "," i % 7 }' >"$tmp/levels.csv"
check_sh levels-scatter 0 "\$SP plot scatter -x x -y y --by g --script '$tmp/levels.csv' | awk 'END { print (NR == 4 * $nlev + 17) }'"
check_sh levels-box   0 "\$SP plot box -y y --by g --script '$tmp/levels.csv' | awk 'END { print (NR > $nlev) }'"

# the runner: an existing -o file is kept when gnuplot fails or is
# missing; a new one appears whole, with no temporary file left; write
# errors exit 1
out=$tmp/keep
mkdir -p "$out"
echo old >"$out/x.png"
check_sh keep-bogus   1 "\$SP plot scatter -x x -y y --terminal bogus -o '$out/x.png' '$run/byval.csv'; rc=\$?; cat '$out/x.png' >&2; ls '$out' >&2; exit \$rc"
check_sh keep-missing 1 "PATH=/nonexistent \$SP plot scatter -x x -y y -o '$out/x.png' '$run/byval.csv'; rc=\$?; cat '$out/x.png' >&2; ls '$out' >&2; exit \$rc"
check_sh replace      0 "\$SP plot scatter -x x -y y -o '$out/x.png' '$run/byval.csv' && od -An -c -N4 '$out/x.png' && ls '$out'"

pwned label-importance 0 'importance imp.csv'
pwned name-biplot    0 'biplot -c 1,2 bi.csv'
pwned name-roc       0 'roc -x 1 -y 2,3 roc.csv'
pwned label-scree    0 'scree scree.csv'

check_sh full-stdout  1 "\$SP plot scatter -x x -y y '$run/byval.csv' >/dev/full"
for t in dumb png svg pdf; do
	check_sh full-$t 1 "\$SP plot scatter -x x -y y --terminal $t -o /dev/full '$run/byval.csv'"
done
done_testing
