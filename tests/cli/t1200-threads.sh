#!/bin/sh
# --threads: a file of 2 MiB or more is parsed by several threads, and
# every command prints what one thread prints, errors and their lines
# included.  The 4 MB test file is made at run time; it has quoted fields
# with newlines (one across each 64 KiB mark, where a thread's guess of a
# record start is wrong), CRLF line ends and missing values.
. tests/cli/lib.sh
big=$tmp/big.csv
awk 'BEGIN {
	srand(7); mark = 65536; len = 0
	s = "id,g,k,x,y,note\n"; printf "%s", s; len += length(s)
	for (i = 1; len < 4200000; i++) {
		x = sprintf("%.6f", 50 + 10 * (rand() + rand() + rand() - 1.5))
		y = sprintf("%.4f", 2 * x + 5 * (rand() - 0.5))
		g = "g" (i % 97); k = (i % 3 ? "a" : "b")
		if (len + 300 > mark - 1 && len < mark) {
			note = "\"across"
			while (len + length(note) < mark + 200)
				note = note "\n\"\"quoted\"\" line"
			note = note "\""; mark += 65536
		} else if (i % 11 == 0)
			note = "\"two\nlines\""
		else
			note = "n" i
		if (i % 17 == 0) x = ""
		s = i "," g "," k "," x "," y "," note (i % 5 ? "\n" : "\r\n")
		printf "%s", s; len += length(s)
	}
}' >"$big"

# same NAME ARGS...: the output with three threads is the one-thread output
same() {
	name=$1
	shift
	check_sh "$name" 0 "\$SP $* --threads 1 $big >$tmp/one &&
	    \$SP $* --threads 3 $big >$tmp/three && cmp $tmp/one $tmp/three &&
	    cat $tmp/three"
}
same describe describe -c x,y -s count,missing,mean,sd,min,q1,median,q3,max
same describe-text describe -c g,note -s count,unique,first,last
same groupby groupby -k g,k mean:x count sd:y
same anova anova -y x -g k
same regress regress -q "'y ~ x'"
same ttest ttest -c y -g k
same corr corr -c x,y

# a result of many rows (quoted ones among them) is formatted a chunk of
# rows a thread: the same text, in order
for f in csv tsv; do
	check_sh many-rows-$f 0 "\$SP groupby -k note,k count --format $f \
	    --threads 1 $big >$tmp/one && \$SP groupby -k note,k count \
	    --format $f --threads 3 $big >$tmp/three && cmp $tmp/one $tmp/three &&
	    wc -l <$tmp/three && sed -n '1,4p;\$p' $tmp/three"
done

# an error past the first MiB names the same line with any thread count
sed '30000s/,a,/,a,oops/; 30000s/^\([0-9]*\),\([^,]*\),\([ab]\),[0-9.]*,/\1,\2,\3,oops,/' \
    "$big" >"$tmp/bad.csv"
for n in 1 3; do
	check_sh bad-value-$n 1 "\$SP describe -c x --numeric x --threads $n \
	    $tmp/bad.csv \
	    2>&1 >/dev/null | sed 's|.*/bad.csv|bad.csv|' >&2; exit 1"
done
check threads-zero 2 describe --threads 0 testdata/PlantGrowth.csv
check threads-word 2 describe --threads many testdata/PlantGrowth.csv
check threads-17 2 describe --threads 17 testdata/PlantGrowth.csv
done_testing
