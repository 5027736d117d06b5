#!/bin/sh
# collate: factor levels and sorted keys in R's order, the same in every
# command: ICU's root collation under C.UTF-8 (a b B non-USA USA), bytes
# under C (B USA a b non-USA).  Values checked against R 4 (t.test,
# wilcox.test, ks.test, TukeyHSD, lm) under LC_ALL=C.UTF-8 and LC_ALL=C.
. tests/cli/lib.sh
f=$DATA/collate.csv
for loc in C.UTF-8 C; do
	n=$(echo $loc | tr -d .-)
	check_sh ttest-$n 0 "LC_ALL=$loc \$SP ttest -c y -g origin $f"
	check_sh ranktest-$n 0 "LC_ALL=$loc \$SP ranktest -c y -g origin $f"
	check_sh kstest-$n 0 "LC_ALL=$loc \$SP kstest -c y -g origin --asymptotic $f"
	check_sh tukey-$n 0 "LC_ALL=$loc \$SP anova --tukey -y y -g letter $f"
	check_sh regress-$n 0 "LC_ALL=$loc \$SP regress 'y ~ letter' $f"
	check_sh chisq-$n 0 "LC_ALL=$loc \$SP chisq --cells -c origin,letter $f"
	check_sh describe-$n 0 "LC_ALL=$loc \$SP describe -c y -s count,mean --by letter --sort $f"
	check_sh groupby-$n 0 "LC_ALL=$loc \$SP groupby --by letter --sort count $f"
done
# LC_COLLATE decides where LC_ALL is not set; LANG after it
check_sh lc-collate 0 "env -u LC_ALL LANG=C LC_COLLATE=C.UTF-8 \$SP groupby --by letter --sort count $f"
check_sh lang 0 "env -u LC_ALL -u LC_COLLATE LANG=C.UTF-8 \$SP groupby --by letter --sort count $f"
done_testing
