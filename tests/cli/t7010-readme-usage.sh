#!/bin/sh
# The README's usage pipeline from a raw CSV to a plot (dropna, sort, bin,
# groupby, plot), run as it is written there in a scratch directory: it
# must succeed and draw a PNG; the table it plots, the pipeline without
# its last stage, is R's (scripts/gen-fixtures-wrangle.R).
. tests/cli/lib.sh
run=$tmp/readme
mkdir -p "$run/testdata"
cp testdata/airquality.csv "$run/testdata/"
case $SP in /*) sp=$SP ;; *) sp=$PWD/$SP ;; esac
export sp

# the indented lines from "statpipe dropna" on, continuations joined
awk '/^## Usage/ { on = 1; next } /^## / { on = 0 }
    on && /^    statpipe dropna/ { grab = 1 }
    grab { line = line $0; if (!sub(/\\$/, "", line)) { print line; exit } }' \
    README.md | sed 's/^ *//; s/  */ /g' >"$tmp/line"
check_sh pipeline 0 "cd '$run' && statpipe() { \"\$sp\" \"\$@\"; } && $(cat "$tmp/line") && od -An -tx1 -N8 ozone.png | tr -d ' '"
check_sh table 0 "cd '$run' && statpipe() { \"\$sp\" \"\$@\"; } && $(sed 's/ | statpipe plot .*//' "$tmp/line")"
done_testing
