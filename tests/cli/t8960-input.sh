#!/bin/sh
# forgiving input: -W (runs of blanks separate fields, as datamash -W),
# --decimal-comma, datamash's groupby names (pstdev, pvar, perc:N).
. tests/cli/lib.sh
check_sh whitespace       0 'printf "  g   x\ty\na  1.5 \t 2\nb\t\t3   4  \n" | $SP describe -W -s count,mean'
check_sh whitespace-rows  0 'printf "g  x\na   1\n  b 2\n" | $SP filter -W "x > 1"'
check_sh whitespace-last  0 'printf "g;x\na;1\n" | $SP describe -W -d ";" -s mean'
check_sh decimal-comma    0 'printf "g;x\na;1,5\na;\"2,25\"\nb;3\n" | $SP groupby -d ";" --decimal-comma --by g mean:x sum:x'
check_sh decimal-point-bad 1 'printf "g;x\na;1,5\na;1.5\n" | $SP groupby -d ";" --decimal-comma --by g mean:x'
check_sh datamash-ops     0 'printf "g,x\na,1\na,2\nb,3\na,6\n" | $SP groupby --by g pstdev:x pvar:x perc:x perc:90:x'
check_sh perc-bad         2 'printf "g,x\na,1\n" | $SP groupby --by g perc:101:x'
done_testing
