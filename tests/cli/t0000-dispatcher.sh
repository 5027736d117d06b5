#!/bin/sh
# the dispatcher: statpipe with no command, an unknown one, help, --help,
# --version, and a command's --help.
. tests/cli/lib.sh
# the list of commands grows: only its head and a known line are compared
check_sh no-command     2 '$SP 2>&1 >/dev/null | head -2 >&2; $SP >/dev/null 2>&1'
check unknown-command   2 frobnicate
check near-command      2 descibe
check_sh help-flag      0 '$SP --help | head -2; $SP --help | grep "^  describe "'
check_sh help-short     0 '$SP --help >$tmp/h; $SP -h | cmp - $tmp/h'
check_sh help-no-command 0 '$SP --help >$tmp/h; $SP help | cmp - $tmp/h'
check help-unknown      2 help frobnicate
check_sh version        0 '$SP --version | grep -c "^statpipe [0-9][0-9.]*\$"'
check command-help      0 describe --help
check command-bad-opt   2 describe --frobnicate
done_testing
