#!/bin/sh
# bin against R's cut() (scripts/gen-fixtures-wrangle.R) in the cases
# t6150 leaves to goldens: --width (multiples of the width, include.lowest),
# --left with each way, values outside the breaks, a constant column,
# missing values; --width, --bins and --quantiles read their input twice,
# so each also comes from a pipe (spooled to a temporary file).
. tests/cli/lib.sh
M=$DATA/mtcars.csv
A=$DATA/airquality.csv
check width            0 bin -c Ozone --width 50 "$A"
check width-left       0 bin -c Ozone --width 50 --left "$A"
check width-frac       0 bin -c drat --width 0.5 "$M"
check_sh width-stdin   0 "cat $A | \$SP bin -c Wind --width 2.5"
check bins-left        0 bin -c mpg --bins 3 --left "$M"
check_sh bins-stdin    0 "cat $A | \$SP bin -c Temp --bins 4 -"
check_sh stdin-twice   0 "cat $A | \$SP bin -c Temp --bins 4 - - | cmp - $EXP/bins-stdin.out && echo same as cat - -"
check bins-few-values  0 bin -c cyl --bins 2 --as c "$M"
check quantiles-left   0 bin -c mpg --quantiles 4 --left "$M"
check_in quantiles-stdin 0 "$A" bin -c Solar.R --quantiles 5
check outside          0 bin -c mpg --breaks 15,20 "$M"
check outside-left     0 bin -c vs --breaks 0,1 --left "$M"
check_sh constant      0 'printf "id,v\na,5\nb,5\nc,5\n" | $SP bin -c v --bins 2'
# errors found by the first pass leave no output, from a file or a pipe
check_sh text-stdin    1 "cat $M | \$SP bin -c model --quantiles 2"
check_sh no-values     1 'printf "a,v\n1,\n2,NA\n" | $SP bin -c v --width 1'
check_sh ragged-stdin  1 "cat testdata/bad-short-row.csv | \$SP bin -c 1 --bins 2"
# a pipe needs $TMPDIR for its copy; a file is read twice without one
check_sh no-tmpdir-pipe 1 "cat $M | TMPDIR=/nonexistent/dir \$SP bin -c mpg --bins 3 --left"
check_sh no-tmpdir-file 0 "TMPDIR=/nonexistent/dir \$SP bin -c mpg --bins 3 --left $M | cmp - $EXP/bins-left.out && echo same"
# duplicate names: one warning although the file is read twice
check dup-names        2 bin -c a --bins 2 "$DATA/bad-dup-names.csv"
check dup-by-number    0 bin -c 3 --quantiles 2 "$DATA/bad-dup-names.csv"
check width-too-fine    1 bin -c mpg --width 1e-10 "$M"
check_sh tied-quantiles 1 'printf "v\n1\n1\n1\n2\n" | $SP bin -c v --quantiles 4'
done_testing
