#!/bin/sh
# Messages and write errors (issue 25 section 6): --help, --version and
# help to a full disk exit 1; data quoted in a message has its control
# bytes escaped (one line, no terminal escapes); a message too long keeps
# its reason; regress's 64 variables.
. tests/cli/lib.sh
check_sh help-full    1 "\"\$SP\" --help >/dev/full"
check_sh version-full 1 "\"\$SP\" --version >/dev/full"
check_sh help-list-full 1 "\"\$SP\" help >/dev/full"
check_sh help-cmd-full 0 "\"\$SP\" help describe >/dev/full 2>/dev/null;
    echo \$?"
check_sh control-bytes 1 "printf 'x\\n1\\n\"a\\nb\\033[31mred\\177\"\\n' | \
    \"\$SP\" ttest -c x"
check_sh control-header 2 "printf 'a\\033[2Jb,y\\n1,2\\n' | \
    \"\$SP\" describe -c nosuch"
check_sh control-option 2 "\"\$SP\" ttest --conf-level \"\$(printf 'a\\033b')\" \
    -c dist '$DATA/cars.csv' 2>&1 | head -1 >&2; exit 2"
check_sh control-warning 0 "printf 'x\\033y\\n1\\n' | \
    \"\$SP\" describe -s sd"
check_sh long-datum 1 "{ echo x; echo 1; printf '\"'; \
    head -c 3000 /dev/zero | tr '\\0' y; echo '\"'; } | \"\$SP\" ttest -c x"
awk 'BEGIN { printf "y"; for (i = 0; i < 70; i++) printf ",x%d", i; print "";
    for (r = 0; r < 80; r++) { printf "%d", r % 7;
    for (i = 0; i < 70; i++) printf ",%d", (r * (i + 3)) % 11; print "" } }' \
    >"$tmp/wide.csv"
check_sh too-many-variables 1 "\"\$SP\" regress 'y ~ .' '$tmp/wide.csv' \
    2>&1 | sed 's/.*\\(: too many\\)/...\\1/' >&2; exit 1"
done_testing
