#!/bin/sh
# predict --model with damaged model files: one-line errors, and (under
# make check-valgrind) no read past the end of the text: a string cut
# after a backslash or inside \u read on past the end before.
. tests/cli/lib.sh
m=$tmp/m
mkdir -p "$m"
$SP regress --save-model "$m/good.json" 'dist ~ speed' "$DATA/cars.csv" >/dev/null
printf '{"formula": "abc\\' >"$m/backslash.json"
printf '{"formula": "abc' >"$m/unterminated.json"
printf '{"formula": "a\\u00' >"$m/short-u.json"
printf '{"formula": "a\\u00zz"}' >"$m/bad-u.json"
printf '{"formula": "a\\u00e9 ~ b"}' >"$m/u-e9.json"
printf '\xff\xfe{' >"$m/bytes.json"
: >"$m/empty.json"
head -c 100 "$m/good.json" >"$m/cut.json"
sed 's/"dist ~ speed"/"dist ~ nope"/' "$m/good.json" >"$m/unknown-col.json"
sed 's/"estimates": \[/"estimates": [1, /' "$m/good.json" >"$m/extra-coef.json"
sed 's/"speed"$/"speeed"/' "$m/good.json" >"$m/renamed-term.json"
# run STATUS NAME: predict with model NAME, the directory cut out of stderr
run() {
	check_sh "$2" "$1" "\"\$SP\" predict --model '$m/$2.json' \
	    '$DATA/cars-new.csv' 2>'$tmp/e'; s=\$?; sed 's|$m/||g' '$tmp/e' >&2
	    exit \$s"
}
for f in backslash unterminated short-u bad-u u-e9 bytes empty cut \
    extra-coef renamed-term; do
	run 1 "$f"
done
run 2 unknown-col
check_sh good 0 "\"\$SP\" predict --model '$m/good.json' '$DATA/cars-new.csv'"
check_sh directory 1 "\"\$SP\" predict --model '$m' '$DATA/cars-new.csv' \
    2>'$tmp/e'; s=\$?; sed 's|$m|DIR|g' '$tmp/e' >&2; exit \$s"
done_testing
