#!/bin/sh
# --format json (issue 25 sections 4 and 6): valid UTF-8 always, bytes that
# are not UTF-8 as \udcXX so that distinct names stay distinct keys, NA as
# null, the infinities as strings, -0 kept.
. tests/cli/lib.sh
check_sh not-utf8-keys 0 "printf '\\351,\\303\\251,\\377\\n1,2,3\\n' | \
    \"\$SP\" describe -s count --format json"
check_sh not-utf8-values 0 "printf 'g,x\\n\\351,1\\n\\303\\251,2\\n' | \
    \"\$SP\" groupby -k g count --format json"
check_sh special-numbers 0 "printf 'x\\n-0\\ninf\\n-inf\\n\\n' | \
    \"\$SP\" groupby -k x count --format json; printf 'x,y\\n-0,1\\n-0,2\\n' | \
    \"\$SP\" describe -s min,max,sd --format json; printf 'x\\n1\\ninf\\n-inf\\n' | \
    \"\$SP\" describe -s min,max --format json"
check_sh digits 0 "printf 'x\\n-0.0001234\\n3.14159\\n' | \
    \"\$SP\" describe -s mean,min --format json --digits 3"
done_testing
