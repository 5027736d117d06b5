#!/bin/sh
# select and rename: columns kept, dropped, renamed; cells byte for byte.
. tests/cli/lib.sh
check by-name         0 select mpg,cyl,model "$DATA/mtcars.csv"
check by-number-range 0 select -c 1,3-4 "$DATA/mtcars.csv"
check regex           0 select 'model,/^(c|d)/' "$DATA/mtcars.csv"
check exclude         0 select -x /^[a-m]/ "$DATA/mtcars.csv"
check bytes-kept      0 select note,id,zip,name,score "$DATA/passthrough.csv"
check two-files       0 select id "$DATA/passthrough.csv" "$DATA/passthrough.csv"
check_in stdin        0 "$DATA/passthrough.csv" select zip,id -
check tsv-in-out      0 select --tsv 2 "$DATA/data.tsv"
check to-tsv          0 select --format tsv name,note "$DATA/passthrough.csv"
check no-header       0 select --no-header 2,1 "$DATA/window.csv"
check header-only     0 select b "$DATA/header-only.csv"
check unknown-column  2 select mpg,nope "$DATA/mtcars.csv"
check no-match        2 select /^zz/ "$DATA/mtcars.csv"
check nothing-left    2 select -x /./ "$DATA/mtcars.csv"
check bad-regex       2 select '/(/' "$DATA/mtcars.csv"
check no-columns      2 select
check bad-format      2 select --format json mpg "$DATA/mtcars.csv"
check headers-differ  1 select 1 "$DATA/passthrough.csv" "$DATA/mtcars.csv"
check ragged          1 select 1 "$DATA/ragged.csv"
check missing-file    1 select 1 "$DATA/nonexistent.csv"
check rename          0 rename mpg=miles_per_gallon,3=cylinders "$DATA/mtcars.csv"
check rename-bytes    0 rename 'name=full name' "$DATA/passthrough.csv"
check rename-unknown  2 rename nope=x "$DATA/mtcars.csv"
check rename-dup      2 rename mpg=cyl "$DATA/mtcars.csv"
check rename-bad-spec 2 rename mpg "$DATA/mtcars.csv"
done_testing
