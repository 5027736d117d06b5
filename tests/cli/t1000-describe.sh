#!/bin/sh
# describe: defaults, options, formats and bad input.
. tests/cli/lib.sh
check iris            0 describe "$DATA/iris.csv"
check by-species      0 describe --by Species "$DATA/iris.csv" --format table
check stats-all       0 describe -s all -c Ozone,Wind "$DATA/airquality.csv"
check percentiles     0 describe -s p5,p95,p99.9,iqr,range -c mpg "$DATA/mtcars.csv"
check text-column     0 describe -s count,missing,unique,mode,first,last -c Species "$DATA/iris.csv"
check by-two-keys     0 describe --by supp,dose -c len -s count,mean,sd "$DATA/ToothGrowth.csv"
check cols-by-number  0 describe -c 2-3,5 "$DATA/mtcars.csv"
check json            0 describe -c mpg,model --format json "$DATA/mtcars.csv"
check tsv             0 describe -c mpg --format tsv "$DATA/mtcars.csv"
check markdown        0 describe -c mpg,wt --format markdown "$DATA/mtcars.csv"
check digits          0 describe -c Wind --digits 3 "$DATA/airquality.csv"
check na-list         1 describe --numeric x --na 'NA,-' -c x "$DATA/na.csv"
check no-header       0 describe --no-header -s count,mean "$DATA/header-only.csv"
check tsv-input       0 describe --tsv "$DATA/data.tsv"
check semicolon       0 describe -d ';' "$DATA/semicolon.csv"
check crlf            0 describe "$DATA/crlf.csv"
check bom             0 describe "$DATA/bom.csv"
check quoted          0 describe "$DATA/quoted.csv"
check one-value       0 describe "$DATA/one-value.csv"
check quiet           0 describe -q "$DATA/one-value.csv"
check header-only     0 describe "$DATA/header-only.csv"
check_in stdin        0 "$DATA/cars.csv" describe
check two-files       0 describe -s count,sum "$DATA/cars.csv" "$DATA/cars.csv"
check ragged          1 describe "$DATA/ragged.csv"
check unterminated    1 describe "$DATA/unterminated.csv"
check not-a-number    1 describe --numeric price "$DATA/bad-number.csv"
check_in not-a-number-stdin 1 "$DATA/bad-number.csv" describe \
    --numeric price
check not-a-number-text 0 describe "$DATA/bad-number.csv"
check empty           1 describe "$DATA/empty.csv"
check missing-file    1 describe "$DATA/no-such-file.csv"
check header-mismatch 1 describe "$DATA/cars.csv" "$DATA/iris.csv"
check unknown-column  2 describe -c nope "$DATA/iris.csv"
check unknown-stat    2 describe -s mean,frob "$DATA/iris.csv"
check bad-format      2 describe --format xml "$DATA/iris.csv"
check bad-digits      2 describe --digits 0 "$DATA/iris.csv"
check bad-option      2 describe --frobnicate "$DATA/iris.csv"
check help            0 describe --help
# JSON must be UTF-8: bytes that are not become U+FFFD
check_sh json-not-utf8 0 'printf "a,b\\n\\377\\376,caf\\303\\251\\n" | $SP describe -s mode --format json'
# the rate varies: keep the line up to it
check_sh progress     0 '$SP describe --progress -c mpg testdata/mtcars.csv 2>&1 >/dev/null | tr "\r" "\n" | tail -1 | sed "s/, [0-9.]* MB\/s.*//"'
done_testing
