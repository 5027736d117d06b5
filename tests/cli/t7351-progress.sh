#!/bin/sh
# --progress: lib/io/csvio passes a read's progress to the hook cmd/common
# sets, which writes it on stderr (numbers masked: they depend on time);
# unasked and with stderr no terminal, nothing; -q leaves --progress on.
. tests/cli/lib.sh
mask='tr "\r" "\n" | grep . | tail -1 | sed "s/[0-9][0-9.]*/N/g"'
check_sh progress-file     0 "\$SP describe -c mpg --progress $DATA/mtcars.csv 2>&1 >/dev/null | $mask"
check_sh progress-stdin    0 "\$SP describe -c mpg --progress <$DATA/mtcars.csv 2>&1 >/dev/null | $mask"
check_sh progress-unasked  0 "\$SP describe -c mpg $DATA/mtcars.csv 2>&1 >/dev/null | wc -c"
check_sh progress-quiet    0 "\$SP describe -c mpg --progress -q $DATA/mtcars.csv 2>&1 >/dev/null | $mask"
check_sh progress-output   0 "\$SP describe -c mpg --progress $DATA/mtcars.csv 2>/dev/null"
done_testing
